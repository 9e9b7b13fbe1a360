"""Networks and tokens beyond the packaged data: user-added tokens and endpoints (SQLite) and
the devnet deployment file written by ``kapchyk devnet``."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from wallet.core.errors import DataFileError
from wallet.core.networks import Registry, Token, parse_token
from wallet.services.token_settings import ADDED_BY_USER_SOURCE, visibility_overrides

if TYPE_CHECKING:
    from wallet.services.environment import Environment

DEVNET_FILE = "devnet.json"


def apply_overlays(registry: Registry, env: Environment) -> Registry:
    reg = registry
    devnet_file = env.mode_dir / DEVNET_FILE
    if env.mode == "devnet" and devnet_file.exists():
        reg = _apply_devnet_file(reg, devnet_file)
    return _apply_user_data(reg, env)


def _apply_devnet_file(reg: Registry, path) -> Registry:  # noqa: ANN001
    try:
        doc = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(
            "{file}: cannot be read ({reason})", file=str(path), reason=str(exc)
        ) from None
    for net_id, urls in (doc.get("endpoints") or {}).items():
        reg = reg.with_endpoints(net_id, list(urls))
    nets = {n.id: n for n in reg.networks}
    # written by `kapchyk devnet` in EIP-55 form: its spelling is trusted, as the packaged files'
    # are (no keccak before the first paint; core/networks._evm_or_trusted)
    tokens = [
        parse_token(t, nets, str(path), i, verify=False)
        for i, t in enumerate(doc.get("tokens") or [])
    ]
    return reg.with_tokens(tokens)


def _apply_user_data(reg: Registry, env: Environment) -> Registry:
    db = env.db
    nets = {n.id: n for n in reg.networks}
    for net_id in nets:
        rows = db.execute(
            "SELECT url FROM endpoints WHERE network_id = ? ORDER BY id", (net_id,)
        ).fetchall()
        if rows:
            net = reg.network(net_id)
            extra = [r["url"] for r in rows if r["url"] not in net.endpoints]
            reg = reg.with_endpoints(net_id, [*net.endpoints, *extra])
    user_tokens = []
    for row in db.execute("SELECT * FROM custom_tokens ORDER BY id"):
        if row["network_id"] not in nets:
            continue
        user_tokens.append(
            Token(
                symbol=row["symbol"],
                name=row["name"],
                network=row["network_id"],
                contract=row["contract"],
                decimals=row["decimals"],
                source=ADDED_BY_USER_SOURCE,
                visible_by_default=not row["hidden"],
                user_added=True,
            )
        )
    reg = reg.with_tokens(user_tokens) if user_tokens else reg
    return _apply_visibility(reg, visibility_overrides(db))


def _apply_visibility(reg: Registry, choices: dict[str, dict[str, bool]]) -> Registry:
    """The user's show/hide choices for packaged and devnet tokens."""
    changed = []
    for net_id, by_contract in choices.items():
        if not isinstance(by_contract, dict):
            continue
        for t in reg.tokens(net_id):
            shown = by_contract.get(t.contract)
            if not t.user_added and isinstance(shown, bool) and shown != t.visible_by_default:
                changed.append(replace(t, visible_by_default=shown))
    return reg.with_tokens(changed) if changed else reg
