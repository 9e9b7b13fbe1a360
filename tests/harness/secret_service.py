"""A real Secret Service (gnome-keyring) in a private D-Bus session, for tests.

``start_secret_service(unlock=True)`` starts ``dbus-daemon`` and
``gnome-keyring-daemon --components=secrets`` with its own HOME/XDG dirs, unlocked with a
keyring password written to its stdin (or left locked with ``unlock=False``).

The bus has no service activation: the system's session config (``<standard_session_servicedirs
/>``) lets a call to ``org.freedesktop.secrets`` start ``/usr/bin/gnome-keyring-daemon --start``
(from /usr/share/dbus-1/services) whenever our daemon is gone, and that one runs with the real
HOME, cannot create or unlock a keyring without a prompt, and answers every later call "locked".
A test run once failed that way midway (KeyringUnavailable, then KeyringIsLocked in every later
test). Here a dead daemon stays dead, and ``check_alive()`` says which process ended, how, and
what it wrote to stderr. The daemon also never sees the caller's login session
(``XDG_SESSION_ID``) or the system bus, through which gnome-keyring quits when logind says the
session is closing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

#: The system's session.conf (dbus 1.14) without its service directories and includes.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
  <limit name="max_incoming_bytes">1000000000</limit>
  <limit name="max_outgoing_bytes">1000000000</limit>
  <limit name="max_message_size">1000000000</limit>
  <limit name="auth_timeout">240000</limit>
  <limit name="max_completed_connections">100000</limit>
  <limit name="max_incomplete_connections">10000</limit>
  <limit name="max_connections_per_user">100000</limit>
  <limit name="max_names_per_connection">50000</limit>
  <limit name="max_match_rules_per_connection">50000</limit>
  <limit name="max_replies_per_connection">50000</limit>
</busconfig>
"""


class SecretServiceDied(RuntimeError):
    """The test Secret Service's dbus-daemon or gnome-keyring-daemon is no longer running."""


@dataclass
class SecretService:
    address: str
    home: Path
    processes: list[subprocess.Popen] = field(default_factory=list)
    logs: dict[int, Path] = field(default_factory=dict)  # pid → its stderr

    def activate(self) -> None:
        """Point this process's keyring clients at this Secret Service."""
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.address

    def backend(self):
        from keyring.backends import SecretService as SS

        return SS.Keyring()

    def check_alive(self) -> None:
        """Raise ``SecretServiceDied`` naming every process of this service that has exited."""
        dead = [p for p in self.processes if p.poll() is not None]
        if dead:
            raise SecretServiceDied(
                "the test Secret Service is gone: "
                + "; ".join(f"{_describe(p)}{self._log_tail(p)}" for p in dead)
            )

    def _log_tail(self, proc: subprocess.Popen) -> str:
        path = self.logs.get(proc.pid)
        try:
            text = path.read_text(errors="replace").strip() if path else ""
        except OSError:
            return ""
        return f", its stderr ends: {text[-1500:]!r}" if text else ""

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


def _describe(proc: subprocess.Popen) -> str:
    code = proc.returncode
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exited with {code}"
    return f"{Path(str(proc.args[0])).name} (pid {proc.pid}) {how}"


def start_secret_service(*, unlock: bool = True, password: str = "test-keyring") -> SecretService:
    home = Path(tempfile.mkdtemp(prefix="kapchyk-keyring-"))
    for sub in ("share", "config", "runtime", "cache"):
        (home / sub).mkdir()
    (home / "runtime").chmod(0o700)
    config = home / "bus.conf"
    config.write_text(BUS_CONFIG.format(runtime=home / "runtime"))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("XDG_SESSION_ID", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        XDG_CACHE_HOME=str(home / "cache"),
        # no system bus: gnome-keyring watches logind there and quits when the session closes
        DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={home / 'runtime' / 'no-system-bus'}",
    )
    logs = {}
    bus_log = (home / "dbus-daemon.log").open("wb")
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=bus_log,
        env=env,
        text=True,
    )
    bus_log.close()
    logs[bus.pid] = home / "dbus-daemon.log"
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        bus.kill()
        raise RuntimeError("dbus-daemon did not print its address")
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    # The login keyring is always created unlocked; ``unlock=False`` then locks it, which is
    # what a user sees when the desktop did not unlock the keyring at login.
    args = ["gnome-keyring-daemon", "--unlock", "--foreground", "--components=secrets"]
    daemon_log = (home / "gnome-keyring.log").open("wb")
    daemon = subprocess.Popen(
        args,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=daemon_log,
        env=env,
    )
    daemon_log.close()
    logs[daemon.pid] = home / "gnome-keyring.log"
    assert daemon.stdin is not None
    daemon.stdin.write(password.encode())
    daemon.stdin.close()
    service = SecretService(address, home, [bus, daemon], logs)
    try:
        _wait_until_serving(service)
        if not unlock:
            _lock_default_collection(address)
    except BaseException:
        service.stop()
        raise
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


def _wait_until_serving(service: SecretService, timeout: float = 10.0) -> None:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + timeout
    dbus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    while True:
        service.check_alive()
        try:
            with open_dbus_connection(bus=service.address) as conn:
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
