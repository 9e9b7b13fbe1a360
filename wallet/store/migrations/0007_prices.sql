-- 0007: last-known prices and currency rates, with the time they were read. Public data only.
CREATE TABLE prices (
    pair       TEXT PRIMARY KEY,   -- 'ticker:BNBUSDT' (USDT per coin) or 'rate:USD' (KGS per unit)
    value      TEXT NOT NULL,      -- exact decimal text as the source gave it (never a float)
    source     TEXT NOT NULL,      -- 'binance' or 'nbkr'
    as_of      TEXT,               -- the source's own date, when it gives one (NBKR: dd.mm.yyyy)
    fetched_at INTEGER NOT NULL    -- unix seconds
);
