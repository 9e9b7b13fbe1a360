-- 0007: history read page by page from indexers (TronGrid v1, Etherscan V2), resumable.
-- TronGrid's TRC-20 transfers carry a time but no block number: `block` becomes optional.
CREATE TABLE history_new (
    network_id TEXT NOT NULL,
    txid       TEXT NOT NULL,
    log_index  INTEGER NOT NULL,
    account    TEXT NOT NULL,          -- our address this row is about
    direction  TEXT NOT NULL CHECK (direction IN ('in', 'out', 'self')),
    counterparty TEXT NOT NULL,
    asset      TEXT NOT NULL,          -- exact token contract ('' for native)
    amount     TEXT NOT NULL,          -- base units
    block      INTEGER,                -- NULL when the source does not say (TronGrid TRC-20)
    timestamp  INTEGER,
    status     TEXT NOT NULL DEFAULT 'confirmed',
    PRIMARY KEY (network_id, txid, log_index, account)
);
INSERT INTO history_new SELECT * FROM history;
DROP TABLE history;
ALTER TABLE history_new RENAME TO history;
CREATE INDEX history_account ON history(network_id, account, timestamp, block);

-- where the next sync of (network, account, asset) starts on a paged source:
-- min_timestamp (ms, TronGrid) of the newest transfer seen; fingerprint: the next page of an
-- unfinished paging (kept with the min_timestamp it was asked with)
ALTER TABLE history_cursor ADD COLUMN min_timestamp INTEGER;
ALTER TABLE history_cursor ADD COLUMN fingerprint TEXT;
