-- 0006: the journal also holds Stake 2.0 transactions (stake, unstake, withdraw an expired
-- unstake, cancel unstakes, lend energy, take lent energy back). SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt with its rows and ids unchanged.
ALTER TABLE tx_journal RENAME TO tx_journal_0005;
CREATE TABLE tx_journal (
    id           INTEGER PRIMARY KEY,
    network_id   TEXT NOT NULL,
    sender       TEXT NOT NULL,
    nonce        INTEGER,              -- EVM nonce; NULL on Tron
    txid         TEXT NOT NULL,
    raw          TEXT NOT NULL,        -- signed transaction (hex); public once broadcast
    recipient    TEXT NOT NULL,        -- for lending: the account that receives the energy
    asset        TEXT NOT NULL,        -- token contract, or '' for the native coin
    amount       TEXT NOT NULL,        -- base units (staked, unstaked or lent TRX for staking)
    fee_quoted   TEXT NOT NULL,        -- the most the fee can be, in the gas coin's base units
    fee_paid     TEXT,                 -- from the receipt
    status       TEXT NOT NULL CHECK (status IN
                 ('signed', 'broadcast', 'confirmed', 'failed', 'dropped', 'replaced')),
    reason       TEXT NOT NULL DEFAULT '',
    replaces     INTEGER REFERENCES tx_journal(id),  -- speed-up / cancel of an earlier entry
    kind         TEXT NOT NULL DEFAULT 'send' CHECK (kind IN
                 ('send', 'speedup', 'cancel', 'stake', 'unstake', 'withdraw_unstaked',
                  'cancel_unstakes', 'lend', 'reclaim')),
    block        INTEGER,
    confirmations INTEGER NOT NULL DEFAULT 0,
    memo         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (network_id, txid)
);
INSERT INTO tx_journal SELECT * FROM tx_journal_0005;
DROP TABLE tx_journal_0005;
CREATE INDEX tx_journal_pending ON tx_journal(network_id, sender, status);
