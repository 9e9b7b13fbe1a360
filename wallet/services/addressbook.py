"""The address book: named payees per network."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from wallet.core import addresses
from wallet.core.errors import KapchykError
from wallet.core.networks import Registry


@dataclass(frozen=True)
class Contact:
    network_id: str
    address: str
    label: str
    note: str


class AddressBook:
    def __init__(self, registry: Registry, db: sqlite3.Connection) -> None:
        self.registry = registry
        self.db = db

    def add(self, network_id: str, address: str, label: str, note: str = "") -> Contact:
        net = self.registry.network(network_id)
        canonical = addresses.validate(address, net)
        if not label.strip():
            raise KapchykError("give the contact a name")
        with self.db:
            self.db.execute(
                "INSERT INTO address_book (network_id, address, label, note, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (network_id, address) DO UPDATE SET "
                "label = excluded.label, note = excluded.note",
                (net.id, canonical, label.strip(), note, int(time.time())),
            )
        return Contact(net.id, canonical, label.strip(), note)

    def remove(self, network_id: str, ref: str) -> None:
        contact = self.find(network_id, ref)
        with self.db:
            self.db.execute(
                "DELETE FROM address_book WHERE network_id = ? AND address = ?",
                (network_id, contact.address),
            )

    def list(self, network_id: str | None = None) -> list[Contact]:
        sql, params = "SELECT * FROM address_book", ()
        if network_id:
            sql, params = sql + " WHERE network_id = ?", (network_id,)
        return [
            Contact(r["network_id"], r["address"], r["label"], r["note"])
            for r in self.db.execute(sql + " ORDER BY label", params)
        ]

    def find(self, network_id: str, ref: str) -> Contact:
        """A contact by its name (case-insensitive) or address."""
        for c in self.list(network_id):
            if c.label.lower() == ref.strip().lower() or c.address.lower() == ref.strip().lower():
                return c
        raise KapchykError(
            "no contact {ref!r} on {network}",
            ref=ref,
            network=self.registry.network(network_id).name,
        )

    def resolve(self, network_id: str, text: str) -> str:
        """A contact's address when ``text`` is a contact name, else ``text`` unchanged."""
        try:
            return self.find(network_id, text).address
        except KapchykError:
            return text
