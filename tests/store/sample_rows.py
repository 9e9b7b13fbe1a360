"""Sample public rows written into each saved schema fixture (see scripts/make_db_fixture.py).

``insert_sample_rows(conn, version)`` writes the rows a database of that schema version can
hold; ``check_sample_rows(conn, version)`` asserts they survived an upgrade. When a migration adds
tables, add their rows here under the new version.
"""

from __future__ import annotations

import sqlite3

ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


def insert_sample_rows(conn: sqlite3.Connection, version: int, now: int = 1_760_000_000) -> None:
    if version >= 1:
        conn.execute("INSERT INTO settings (key, value) VALUES ('language', '\"ky\"')")
        conn.execute(
            "INSERT INTO address_book (network_id, address, label, created_at) VALUES (?,?,?,?)",
            ("bsc", ADDRESS, "Апа (mother)", now),
        )
        conn.execute(
            "INSERT INTO custom_tokens (network_id, contract, symbol, name, decimals, created_at) "
            "VALUES ('bsc', '0x55d398326f99059fF775485246999027B3197955', 'USDT', 'Tether', 18, ?)",
            (now,),
        )
        conn.execute(
            "INSERT INTO endpoints (network_id, url, created_at) VALUES "
            "('bsc', 'https://my-node.example:8545', ?)",
            (now,),
        )

    if version >= 2:
        conn.execute(
            "INSERT INTO wallets (id, label, kind, chain, backup_verified, created_at) "
            "VALUES ('0123456789abcdef', 'Үй (home)', 'hd', NULL, 1, ?)",
            (now,),
        )
        conn.execute(
            "INSERT INTO accounts (wallet_id, idx, label, evm_address, tron_address, created_at) "
            "VALUES ('0123456789abcdef', 0, 'Home 1', ?, 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', ?)",
            (ADDRESS, now),
        )

    if version >= 3:
        conn.execute(
            "INSERT INTO balances VALUES ('bsc', ?, '', '1500000000000000000', 100, ?)",
            (ADDRESS, now),
        )
        conn.execute(
            "INSERT INTO tx_journal (network_id, sender, nonce, txid, raw, recipient, asset, "
            "amount, fee_quoted, status, created_at, updated_at) VALUES ('bsc', ?, 7, '0xabc', "
            "'0x02', '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '', '1', '21000', "
            "'broadcast', ?, ?)",
            (ADDRESS, now, now),
        )

    if version >= 4:
        conn.execute(
            "INSERT INTO payment_requests (network_id, account, asset, amount, label, "
            "created_at, created_block) VALUES ('bsc', ?, "
            "'0x94be0bbA8E1E303fE998c9360B57b826F1A4f828', '1000', 'Order 7', ?, 5)",
            (ADDRESS, now),
        )

    if version >= 5:
        conn.execute(
            "INSERT INTO tron_resources VALUES ('tron', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', "
            "600, 0, 12, ?)",
            (now,),
        )

    if version >= 7:
        conn.execute(
            "INSERT INTO prices VALUES ('rate:USD', '87.45', 'nbkr', '02.12.2026', ?)", (now,)
        )


def check_sample_rows(conn: sqlite3.Connection, version: int) -> None:
    if version >= 1:
        assert (
            conn.execute("SELECT value FROM settings WHERE key='language'").fetchone()[0] == '"ky"'
        )
        row = conn.execute("SELECT address, label FROM address_book").fetchone()
        assert (row[0], row[1]) == (ADDRESS, "Апа (mother)")
        assert conn.execute("SELECT symbol, decimals FROM custom_tokens").fetchone()[:] == (
            "USDT",
            18,
        )
        assert (
            conn.execute("SELECT url FROM endpoints").fetchone()[0]
            == "https://my-node.example:8545"
        )
    if version >= 2:
        row = conn.execute("SELECT label, kind FROM wallets").fetchone()
        assert (row[0], row[1]) == ("Үй (home)", "hd")
        acct = conn.execute("SELECT evm_address, tron_address FROM accounts").fetchone()
        assert (acct[0], acct[1]) == (ADDRESS, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
    if version >= 3:
        assert conn.execute("SELECT amount FROM balances").fetchone()[0] == "1500000000000000000"
        row = conn.execute("SELECT nonce, status FROM tx_journal").fetchone()
        assert (row[0], row[1]) == (7, "broadcast")
    if version >= 4:
        row = conn.execute("SELECT label, status FROM payment_requests").fetchone()
        assert (row[0], row[1]) == ("Order 7", "open")
    if version >= 5:
        row = conn.execute("SELECT bandwidth, energy FROM tron_resources").fetchone()
        assert (row[0], row[1]) == (600, 0)
    if version >= 7:
        row = conn.execute("SELECT value, source FROM prices WHERE pair = 'rate:USD'").fetchone()
        assert (row[0], row[1]) == ("87.45", "nbkr")
