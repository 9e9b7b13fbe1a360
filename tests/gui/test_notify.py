"""Desktop notifications on a private D-Bus session bus (the one the real Secret Service of
the tests runs on). The notification service is the one stand-in: no real notification daemon
runs headless (see tests/harness/notifications.py)."""

from __future__ import annotations

from tests.harness.notifications import fake_notifications  # noqa: F401 - fixture
from wallet.gui.notify import notify


def test_notification_reaches_the_service(qtbot, fake_notifications):  # noqa: F811
    fake = fake_notifications()
    assert notify("Payment received", "Order 42: 5 KGST") is True
    qtbot.waitUntil(lambda: bool(fake.calls), timeout=5_000)
    [call] = fake.calls
    assert call["signature"] == "susssasa{sv}i" and call["accepted"]
    assert (call["app"], call["summary"], call["body"]) == (
        "Kapchyk",
        "Payment received",
        "Order 42: 5 KGST",
    )
    assert call["replaces_id"] == 0


def test_markup_servers_get_the_text_escaped(qtbot, fake_notifications):  # noqa: F811
    fake = fake_notifications(markup=True)
    assert notify("Paid", "<b>Order</b> & <a href='x'>co</a>") is True
    qtbot.waitUntil(lambda: bool(fake.calls), timeout=5_000)
    assert fake.calls[0]["body"] == "&lt;b&gt;Order&lt;/b&gt; &amp; &lt;a href='x'&gt;co&lt;/a&gt;"


def test_without_a_service_it_falls_back_and_never_raises(qapp, secret_service, monkeypatch):
    # the bus runs but nobody owns org.freedesktop.Notifications; offscreen has no tray either
    assert notify("Paid", "body") is False
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert notify("Paid", "body") is False
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert notify("Paid", "body") is False


def test_a_refusing_service_is_not_counted_as_shown(qtbot, fake_notifications):  # noqa: F811
    fake = fake_notifications(refuse=True)
    assert notify("Paid", "body") is False
    qtbot.waitUntil(lambda: bool(fake.calls), timeout=5_000)
    assert fake.calls[0]["accepted"] is False
