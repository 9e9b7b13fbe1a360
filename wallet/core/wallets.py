"""Wallets and accounts as the rest of the program sees them: public data only."""

from __future__ import annotations

from dataclasses import dataclass

WALLET_KINDS = ("hd", "key", "watch")


@dataclass(frozen=True)
class Wallet:
    id: str
    label: str
    kind: str  # "hd" (recovery phrase), "key" (one imported key), "watch" (address only)
    chain: str | None  # for "key"/"watch": "evm" or "tron"
    backup_verified: bool
    created_at: int

    @property
    def watch_only(self) -> bool:
        return self.kind == "watch"


@dataclass(frozen=True)
class Account:
    wallet_id: str
    index: int
    label: str
    evm_address: str | None
    tron_address: str | None
    wallet_kind: str

    @property
    def watch_only(self) -> bool:
        return self.wallet_kind == "watch"

    def address_for(self, chain_kind: str) -> str | None:
        return self.evm_address if chain_kind == "evm" else self.tron_address
