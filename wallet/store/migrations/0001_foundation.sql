-- 0001: the foundation schema. Public data only: never a password, phrase or private key.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL            -- JSON-encoded
);

CREATE TABLE address_book (
    id         INTEGER PRIMARY KEY,
    network_id TEXT NOT NULL,
    address    TEXT NOT NULL,      -- canonical spelling (EIP-55 or Tron base58)
    label      TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,   -- unix seconds
    UNIQUE (network_id, address)
);

CREATE TABLE custom_tokens (
    id         INTEGER PRIMARY KEY,
    network_id TEXT NOT NULL,
    contract   TEXT NOT NULL,
    symbol     TEXT NOT NULL,
    name       TEXT NOT NULL,
    decimals   INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 36),
    hidden     INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    UNIQUE (network_id, contract)
);

CREATE TABLE endpoints (
    id         INTEGER PRIMARY KEY,
    network_id TEXT NOT NULL,
    url        TEXT NOT NULL,
    api_key_ref TEXT,              -- name of a keyring entry holding an API key, never the key
    created_at INTEGER NOT NULL,
    UNIQUE (network_id, url)
);
