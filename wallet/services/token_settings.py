"""Which tokens the wallet shows: add one by contract address, hide or show any token.

Shared by ``kapchyk token add|hide|show`` and the GUI's settings. A token the user adds is read
from the chain (symbol, name, decimals: :meth:`TokenSettings.lookup`, network I/O, so the GUI
runs it on a worker thread) and kept in the ``custom_tokens`` table (:meth:`save`). Hiding a
user-added token sets its ``hidden`` column; hiding a packaged or devnet token is remembered in
the ``tokens.visibility`` setting (``registry_overlay`` applies both at start). A change is also
applied to the environment's registry at once, so balances follow it.
"""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING, Any

from wallet.core import addresses
from wallet.core.errors import KapchykError
from wallet.core.networks import Token
from wallet.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    import sqlite3

    from wallet.services.environment import Environment

VISIBILITY_SETTING = "tokens.visibility"  # {network id: {contract: shown?}}
ADDED_BY_USER_SOURCE = "added by the user (symbol and decimals read from the chain)"
MAX_DECIMALS = 36  # what the custom_tokens table allows


class TokenSettingsError(KapchykError):
    code = "token"


def visibility_overrides(db: sqlite3.Connection) -> dict[str, dict[str, bool]]:
    """The saved show/hide choices for packaged and devnet tokens."""
    value = get_setting(db, VISIBILITY_SETTING, {})
    return value if isinstance(value, dict) else {}


class TokenSettings:
    def __init__(self, env: Environment) -> None:
        self.env = env

    def tokens(self, network_id: str) -> list[Token]:
        """Every token of the network, shown or hidden (``visible_by_default``)."""
        return self.env.registry.tokens(network_id)

    def _known(self, network_id: str, contract: str) -> Token | None:
        ident = addresses.account_id(contract)
        for t in self.env.registry.tokens(network_id):
            if addresses.account_id(t.contract) == ident:
                return t
        return None

    # ---------------------------------------------------------------- adding
    def lookup(self, network_id: str, contract: str) -> Token:
        """The token at ``contract``: the known one, or symbol/name/decimals read from the chain
        (network I/O; writes nothing)."""
        net = self.env.registry.network(network_id)
        contract = addresses.validate(contract, net)
        known = self._known(net.id, contract)
        if known is not None:
            return known
        symbol, name, decimals = self.env.clients.get(net.id).token_metadata(contract)
        symbol, name = _clean(symbol)[:12], _clean(name)[:64]
        if not symbol or not 0 <= decimals <= MAX_DECIMALS:
            raise TokenSettingsError(
                "the contract at {address} does not look like a token "
                "(symbol {symbol!r}, {decimals} decimals)",
                address=contract,
                symbol=symbol,
                decimals=decimals,
            )
        return Token(
            symbol=symbol,
            name=name or symbol,
            network=net.id,
            contract=contract,
            decimals=decimals,
            source=ADDED_BY_USER_SOURCE,
            user_added=True,
        )

    def save(self, token: Token) -> Token:
        """Keep a token from :meth:`lookup` and show it (a known token is just shown again)."""
        if not token.user_added:
            return self.set_visible(token.network, token.contract, True)
        token = dataclasses.replace(token, visible_by_default=True)
        with self.env.db:
            self.env.db.execute(
                "INSERT INTO custom_tokens (network_id, contract, symbol, name, decimals, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (network_id, contract) DO "
                "UPDATE SET symbol = excluded.symbol, name = excluded.name, "
                "decimals = excluded.decimals, hidden = 0",
                (
                    token.network,
                    token.contract,
                    token.symbol,
                    token.name,
                    token.decimals,
                    int(time.time()),
                ),
            )
        self.env.refresh_registry(self.env.registry.with_tokens([token]))
        return token

    def add(self, network_id: str, contract: str) -> Token:
        """``lookup`` + ``save`` (for the CLI; the GUI runs ``lookup`` on a worker thread)."""
        return self.save(self.lookup(network_id, contract))

    # ---------------------------------------------------------------- hiding
    def set_visible(self, network_id: str, contract: str, visible: bool) -> Token:
        net = self.env.registry.network(network_id)
        token = self._known(net.id, contract)
        if token is None:
            raise TokenSettingsError(
                "no token with contract {contract} on {network}; add it first",
                contract=contract,
                network=net.name,
            )
        db = self.env.db
        with db:
            if token.user_added:
                db.execute(
                    "UPDATE custom_tokens SET hidden = ? WHERE network_id = ? AND contract = ?",
                    (0 if visible else 1, net.id, token.contract),
                )
            else:
                choices = visibility_overrides(db)
                choices.setdefault(net.id, {})[token.contract] = bool(visible)
                set_setting(db, VISIBILITY_SETTING, choices)
        token = dataclasses.replace(token, visible_by_default=bool(visible))
        self.env.refresh_registry(self.env.registry.with_tokens([token]))
        return token


def _clean(text: Any) -> str:
    """A token's name or symbol from a contract: printable characters only, trimmed."""
    return "".join(c for c in str(text) if c.isprintable()).strip()
