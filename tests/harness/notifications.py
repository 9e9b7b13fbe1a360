"""A stand-in ``org.freedesktop.Notifications`` service on a test's private D-Bus session bus.

No real notification daemon runs headless, so this is the one fake of the notification tests.
It runs in its own process (as a real daemon does), checks the Notify signature as strictly as
GDBus-based servers do (``susssasa{sv}i``; anything else is refused with InvalidArgs), and
reports every call as a JSON line that the test reads through :class:`FakeNotifications`.

Run as ``python -m tests.harness.notifications [--markup] [--refuse]``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

SERVICE = "org.freedesktop.Notifications"
SIGNATURE = "susssasa{sv}i"
ROOT = Path(__file__).resolve().parents[2]


class FakeNotifications:
    """The fake service process; ``calls`` fills as Notify calls arrive."""

    def __init__(self, address: str, *, markup: bool = False, refuse: bool = False) -> None:
        args = [sys.executable, "-m", "tests.harness.notifications"]
        args += ["--markup"] * markup + ["--refuse"] * refuse
        self.calls: list[dict] = []
        self.proc = subprocess.Popen(
            args,
            cwd=ROOT,
            env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            self.stop()
            raise RuntimeError("the fake notification service did not start")
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.calls.append(json.loads(line))

    def stop(self) -> None:
        """Stop the process; its bus name is released when it exits."""
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=5)


@pytest.fixture
def fake_notifications(secret_service):
    """Start a fake notification service on the private session bus of ``secret_service``:
    ``fake_notifications(markup=False, refuse=False)`` returns the running fake."""
    started: list[FakeNotifications] = []

    def start(**kwargs: bool) -> FakeNotifications:
        fake = FakeNotifications(secret_service.address, **kwargs)
        started.append(fake)
        return fake

    yield start
    for fake in started:
        fake.stop()
    wait_for_name_gone(secret_service.address)


def wait_for_name_gone(address: str, timeout: float = 5.0) -> None:
    from jeepney import DBus
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + timeout
    with open_dbus_connection(bus=address) as conn:
        while conn.send_and_get_reply(DBus().NameHasOwner(SERVICE)).body[0]:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{SERVICE} is still owned")
            time.sleep(0.02)


def _serve(markup: bool, refuse: bool) -> None:
    from jeepney import DBus, MessageType, new_error, new_method_return
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(bus=os.environ["DBUS_SESSION_BUS_ADDRESS"])
    reply = conn.send_and_get_reply(DBus().RequestName(SERVICE, 4))  # 4: do not queue
    if reply.body[0] != 1:
        raise SystemExit(f"{SERVICE} is already owned on this bus")
    print("ready", flush=True)
    next_id = 1
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        fields = msg.header.fields
        member = fields.get(3)  # HeaderFields.member
        signature = fields.get(8, "")  # HeaderFields.signature
        if member == "GetCapabilities":
            caps = ["body", "body-markup"] if markup else ["body"]
            conn.send(new_method_return(msg, "as", (caps,)))
        elif member == "Notify":
            ok = signature == SIGNATURE and not refuse
            record = {"signature": signature, "accepted": ok}
            if signature == SIGNATURE:
                app, replaces, _icon, summary, body, _actions, _hints, _expire = msg.body
                record.update(app=app, replaces_id=replaces, summary=summary, body=body)
            print(json.dumps(record), flush=True)
            if ok:
                conn.send(new_method_return(msg, "u", (next_id,)))
                next_id += 1
            else:
                conn.send(
                    new_error(
                        msg,
                        "org.freedesktop.DBus.Error.InvalidArgs",
                        "s",
                        (f"Type of message, ({signature}), does not match ({SIGNATURE})",),
                    )
                )
        else:
            conn.send(
                new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member or "",))
            )


if __name__ == "__main__":
    _serve("--markup" in sys.argv, "--refuse" in sys.argv)
