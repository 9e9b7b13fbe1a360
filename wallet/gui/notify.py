"""Desktop notifications: ``org.freedesktop.Notifications.Notify`` on the session bus, else the
system-tray balloon; ``notify()`` never raises.

The D-Bus call is made with jeepney (pure Python; already installed with keyring's Secret
Service backend) rather than PySide6.QtDBus: Notify's ``replaces_id`` is a UINT32, and PySide6
can only marshal a Python ``int`` as INT32 or UINT16, which every real notification server
(GDBus or QtDBus based) rejects as a signature mismatch. The call has a short timeout, so a
hung notification daemon cannot freeze the window for long.

Text from users (a request's label) may reach the body: servers that render markup get it
escaped, so it is always shown as plain text.
"""

from __future__ import annotations

import html
import logging
from typing import Any

log = logging.getLogger(__name__)

APP_NAME = "Kapchyk"
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_S = 2.0
EXPIRE_MS = -1  # the server's default

_tray: dict[str, Any] = {}


def notify(title: str, body: str) -> bool:
    """Show a desktop notification; True if a notification service or the tray took it."""
    try:
        if notify_dbus(title, body):
            return True
    except Exception:  # never raise from a notification
        log.debug("D-Bus notification failed", exc_info=True)
    try:
        return _notify_tray(title, body)
    except Exception:  # never raise
        log.debug("tray notification failed", exc_info=True)
        return False


def notify_dbus(title: str, body: str, timeout: float = TIMEOUT_S) -> bool:
    """Notify through the session bus; False when no notification service answers."""
    from jeepney import DBusAddress, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    try:
        conn = open_dbus_connection(bus="SESSION", auth_timeout=timeout)
    except (KeyError, OSError, ValueError, TimeoutError) as exc:
        log.debug("no D-Bus session bus: %s", type(exc).__name__)
        return False
    target = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
    try:
        caps = conn.send_and_get_reply(new_method_call(target, "GetCapabilities"), timeout=timeout)
        if caps.header.message_type == MessageType.error:
            log.debug("no notification service: %s", caps.header.fields)
            return False
        if "body-markup" in (caps.body[0] if caps.body else []):
            body = html.escape(body, quote=False)
        call = new_method_call(
            target,
            "Notify",
            "susssasa{sv}i",
            (APP_NAME, 0, "", title, body, [], {}, EXPIRE_MS),
        )
        reply = conn.send_and_get_reply(call, timeout=timeout)
        if reply.header.message_type == MessageType.error:
            log.info("the notification service refused the notification: %s", reply.body[:1])
            return False
        return True
    except (OSError, TimeoutError, ValueError) as exc:
        log.debug("notification service did not answer: %s", type(exc).__name__)
        return False
    finally:
        conn.close()


def _notify_tray(title: str, body: str) -> bool:
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    if QApplication.instance() is None or not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    icon = _tray.get("icon")
    if icon is None:
        app = QApplication.instance()
        icon = QSystemTrayIcon(app.windowIcon(), app)
        _tray["icon"] = icon
    icon.show()
    icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)
    return True
