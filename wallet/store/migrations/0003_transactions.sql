-- 0003: balances cache, the transaction journal and token-transfer history. Public data only.
CREATE TABLE balances (
    network_id TEXT NOT NULL,
    owner      TEXT NOT NULL,          -- canonical address
    asset      TEXT NOT NULL,          -- token contract, or '' for the native coin
    amount     TEXT NOT NULL,          -- base units, decimal text (can exceed 2^63)
    block      INTEGER NOT NULL,       -- block the amount was read at
    read_at    INTEGER NOT NULL,       -- unix seconds
    PRIMARY KEY (network_id, owner, asset)
);

-- One row per signed transaction. Written (and committed with synchronous=FULL) BEFORE the
-- transaction is broadcast, so a crash can never lose a transaction that may be on the chain.
CREATE TABLE tx_journal (
    id           INTEGER PRIMARY KEY,
    network_id   TEXT NOT NULL,
    sender       TEXT NOT NULL,
    nonce        INTEGER,              -- EVM nonce; NULL on Tron
    txid         TEXT NOT NULL,
    raw          TEXT NOT NULL,        -- signed transaction (hex); public once broadcast
    recipient    TEXT NOT NULL,
    asset        TEXT NOT NULL,        -- token contract, or '' for the native coin
    amount       TEXT NOT NULL,        -- base units
    fee_quoted   TEXT NOT NULL,        -- the most the fee can be, in the gas coin's base units
    fee_paid     TEXT,                 -- from the receipt
    status       TEXT NOT NULL CHECK (status IN
                 ('signed', 'broadcast', 'confirmed', 'failed', 'dropped', 'replaced')),
    reason       TEXT NOT NULL DEFAULT '',
    replaces     INTEGER REFERENCES tx_journal(id),  -- speed-up / cancel of an earlier entry
    kind         TEXT NOT NULL DEFAULT 'send' CHECK (kind IN ('send', 'speedup', 'cancel')),
    block        INTEGER,
    confirmations INTEGER NOT NULL DEFAULT 0,
    memo         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (network_id, txid)
);
CREATE INDEX tx_journal_pending ON tx_journal(network_id, sender, status);

CREATE TABLE history (
    network_id TEXT NOT NULL,
    txid       TEXT NOT NULL,
    log_index  INTEGER NOT NULL,
    account    TEXT NOT NULL,          -- our address this row is about
    direction  TEXT NOT NULL CHECK (direction IN ('in', 'out', 'self')),
    counterparty TEXT NOT NULL,
    asset      TEXT NOT NULL,          -- exact token contract ('' for native)
    amount     TEXT NOT NULL,          -- base units
    block      INTEGER NOT NULL,
    timestamp  INTEGER,
    status     TEXT NOT NULL DEFAULT 'confirmed',
    PRIMARY KEY (network_id, txid, log_index, account)
);
CREATE INDEX history_account ON history(network_id, account, block);

CREATE TABLE history_cursor (
    network_id TEXT NOT NULL,
    account    TEXT NOT NULL,
    asset      TEXT NOT NULL,
    next_block INTEGER NOT NULL,
    PRIMARY KEY (network_id, account, asset)
);
