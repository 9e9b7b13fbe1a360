-- 0002: wallets and accounts. Public metadata only: labels and addresses. The secrets of a
-- wallet live in the OS keyring (wallet/keys/vault.py), never here.
CREATE TABLE wallets (
    id              TEXT PRIMARY KEY,      -- random hex id, also names the keyring entries
    label           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('hd', 'key', 'watch')),
    chain           TEXT CHECK (chain IN ('evm', 'tron')),  -- for 'key' and 'watch' wallets
    backup_verified INTEGER NOT NULL DEFAULT 1,  -- 0 until a new phrase's backup is proven
    created_at      INTEGER NOT NULL
);

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    wallet_id    TEXT NOT NULL REFERENCES wallets(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,         -- BIP-44 address index for 'hd' wallets
    label        TEXT NOT NULL,
    evm_address  TEXT,                     -- EIP-55
    tron_address TEXT,                     -- base58 T…
    created_at   INTEGER NOT NULL,
    UNIQUE (wallet_id, idx),
    CHECK (evm_address IS NOT NULL OR tron_address IS NOT NULL)
);
CREATE INDEX accounts_evm ON accounts(evm_address);
CREATE INDEX accounts_tron ON accounts(tron_address);
