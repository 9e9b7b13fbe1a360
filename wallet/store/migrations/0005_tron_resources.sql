-- 0005: last-known Tron account resources (free bandwidth and energy left), shown beside the
-- balances. Public data only.
CREATE TABLE tron_resources (
    network_id  TEXT NOT NULL,
    owner       TEXT NOT NULL,
    bandwidth   INTEGER NOT NULL,   -- free + staked bandwidth points left today
    energy      INTEGER NOT NULL,   -- energy left
    block       INTEGER,
    read_at     INTEGER NOT NULL,   -- unix seconds
    PRIMARY KEY (network_id, owner)
);
