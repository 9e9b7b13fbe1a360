"""Payment URIs: EIP-681 for EVM networks, and Kapchyk's documented ``tron:`` form.

EIP-681 (https://eips.ethereum.org/EIPS/eip-681), the two forms wallets use:
    ethereum:<token>@<chainId>/transfer?address=<to>&uint256=<base units>
    ethereum:<to>@<chainId>?value=<wei>
Tron (no official standard; see docs/PAYMENT_URIS.md):
    tron:<T-address>?token=<T-contract>&amount=<decimal>&label=<text>&message=<text>

A URI is parsed whole or refused with a reason: an unknown function or parameter, a duplicate
parameter, a number that is not a whole number of base units, an ENS name, a bad address.
Bare addresses (0x… or T…) are accepted too, with no amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from urllib.parse import quote, unquote

from kapchyk.core import addresses
from kapchyk.core.amounts import MAX_UINT256, format_plain, parse_amount
from kapchyk.core.errors import InvalidAddress, InvalidUri

_EVM = SimpleNamespace(kind="evm", name="an Ethereum-compatible network")
_TRON = SimpleNamespace(kind="tron", name="Tron")
_NUMBER = re.compile(r"^[0-9]+(?:\.[0-9]+)?(?:[eE][0-9]+)?$")
#: EIP-681 parameters that do not change who is paid or how much (accepted, not used)
_EVM_HINTS = {"gas", "gasLimit", "gasPrice"}
_TEXT_PARAMS = {"label", "message"}


@dataclass(frozen=True)
class PaymentUri:
    kind: str  # "evm" | "tron"
    recipient: str  # canonical address
    chain_id: int | None = None  # EVM only; None when the URI names no chain
    token: str | None = None  # contract address; None = the network's native coin
    amount_units: int | None = None  # EVM: exact base units
    amount_text: str | None = None  # tron: decimal text (needs the token's decimals)
    label: str = ""
    message: str = ""

    def amount_for(self, decimals: int, symbol: str = "") -> int | None:
        """The amount in base units for a token with ``decimals`` decimals (None if absent)."""
        if self.amount_units is not None:
            return self.amount_units
        if self.amount_text is None:
            return None
        return parse_amount(
            self.amount_text, decimals, symbol=symbol, field="amount in the URI", allow_zero=True
        )


# ---------------------------------------------------------------- parse
def parse_payment_uri(text: str) -> PaymentUri:
    """Parse an EIP-681 URI, a ``tron:`` URI or a bare address; refuse anything else."""
    raw = text.strip()
    if not raw:
        raise InvalidUri("the payment request is empty")
    scheme, sep, rest = raw.partition(":")
    if not sep or scheme.startswith("0x"):
        return _bare_address(raw)
    scheme = scheme.lower()
    if scheme == "ethereum":
        return _parse_eip681(rest)
    if scheme == "tron":
        return _parse_tron(rest)
    raise InvalidUri(
        "{scheme!r} payment links are not supported; use an ethereum: or tron: link or an address",
        scheme=scheme,
    )


def _bare_address(raw: str) -> PaymentUri:
    if addresses.is_evm_address(raw):
        return PaymentUri("evm", _address(raw, _EVM, "address"))
    if raw.startswith("T"):
        return PaymentUri("tron", _address(raw, _TRON, "address"))
    raise InvalidUri("this is neither an address nor a payment link (ethereum: or tron:)")


def _address(value: str, net: SimpleNamespace, what: str) -> str:
    try:
        return addresses.validate(value, net)
    except InvalidAddress as exc:
        raise InvalidUri(
            "the {what} in the payment link is invalid: {reason}", what=what, reason=exc.message
        ) from None


def _params(query: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not query:
        return out
    for part in query.split("&"):
        if not part:
            raise InvalidUri("the payment link has an empty parameter (&&)")
        key, eq, value = part.partition("=")
        key = unquote(key)
        if not eq:
            raise InvalidUri("parameter {key!r} in the payment link has no value", key=key)
        if key in out:
            raise InvalidUri("parameter {key!r} appears twice in the payment link", key=key)
        out[key] = unquote(value.replace("+", "%20"))
    return out


def _eip681_number(value: str, key: str) -> int:
    if not _NUMBER.match(value):
        raise InvalidUri(
            "{key}={value!r} in the payment link is not a number", key=key, value=value
        )
    try:
        number = Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern already guarantees a number
        raise InvalidUri("{key}={value!r} is not a number", key=key, value=value) from None
    if len(value) > 100 or number != number.to_integral_value():
        raise InvalidUri(
            "{key}={value!r} is not a whole number of base units", key=key, value=value
        )
    result = int(number)
    if result > MAX_UINT256:
        raise InvalidUri("{key}={value!r} is too large", key=key, value=value)
    return result


def _parse_eip681(rest: str) -> PaymentUri:
    body, _, query = rest.partition("?")
    if body.startswith("pay-"):
        body = body[4:]
    target, _, function = body.partition("/")
    target, at, chain = target.partition("@")
    if not target:
        raise InvalidUri("the payment link names no address")
    if not target.lower().startswith("0x"):
        raise InvalidUri(
            "the payment link names {target!r}, not a 0x address; ENS names are not supported",
            target=target,
        )
    chain_id = None
    if at:
        if not chain.isdigit() or int(chain) == 0 or len(chain) > 20:
            raise InvalidUri("the chain id {chain!r} in the payment link is not valid", chain=chain)
        chain_id = int(chain)
    params = _params(query)
    label, message = params.pop("label", ""), params.pop("message", "")
    for hint in _EVM_HINTS & params.keys():
        _eip681_number(params.pop(hint), hint)
    if function == "":
        target_addr = _address(target, _EVM, "recipient address")
        amount = _eip681_number(params.pop("value"), "value") if "value" in params else None
        _refuse_unknown(params)
        return PaymentUri("evm", target_addr, chain_id, None, amount, None, label, message)
    if function != "transfer":
        raise InvalidUri(
            "the payment link asks to call {function!r}; only token transfers are supported",
            function=function,
        )
    token = _address(target, _EVM, "token contract")
    if "address" not in params:
        raise InvalidUri("the token payment link has no recipient (address=…)")
    recipient = _address(params.pop("address"), _EVM, "recipient address")
    amount = _eip681_number(params.pop("uint256"), "uint256") if "uint256" in params else None
    if "value" in params and _eip681_number(params.pop("value"), "value") != 0:
        raise InvalidUri("a token payment link must not also send the native coin (value=)")
    _refuse_unknown(params)
    return PaymentUri("evm", recipient, chain_id, token, amount, None, label, message)


def _parse_tron(rest: str) -> PaymentUri:
    target, _, query = rest.partition("?")
    if target.startswith("//"):
        target = target[2:]
    recipient = _address(target, _TRON, "recipient address")
    params = _params(query)
    label, message = params.pop("label", ""), params.pop("message", "")
    token = _address(params.pop("token"), _TRON, "token contract") if "token" in params else None
    amount_text = params.pop("amount", None)
    if amount_text is not None:
        if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", amount_text) or len(amount_text) > 90:
            raise InvalidUri(
                "amount={value!r} in the payment link is not a plain decimal number like 12.5",
                value=amount_text,
            )
        if token is None:
            parse_amount(amount_text, 6, symbol="TRX", field="amount in the payment link")
    _refuse_unknown(params)
    return PaymentUri("tron", recipient, None, token, None, amount_text, label, message)


def _refuse_unknown(params: dict[str, str]) -> None:
    if params:
        raise InvalidUri(
            "the payment link has parameters this wallet does not understand ({names}); "
            "it was refused rather than guessed",
            names=", ".join(sorted(params)),
        )


# ---------------------------------------------------------------- build
def build_eip681(
    recipient: str,
    chain_id: int,
    *,
    token: str | None = None,
    amount_units: int | None = None,
) -> str:
    """An EIP-681 link paying ``recipient`` (a token transfer when ``token`` is given)."""
    to = _address(recipient, _EVM, "recipient address")
    if amount_units is not None and not 0 <= amount_units <= MAX_UINT256:
        raise InvalidUri("the amount is out of range")
    if token is None:
        uri = f"ethereum:{to}@{chain_id}"
        return uri + (f"?value={amount_units}" if amount_units is not None else "")
    contract = _address(token, _EVM, "token contract")
    uri = f"ethereum:{contract}@{chain_id}/transfer?address={to}"
    return uri + (f"&uint256={amount_units}" if amount_units is not None else "")


def build_tron_uri(
    recipient: str,
    *,
    token: str | None = None,
    amount_units: int | None = None,
    decimals: int = 6,
    label: str = "",
    message: str = "",
) -> str:
    """Kapchyk's ``tron:`` link (see docs/PAYMENT_URIS.md)."""
    to = _address(recipient, _TRON, "recipient address")
    params = []
    if token is not None:
        params.append("token=" + _address(token, _TRON, "token contract"))
    if amount_units is not None:
        params.append("amount=" + format_plain(amount_units, decimals))
    if label:
        params.append("label=" + quote(label, safe=""))
    if message:
        params.append("message=" + quote(message, safe=""))
    return f"tron:{to}" + ("?" + "&".join(params) if params else "")
