-- 0004: merchants' payment requests. Public data only.
CREATE TABLE payment_requests (
    id            INTEGER PRIMARY KEY,
    network_id    TEXT NOT NULL,
    account       TEXT NOT NULL,        -- the receiving address (watch-only accounts too)
    asset         TEXT NOT NULL,        -- exact token contract
    amount        TEXT NOT NULL,        -- base units requested
    label         TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,     -- unix seconds
    created_block INTEGER NOT NULL,     -- only transfers from this block on can pay it
    expires_at    INTEGER,              -- unix seconds; NULL = never
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'paid', 'expired', 'cancelled')),
    paid_txid     TEXT UNIQUE,          -- one transfer pays one request
    paid_amount   TEXT,
    paid_at       INTEGER
);
CREATE INDEX payment_requests_open ON payment_requests(network_id, status);
