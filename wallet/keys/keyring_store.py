"""The OS keyring, chosen explicitly (never ``keyrings.alt``), with specific errors.

Linux: the Secret Service (gnome-keyring, KWallet 6, KeePassXC); macOS: the Keychain; Windows:
the Credential Locker. Anything else is refused: Kapchyk never stores a secret in a file.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from wallet.keys.errors import KeyringIsLocked, KeyringUnavailable, SecretTooLarge

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Windows Credential Locker limits a secret to CRED_MAX_CREDENTIAL_BLOB_SIZE = 2560 bytes, and
#: keyring's Windows backend stores the text as UTF-16 (so at most 1280 ASCII characters). Every
#: entry is measured that way on every platform, so a vault made on Linux also fits on Windows.
MAX_ENTRY_BYTES = 2560


def entry_size(value: str) -> int:
    """Bytes ``value`` takes in the Windows Credential Locker (UTF-16)."""
    return len(value.encode("utf-16-le"))


UNAVAILABLE = (
    "no OS keyring is available to keep your keys: on Linux install and start gnome-keyring "
    "(or another Secret Service such as KeePassXC) and log in to a desktop session"
)
LOCKED = (
    "the OS keyring is locked: unlock it (log in to your desktop session or open your keyring "
    "manager) and try again"
)


def _platform_backend() -> Any:
    if sys.platform.startswith("win"):
        from keyring.backends.Windows import WinVaultKeyring as Backend
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring as Backend
    else:
        from keyring.backends.SecretService import Keyring as Backend
    return Backend


class KeyringStore:
    """Entries of one service name (one per network mode) in the OS keyring."""

    def __init__(self, service: str, backend: Any = None) -> None:
        self.service = service
        self._backend = backend

    @property
    def backend(self) -> Any:
        if self._backend is None:
            backend_cls = _platform_backend()
            try:
                viable = backend_cls.priority > 0  # raises when the service cannot be reached
            except Exception as exc:
                log.warning("keyring backend %s not viable: %s", backend_cls.__name__, exc)
                raise KeyringUnavailable(UNAVAILABLE) from None
            if not viable:
                raise KeyringUnavailable(UNAVAILABLE)
            self._backend = backend_cls()
        return self._backend

    def _call(self, fn: Callable[[], T]) -> T:
        from keyring.errors import InitError, KeyringError, KeyringLocked

        try:
            return fn()
        except KeyringLocked:
            raise KeyringIsLocked(LOCKED) from None
        except InitError as exc:
            log.warning("keyring init error: %s", exc)
            if "dismissed" in str(exc).lower() or "lock" in str(exc).lower():
                raise KeyringIsLocked(LOCKED) from None
            raise KeyringUnavailable(UNAVAILABLE) from None
        except KeyringError as exc:
            log.warning("keyring error: %s", type(exc).__name__)
            raise KeyringUnavailable(UNAVAILABLE) from None
        except Exception as exc:  # D-Bus errors and the like
            if type(exc).__module__.startswith(("jeepney", "secretstorage", "dbus")):
                log.warning("keyring transport error: %s", type(exc).__name__)
                raise KeyringUnavailable(UNAVAILABLE) from None
            raise

    def get(self, name: str) -> str | None:
        return self._call(lambda: self.backend.get_password(self.service, name))

    def set(self, name: str, value: str) -> None:
        if entry_size(value) > MAX_ENTRY_BYTES:
            raise SecretTooLarge(
                "this secret is too large for the OS keyring ({size} of at most {limit} bytes); "
                "if it has a BIP-39 passphrase, use a shorter one",
                size=entry_size(value),
                limit=MAX_ENTRY_BYTES,
            )
        self._call(lambda: self.backend.set_password(self.service, name, value))

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        def delete() -> None:
            with contextlib.suppress(PasswordDeleteError):  # already gone is fine
                self.backend.delete_password(self.service, name)

        self._call(delete)
