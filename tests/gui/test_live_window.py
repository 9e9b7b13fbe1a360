"""The home screen follows the chain by itself: a KGST transfer made from outside the app to a
watched account appears in the balances and in History with no click, and a desktop
notification is raised through the session bus (tests/harness/notifications.py). Real anvil,
real SQLite, real D-Bus."""

from __future__ import annotations

from tests.harness.notifications import fake_notifications  # noqa: F401 - fixture
from tests.services.test_live import NET, _send_kgst_from_outside, only
from wallet.gui.balances_view import COL_BALANCE
from wallet.gui.main_window import MainWindow

WATCHED = "0x976EA74026E726554dB657fA54763abd0C3a0aa9"  # anvil account 6, watched only


def _kgst(window) -> str:
    t = window.table
    return next(
        t.item(r, COL_BALANCE).text()
        for r in range(t.rowCount())
        if t.item(r, 1).text() == "KGST" and t.item(r, 0).text() == "BNB Chain Testnet"
    )


def test_an_outside_transfer_appears_with_no_click_and_is_notified(
    qtbot,
    world,
    idle_workers,
    fake_notifications,  # noqa: F811
):
    env = world.env
    env.refresh_registry(only(env.registry, NET))  # the other testnets point at public nodes
    shop = env.accounts.add_watch_only("Shop", WATCHED)
    service = fake_notifications()
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.account_box.setCurrentIndex(
        next(i for i, a in enumerate(window.accounts) if a.wallet_id == shop.id)
    )
    window.live.base = 0.2  # seconds between head checks: short for the test
    window.show()
    window.live.start()
    qtbot.waitUntil(lambda: _kgst(window) == "0", timeout=30_000)  # the first look
    assert service.calls == []  # learning the balances is not news

    _send_kgst_from_outside(world, WATCHED, 1500 * 10**18)
    qtbot.waitUntil(lambda: _kgst(window) == "1,500", timeout=30_000)
    qtbot.waitUntil(lambda: bool(service.calls), timeout=10_000)
    [note] = service.calls
    assert note["summary"] == "Received 1,500 KGST"
    assert note["body"] == f"from {world.tokens.issuer} on BNB Chain Testnet"
    history = window.history_tab
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=10_000)
    window.live.stop()
