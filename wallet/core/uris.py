"""Payment URIs: EIP-681 for EVM networks, and Kapchyk's documented ``tron:`` form.

EIP-681 (https://eips.ethereum.org/EIPS/eip-681), the two forms wallets use:
    ethereum:<token>@<chainId>/transfer?address=<to>&uint256=<base units>
    ethereum:<to>@<chainId>?value=<wei>
Tron (no official standard; see docs/PAYMENT_URIS.md):
    tron:<T-address>?token=<T-contract>&amount=<decimal>&label=<text>&message=<text>

A URI is parsed whole or refused with a reason: an unknown function or parameter, a duplicate
parameter, a number that is not a whole number of base units, an ENS name, a bad address, a
link for another chain than the selected network. Bare addresses (0x… or T…) are accepted too,
with no amount. Every refusal is an ``InvalidUri``; ``PaymentUri.amount_for`` (which needs the
token's decimals) raises ``InvalidAmount``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from typing import Protocol
from urllib.parse import quote, unquote

from wallet.core import addresses
from wallet.core.amounts import MAX_UINT256, format_plain, parse_amount
from wallet.core.errors import InvalidAddress, InvalidAmount, InvalidUri, term

_EVM = SimpleNamespace(kind="evm", name=term("BNB Chain or Ethereum"))  # "a {network} address"
_TRON = SimpleNamespace(kind="tron", name="Tron")
#: EIP-681 ``number`` without a sign (amounts are never negative)
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][0-9]+)?")
_TRON_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_CHAIN_ID = re.compile(r"[1-9][0-9]{0,19}")
_MAX_DIGITS = len(str(MAX_UINT256))
#: EIP-681 parameters that do not change who is paid or how much (accepted, not used)
_EVM_HINTS = {"gas", "gasLimit", "gasPrice"}
_TEXT_PARAMS = {"label", "message"}


class SelectedNetwork(Protocol):
    """What parsing needs to know about the network the user is sending on."""

    kind: str  # "evm" | "tron"
    name: str
    chain_id: int | None


@dataclass(frozen=True)
class PaymentUri:
    """A parsed payment link or bare address.

    The amount comes in one of two shapes, never both: EIP-681 links carry exact base units
    (``amount_units``); ``tron:`` links carry decimal text in whole tokens (``amount_text``),
    which only the token's decimals turn into base units. Callers use ``amount_for(decimals)``
    for either, once they know the token, and never read the two fields themselves.
    """

    kind: str  # "evm" | "tron"
    recipient: str  # canonical address (EIP-55 or T…)
    chain_id: int | None = None  # EVM only; None when the link names no chain (= the selected one)
    token: str | None = None  # contract address; None = the network's native coin
    amount_units: int | None = None  # EVM: exact base units
    amount_text: str | None = None  # tron: decimal text (needs the token's decimals)
    label: str = ""
    message: str = ""

    @property
    def has_amount(self) -> bool:
        return self.amount_units is not None or self.amount_text is not None

    def amount_for(self, decimals: int, symbol: str = "") -> int | None:
        """The amount in base units for a token with ``decimals`` decimals (None if absent)."""
        if self.amount_units is not None:
            return self.amount_units
        if self.amount_text is None:
            return None
        return parse_amount(
            self.amount_text,
            decimals,
            symbol=symbol,
            field=term("amount in the URI"),
            allow_zero=True,
        )


# ---------------------------------------------------------------- parse
def parse_payment_uri(text: str, network: SelectedNetwork | None = None) -> PaymentUri:
    """Parse an EIP-681 URI, a ``tron:`` URI or a bare address; refuse anything else.

    With ``network`` (the network the user is sending on), a link or address for another
    network family, or an EIP-681 link naming another chain id, is refused with both named.
    """
    raw = text.strip() if isinstance(text, str) else ""
    if not raw:
        raise InvalidUri("the payment request is empty")
    scheme, sep, rest = raw.partition(":")
    if not sep or scheme.lower().startswith("0x"):
        parsed = _bare_address(raw, network)
    elif scheme.lower() == "ethereum":
        parsed = _parse_eip681(rest)
    elif scheme.lower() == "tron":
        parsed = _parse_tron(rest)
    else:
        raise InvalidUri(
            "{scheme!r} payment links are not supported; "
            "use an ethereum: or tron: link or an address",
            scheme=scheme[:20],
        )
    if network is not None:
        _check_network(parsed, network)
    return parsed


def _check_network(parsed: PaymentUri, network: SelectedNetwork) -> None:
    if parsed.kind != network.kind:
        family = "Tron" if parsed.kind == "tron" else "an EVM network (ethereum:, 0x…)"
        raise InvalidUri(
            "this payment link is for {family}, but you are sending on {network}",
            family=family,
            network=network.name,
        )
    if parsed.chain_id is not None and parsed.chain_id != network.chain_id:
        raise InvalidUri(
            "this payment link is for chain {uri_chain}, but you are sending on {network} "
            "(chain {chain}); switch network or ask for a new link",
            uri_chain=parsed.chain_id,
            network=network.name,
            chain=network.chain_id,
        )


def _bare_address(raw: str, network: SelectedNetwork | None) -> PaymentUri:
    if network is not None and (raw[:2].lower() == "0x" or raw[:1] == "T"):
        return PaymentUri(network.kind, _address(raw, network, term("address")))
    if raw[:2].lower() == "0x":
        return PaymentUri("evm", _address(raw, _EVM, term("address")))
    if raw.startswith("T"):
        return PaymentUri("tron", _address(raw, _TRON, term("address")))
    raise InvalidUri("this is neither an address nor a payment link (ethereum: or tron:)")


def _address(value: str, net: SimpleNamespace | SelectedNetwork, what: str) -> str:
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
    """An EIP-681 number (``2.014e18`` allowed) as an exact integer, or a refusal."""
    shown = value if len(value) <= 40 else value[:37] + "..."
    if not _NUMBER.fullmatch(value):
        raise InvalidUri(
            "{key}={value!r} in the payment link is not a number", key=key, value=shown
        )
    try:
        number = Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern already guarantees a number
        raise InvalidUri("{key}={value!r} is not a number", key=key, value=shown) from None
    # adjusted() is the power of ten of the leading digit: decide "too large" before int(),
    # so 1e999999999 is refused at once instead of building a billion-digit integer
    if number and number.adjusted() >= _MAX_DIGITS:
        raise InvalidUri("{key}={value!r} is too large", key=key, value=shown)
    if number != number.to_integral_value():
        raise InvalidUri(
            "{key}={value!r} is not a whole number of base units", key=key, value=shown
        )
    result = int(number)
    if result > MAX_UINT256:
        raise InvalidUri("{key}={value!r} is too large", key=key, value=shown)
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
        if not _CHAIN_ID.fullmatch(chain):
            raise InvalidUri(
                "the chain id {chain!r} in the payment link is not valid", chain=chain[:30]
            )
        chain_id = int(chain)
    params = _params(query)
    label, message = params.pop("label", ""), params.pop("message", "")
    for hint in _EVM_HINTS & params.keys():
        _eip681_number(params.pop(hint), hint)
    if function == "":
        target_addr = _address(target, _EVM, term("recipient address"))
        amount = _eip681_number(params.pop("value"), "value") if "value" in params else None
        _refuse_unknown(params)
        return PaymentUri("evm", target_addr, chain_id, None, amount, None, label, message)
    if function != "transfer":
        raise InvalidUri(
            "the payment link asks to call {function!r}; only token transfers are supported",
            function=function,
        )
    token = _address(target, _EVM, term("token contract"))
    if "address" not in params:
        raise InvalidUri("the token payment link has no recipient (address=…)")
    recipient = _address(params.pop("address"), _EVM, term("recipient address"))
    amount = _eip681_number(params.pop("uint256"), "uint256") if "uint256" in params else None
    if "value" in params and _eip681_number(params.pop("value"), "value") != 0:
        raise InvalidUri("a token payment link must not also send the native coin (value=)")
    _refuse_unknown(params)
    return PaymentUri("evm", recipient, chain_id, token, amount, None, label, message)


def _parse_tron(rest: str) -> PaymentUri:
    target, _, query = rest.partition("?")
    if target.startswith("//"):
        target = target[2:]
    recipient = _address(target, _TRON, term("recipient address"))
    params = _params(query)
    label, message = params.pop("label", ""), params.pop("message", "")
    token = (
        _address(params.pop("token"), _TRON, term("token contract")) if "token" in params else None
    )
    amount_text = params.pop("amount", None)
    if amount_text is not None:
        if not _TRON_AMOUNT.fullmatch(amount_text) or len(amount_text) > 90:
            raise InvalidUri(
                "amount={value!r} in the payment link is not a plain decimal number like 12.5",
                value=amount_text[:40],
            )
        if token is None:  # TRX: the decimals are known now, so check the amount now
            try:
                parse_amount(
                    amount_text,
                    6,
                    symbol="TRX",
                    field=term("amount in the payment link"),
                    allow_zero=True,
                )
            except InvalidAmount as exc:
                raise InvalidUri("{reason}", reason=exc.message) from None
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
    label: str = "",
    message: str = "",
) -> str:
    """An EIP-681 link paying ``recipient`` (a token transfer when ``token`` is given)."""
    to = _address(recipient, _EVM, term("recipient address"))
    if amount_units is not None and not 0 <= amount_units <= MAX_UINT256:
        raise InvalidUri("the amount is out of range")
    if token is None:
        uri = f"ethereum:{to}@{chain_id}"
        params = [f"value={amount_units}"] if amount_units is not None else []
    else:
        contract = _address(token, _EVM, term("token contract"))
        uri = f"ethereum:{contract}@{chain_id}/transfer"
        params = [f"address={to}"]
        if amount_units is not None:
            params.append(f"uint256={amount_units}")
    params += _text_params(label, message)
    return uri + ("?" + "&".join(params) if params else "")


def _text_params(label: str, message: str) -> list[str]:
    out = []
    if label:
        out.append("label=" + quote(label, safe=""))
    if message:
        out.append("message=" + quote(message, safe=""))
    return out


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
    to = _address(recipient, _TRON, term("recipient address"))
    params = []
    if token is not None:
        params.append("token=" + _address(token, _TRON, term("token contract")))
    if amount_units is not None:
        params.append("amount=" + format_plain(amount_units, decimals))
    params += _text_params(label, message)
    return f"tron:{to}" + ("?" + "&".join(params) if params else "")
