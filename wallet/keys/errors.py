"""Errors from the keys layer. Messages tell the user what to do; none contains a secret."""

from __future__ import annotations

from wallet.core.errors import KapchykError


class KeysError(KapchykError):
    code = "keys"


class WalletLocked(KeysError):
    code = "wallet_locked"


class WatchOnly(KeysError):
    code = "watch_only"


class WrongPassword(KeysError):
    code = "wrong_password"


class KeyringUnavailable(KeysError):
    code = "keyring_unavailable"


class KeyringIsLocked(KeysError):
    code = "keyring_locked"


class SecretMissing(KeysError):
    code = "secret_missing"


class SecretCorrupted(KeysError):
    code = "secret_corrupted"


class SecretTampered(KeysError):
    code = "secret_tampered"


class SecretTooLarge(KeysError):
    code = "secret_too_large"


class InvalidMnemonic(KeysError):
    code = "invalid_mnemonic"


class InvalidKey(KeysError):
    code = "invalid_key"


class KeystoreError(KeysError):
    code = "keystore"


class BackupNotVerified(KeysError):
    code = "backup_not_verified"
