"""A real Secret Service (gnome-keyring) in a private D-Bus session, for tests.

``start_secret_service(unlock=True)`` starts ``dbus-daemon --session`` and
``gnome-keyring-daemon --components=secrets`` with its own HOME/XDG dirs, unlocked with a
keyring password written to its stdin (or left locked with ``unlock=False``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SecretService:
    address: str
    home: Path
    processes: list[subprocess.Popen] = field(default_factory=list)

    def activate(self) -> None:
        """Point this process's keyring clients at this Secret Service."""
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.address

    def backend(self):
        from keyring.backends import SecretService as SS

        return SS.Keyring()

    def stop(self) -> None:
        for p in reversed(self.processes):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(self.home, ignore_errors=True)


def tools_available() -> bool:
    return bool(shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon"))


def start_secret_service(*, unlock: bool = True, password: str = "test-keyring") -> SecretService:
    home = Path(tempfile.mkdtemp(prefix="kapchyk-keyring-"))
    for sub in ("share", "config", "runtime", "cache"):
        (home / sub).mkdir()
    (home / "runtime").chmod(0o700)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        bus.kill()
        raise RuntimeError("dbus-daemon did not print its address")
    env = dict(
        os.environ,
        DBUS_SESSION_BUS_ADDRESS=address,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    # The login keyring is always created unlocked; ``unlock=False`` then locks it, which is
    # what a user sees when the desktop did not unlock the keyring at login.
    args = ["gnome-keyring-daemon", "--unlock", "--foreground", "--components=secrets"]
    daemon = subprocess.Popen(
        args,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(password.encode())
    daemon.stdin.close()
    service = SecretService(address, home, [bus, daemon])
    _wait_until_serving(address)
    if not unlock:
        _lock_default_collection(address)
    return service


def _lock_default_collection(address: str) -> None:
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(bus=address)
    try:
        collection = secretstorage.get_default_collection(conn)
        collection.lock()
        if not collection.is_locked():
            raise RuntimeError("could not lock the test keyring")
    finally:
        conn.close()


def _wait_until_serving(address: str, timeout: float = 10.0) -> None:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + timeout
    dbus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    while True:
        try:
            with open_dbus_connection(bus=address) as conn:
                reply = conn.send_and_get_reply(
                    new_method_call(dbus, "NameHasOwner", "s", ("org.freedesktop.secrets",))
                )
                if reply.body[0]:
                    return
        except (OSError, ConnectionError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("gnome-keyring-daemon did not start serving org.freedesktop.secrets")
        time.sleep(0.05)
