"""Networks and tokens, loaded from the data files in ``resources/``.

Networks and tokens are data, not code: adding a coin or a chain means editing
``networks.json`` / ``tokens.json`` (or, for devnet and user-added tokens, an overlay the
services pass in). Everything is validated at load, and an invalid file is refused with a
message naming the file, the entry and the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from wallet.core import addresses
from wallet.core.errors import DataFileError, InvalidAddress, UnknownNetwork, UnknownToken

MODES = ("mainnet", "testnet", "devnet")
KINDS = ("evm", "tron")
FEE_MODELS = {"evm": ("legacy", "eip1559"), "tron": ("tron-resources",)}
ISSUER_CONTROLS = ("none", "kgst", "usdkg")
EXPLORER_LINKS = ("tx", "address", "token")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
_SYMBOL = re.compile(r"^[A-Za-z0-9.$-]{1,12}$")


@dataclass(frozen=True)
class NativeCoin:
    symbol: str
    name: str
    decimals: int


@dataclass(frozen=True)
class Network:
    id: str
    name: str
    mode: str
    kind: str
    native: NativeCoin
    fee_model: str
    endpoints: tuple[str, ...]
    explorer: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    chain_id: int | None = None
    genesis_block_id: str | None = None
    confirmations: int = 1
    min_gas_price_wei: int = 0
    poa: bool = False
    multicall3: str | None = None
    history_source: str = "logs"
    history_api: dict[str, Any] | None = field(default=None, hash=False, compare=False)
    faucets: tuple[str, ...] = ()

    def explorer_url(self, what: str, **values: str) -> str | None:
        """Explorer link for ``tx``/``address``/``token`` or None when the network has none."""
        pattern = self.explorer.get(what)
        return pattern.format(**values) if pattern else None


@dataclass(frozen=True)
class Token:
    symbol: str
    name: str
    network: str
    contract: str
    decimals: int
    issuer_controls: str = "none"
    source: str = ""
    visible_by_default: bool = True
    user_added: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """Identity of a token: its network and exact contract (never the symbol)."""
        return (self.network, self.contract)


class Registry:
    """The networks and tokens of one network mode."""

    def __init__(self, mode: str, networks: list[Network], tokens: list[Token]) -> None:
        self.mode = mode
        self._networks = {n.id: n for n in networks}
        self._tokens = list(tokens)

    @property
    def networks(self) -> list[Network]:
        return list(self._networks.values())

    def network(self, network_id: str) -> Network:
        try:
            return self._networks[network_id]
        except KeyError:
            known = ", ".join(self._networks) or "none"
            raise UnknownNetwork(
                "no network {id!r} in {mode} mode (known: {known})",
                id=network_id,
                mode=self.mode,
                known=known,
            ) from None

    def tokens(self, network_id: str | None = None) -> list[Token]:
        return [t for t in self._tokens if network_id is None or t.network == network_id]

    def token(self, network_id: str, symbol_or_contract: str) -> Token:
        """Find a token by contract address (exact) or, failing that, by unique symbol."""
        candidates = self.tokens(network_id)
        net = self.network(network_id)
        text = symbol_or_contract.strip()
        try:
            ident = addresses.account_id(text)
        except InvalidAddress:
            ident = None
        if ident is not None:
            for t in candidates:
                if addresses.account_id(t.contract) == ident:
                    return t
            raise UnknownToken(
                "no token with contract {contract} on {network}; add it first",
                contract=text,
                network=net.name,
            )
        matches = [t for t in candidates if t.symbol.upper() == text.upper()]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            known = ", ".join(t.symbol for t in candidates) or "none"
            raise UnknownToken(
                "no token {symbol!r} on {network} (known: {known})",
                symbol=text,
                network=net.name,
                known=known,
            )
        raise UnknownToken(
            "several tokens on {network} are called {symbol}; give the contract address",
            network=net.name,
            symbol=text,
        )

    def with_tokens(self, extra: list[Token]) -> Registry:
        """A registry with user-added or devnet tokens appended.

        An entry with the same network and contract is replaced where it stands (the order of
        tokens stays); the same contract address on another network (JPYC uses one address on
        several chains) is a different token.
        """

        def key(t: Token) -> tuple[str, str]:
            return (t.network, addresses.account_id(t.contract))

        new = {key(t): t for t in extra}
        tokens = [new.pop(key(t), t) for t in self._tokens]
        return Registry(self.mode, self.networks, tokens + list(new.values()))

    def with_endpoints(self, network_id: str, endpoints: list[str]) -> Registry:
        net = self.network(network_id)
        nets = [
            _replace(n, endpoints=tuple(endpoints)) if n.id == net.id else n for n in self.networks
        ]
        return Registry(self.mode, nets, self._tokens)


def _replace(net: Network, **changes: Any) -> Network:
    from dataclasses import replace

    return replace(net, **changes)


# ---------------------------------------------------------------- loading
class _Checker:
    def __init__(self, filename: str, where: str, entry: dict[str, Any]) -> None:
        self.filename, self.where, self.entry = filename, where, entry

    def fail(self, field_name: str, expected: str) -> DataFileError:
        return DataFileError(
            "{file}: {where}: field {field!r} {expected}",
            file=self.filename,
            where=self.where,
            field=field_name,
            expected=expected,
        )

    def get(
        self,
        name: str,
        typ: type | tuple[type, ...],
        default: Any = ...,
        *,
        pred: Callable[[Any], Any] | None = None,
        expected: str = "",
    ) -> Any:
        if name not in self.entry:
            if default is ...:
                raise self.fail(name, "is missing")
            return default
        value = self.entry[name]
        if isinstance(value, bool) and typ is int:
            raise self.fail(name, "must be a number, not true/false")
        if not isinstance(value, typ) or (pred is not None and not pred(value)):
            raise self.fail(
                name, f"must be {expected or getattr(typ, '__name__', typ)}; got {value!r}"
            )
        return value


def _evm_or_trusted(text: str, verify: bool) -> str:
    """The EIP-55 form of ``text``. Unverified (``verify=False``: the packaged data files, whose
    spelling tests/core/test_networks.py checks, and the devnet file the launcher writes) a
    mixed-case address is taken as written, so the start loads no keccak before the window
    paints."""
    mixed = text[2:] != text[2:].lower() and text[2:] != text[2:].upper()
    if verify or not (text[:2] == "0x" and addresses.is_evm_address(text) and mixed):
        return addresses.to_evm(text)  # one case only: not checksummed, so make the checksum
    return text


def _parse_network(
    raw: dict[str, Any], filename: str, index: int, *, verify: bool = True
) -> Network:
    where = f"network #{index + 1} ({raw.get('id', '?')})"
    c = _Checker(filename, where, raw)
    nid = c.get("id", str, pred=_ID.match, expected="lower-case letters, digits and dashes")
    kind = c.get("kind", str, pred=lambda v: v in KINDS, expected="'evm' or 'tron'")
    mode = c.get("mode", str, pred=lambda v: v in MODES, expected="mainnet, testnet or devnet")
    native_raw = c.get("native", dict)
    nc = _Checker(filename, where + " native", native_raw)
    native = NativeCoin(
        symbol=nc.get("symbol", str, pred=_SYMBOL.match, expected="a short symbol"),
        name=nc.get("name", str),
        decimals=nc.get("decimals", int, pred=lambda v: 0 <= v <= 36, expected="0..36"),
    )
    fee_model = c.get(
        "fee_model",
        str,
        pred=lambda v: v in FEE_MODELS[kind],
        expected=" or ".join(FEE_MODELS[kind]) + f" for a {kind} network",
    )
    endpoints = c.get(
        "endpoints",
        list,
        pred=lambda v: (
            v and all(isinstance(e, str) and e.startswith(("http://", "https://")) for e in v)
        ),
        expected="a non-empty list of http(s) URLs",
    )
    chain_id = genesis = None
    if kind == "evm":
        chain_id = c.get("chain_id", int, pred=lambda v: v > 0, expected="a positive chain id")
    else:
        genesis = c.get(
            "genesis_block_id",
            str,
            None,
            pred=lambda v: re.fullmatch(r"[0-9a-f]{64}", v),
            expected="64 lower-case hex digits",
        )
    multicall = c.get("multicall3", str, None)
    if multicall is not None:
        try:
            multicall = _evm_or_trusted(multicall, verify)
        except InvalidAddress:
            raise c.fail("multicall3", "must be an EVM address") from None
    return Network(
        id=nid,
        name=c.get("name", str),
        mode=mode,
        kind=kind,
        native=native,
        fee_model=fee_model,
        endpoints=tuple(endpoints),
        explorer=c.get(
            "explorer",
            dict,
            {},
            pred=lambda v: all(
                k in EXPLORER_LINKS and isinstance(u, str) and u.startswith(("http://", "https://"))
                for k, u in v.items()
            ),
            expected="an object mapping " + "/".join(EXPLORER_LINKS) + " to http(s) URL patterns",
        ),
        chain_id=chain_id,
        genesis_block_id=genesis,
        confirmations=c.get("confirmations", int, 1, pred=lambda v: v >= 1, expected="at least 1"),
        min_gas_price_wei=c.get(
            "min_gas_price_wei", int, 0, pred=lambda v: v >= 0, expected=">= 0"
        ),
        poa=c.get("poa", bool, False),
        multicall3=multicall,
        history_source=c.get(
            "history_source",
            str,
            "logs",
            pred=lambda v: v in ("logs", "explorer"),
            expected="'logs' or 'explorer'",
        ),
        history_api=c.get("history_api", dict, None),
        faucets=tuple(
            c.get(
                "faucets",
                list,
                [],
                pred=lambda v: all(
                    isinstance(u, str) and u.startswith(("http://", "https://")) for u in v
                ),
                expected="a list of http(s) URLs",
            )
        ),
    )


def parse_token(
    raw: dict[str, Any],
    networks: dict[str, Network],
    filename: str,
    index: int,
    *,
    verify: bool = True,
) -> Token:
    """Validate one token entry against the known networks."""
    where = f"token #{index + 1} ({raw.get('symbol', '?')} on {raw.get('network', '?')})"
    c = _Checker(filename, where, raw)
    net_id = c.get("network", str)
    if net_id not in networks:
        raise c.fail("network", f"names an unknown network {net_id!r}")
    net = networks[net_id]
    contract_text = c.get("contract", str)
    try:
        if net.kind == "evm" and not verify:
            contract = _evm_or_trusted(contract_text, verify)
        else:
            contract = addresses.validate(contract_text, net)
    except InvalidAddress as exc:
        raise c.fail("contract", f"is not a valid {net.name} address ({exc})") from None
    return Token(
        symbol=c.get("symbol", str, pred=_SYMBOL.match, expected="1-12 letters/digits"),
        name=c.get("name", str, raw.get("symbol", "")),
        network=net_id,
        contract=contract,
        decimals=c.get("decimals", int, pred=lambda v: 0 <= v <= 36, expected="0..36"),
        issuer_controls=c.get(
            "issuer_controls",
            str,
            "none",
            pred=lambda v: v in ISSUER_CONTROLS,
            expected=" / ".join(ISSUER_CONTROLS),
        ),
        source=c.get("source", str, pred=lambda v: bool(v.strip()), expected="a non-empty note"),
        visible_by_default=c.get("visible_by_default", bool, True),
        user_added=c.get("user_added", bool, False),
    )


def _read_json(name: str) -> dict[str, Any]:
    text = resources.files("wallet.resources").joinpath(name).read_text("utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(
            "{file}: not valid JSON at line {line}: {msg}", file=name, line=exc.lineno, msg=exc.msg
        ) from None
    if not isinstance(data, dict):
        raise DataFileError("{file}: the top level must be an object", file=name)
    return data


def parse_registry(
    mode: str,
    networks_doc: dict[str, Any],
    tokens_doc: dict[str, Any],
    *,
    networks_file: str = "networks.json",
    tokens_file: str = "tokens.json",
    verify: bool = True,
) -> Registry:
    if mode not in MODES:
        raise UnknownNetwork(
            "unknown network mode {mode!r}; use mainnet, testnet or devnet", mode=mode
        )
    raw_nets = networks_doc.get("networks")
    if not isinstance(raw_nets, list):
        raise DataFileError("{file}: 'networks' must be a list", file=networks_file)
    all_nets: dict[str, Network] = {}
    for i, raw in enumerate(raw_nets):
        if not isinstance(raw, dict):
            raise DataFileError(
                "{file}: network #{n} must be an object", file=networks_file, n=i + 1
            )
        net = _parse_network(raw, networks_file, i, verify=verify)
        if net.id in all_nets:
            raise DataFileError(
                "{file}: network id {id!r} appears twice", file=networks_file, id=net.id
            )
        all_nets[net.id] = net
    raw_tokens = tokens_doc.get("tokens")
    if not isinstance(raw_tokens, list):
        raise DataFileError("{file}: 'tokens' must be a list", file=tokens_file)
    tokens = []
    seen: set[tuple[str, bytes]] = set()
    for i, raw in enumerate(raw_tokens):
        if not isinstance(raw, dict):
            raise DataFileError("{file}: token #{n} must be an object", file=tokens_file, n=i + 1)
        tok = parse_token(raw, all_nets, tokens_file, i, verify=verify)
        key = (tok.network, addresses.account_id(tok.contract))
        if key in seen:
            raise DataFileError(
                "{file}: token {sym} on {net} appears twice",
                file=tokens_file,
                sym=tok.symbol,
                net=tok.network,
            )
        seen.add(key)
        tokens.append(tok)
    nets = [n for n in all_nets.values() if n.mode == mode]
    ids = {n.id for n in nets}
    return Registry(mode, nets, [t for t in tokens if t.network in ids])


def load_registry(mode: str) -> Registry:
    """The packaged networks and tokens of ``mode`` (mainnet, testnet or devnet); their EVM
    addresses' checksums are checked by the tests, not at every start (see _evm_or_trusted)."""
    return parse_registry(
        mode, _read_json("networks.json"), _read_json("tokens.json"), verify=False
    )
