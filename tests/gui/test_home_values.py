"""The home screen in money: each balance row's value, the total, with their age; offline the
cached values; with no prices at all only the pegged tokens valued. Against a local server
speaking Binance's ticker and the NBKR daily XML (formats cited in tests/harness/price_server.py),
real SQLite and a real event loop; keys pressed as a user would."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.gui.test_translations import language  # noqa: F401 - fixture
from tests.harness.price_server import PriceServer
from wallet.gui.app_controller import AppController
from wallet.gui.balances_view import COL_BALANCE, COL_VALUE
from wallet.services.app_settings import AppSettings
from wallet.services.environment import Environment

ME = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
KGST = "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828"
BNB_UNITS = 9_999_998_224_022_232_216_912  # the 18-decimal example


@pytest.fixture
def home(qtbot, data_dir):
    env = Environment(data_dir, "mainnet")
    env.accounts.add_watch_only("Shop", ME)
    now = int(time.time())
    with env.db:  # what a balance refresh leaves in the cache (mainnet nodes are not reachable)
        env.db.execute(
            "INSERT INTO balances VALUES ('bsc', ?, '', ?, 9, ?)", (ME, str(BNB_UNITS), now)
        )
        env.db.execute(
            "INSERT INTO balances VALUES ('bsc', ?, ?, ?, 9, ?)",
            (ME, KGST, str(1500 * 10**18), now),
        )
    server = PriceServer()
    env.prices.set_urls("binance", [server.url])
    env.prices.set_urls("nbkr", [server.url])
    controller = AppController(
        data_dir, AppSettings(data_dir), make_env=lambda m: env, go_online=False
    )
    window = controller.window
    qtbot.addWidget(window)
    yield env, window, server, controller
    server.stop()
    controller.shutdown()


def _row(window, symbol):
    t = window.table
    return next(r for r in range(t.rowCount()) if t.item(r, 1).text() == symbol)


def _cell(window, symbol, col):
    return window.table.item(_row(window, symbol), col)


def _prices_refreshed(qtbot, window):
    window.refresh_prices()
    qtbot.waitUntil(lambda: not window.refreshing_prices, timeout=20_000)


def test_values_and_total_then_offline_cached_with_their_age(qtbot, home):
    env, window, server, _ = home
    # before any price: KGST at its peg, BNB without a value
    assert _cell(window, "KGST", COL_VALUE).text() == "≈ 1,500.00 som"
    assert _cell(window, "BNB", COL_VALUE).text() == ""
    assert window.balances.total_label.text() == "Total ≈ 1,500.00 som"
    assert "no price known yet for BNB" in window.balances.prices_label.text()

    _prices_refreshed(qtbot, window)
    bnb_value = "≈ 535,456,254.90 som"  # 9,999.998224022… × 612.3 USD × 87.45 som
    assert _cell(window, "BNB", COL_VALUE).text() == bnb_value
    assert (
        "Binance + National Bank of the Kyrgyz Republic, just now"
        in _cell(window, "BNB", COL_VALUE).toolTip()
    )
    assert window.balances.total_label.text() == "Total ≈ 535,457,754.90 som"
    assert window.balances.prices_label.text() == "prices and rates updated just now"

    server.stop()
    with env.db:  # ten minutes pass
        env.db.execute("UPDATE prices SET fetched_at = fetched_at - 600")
    _prices_refreshed(qtbot, window)
    assert _cell(window, "BNB", COL_VALUE).text() == bnb_value  # the last known value
    assert window.balances.prices_label.text() == "prices and rates updated 10 min ago"


def test_gas_coin_is_shortened_and_copied_exactly(qtbot, home):
    _env, window, _server, _ = home
    item = _cell(window, "BNB", COL_BALANCE)
    assert item.text() == "9,999.998224"
    assert item.toolTip() == "9999.998224022232216912 BNB"
    assert _cell(window, "KGST", COL_BALANCE).text() == "1,500"  # tokens: their own precision
    window.tabs.setCurrentIndex(0)
    window.table.setFocus()
    window.table.setCurrentCell(_row(window, "BNB"), COL_BALANCE)
    QTest.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "9999.998224022232216912"


def test_currency_chosen_in_settings_values_the_window_in_it(qtbot, home, data_dir):
    _env, window, _server, controller = home
    _prices_refreshed(qtbot, window)
    dialog = controller.show_settings()
    qtbot.addWidget(dialog)
    box = dialog.currency_box
    box.setFocus()
    while box.currentData() != "USD":
        QTest.keyClick(box, Qt.Key.Key_Down)
    assert AppSettings(data_dir).currency == "USD"
    assert _cell(window, "KGST", COL_VALUE).text() == "≈ 17.15 USD"  # 1,500 / 87.45
    assert _cell(window, "BNB", COL_VALUE).text() == "≈ 6,122,998.91 USD"


def test_a_fee_reads_in_money_first(qtbot, home):
    from wallet.gui.balances_view import fee_text

    env, window, _server, _ = home
    bsc = env.registry.network("bsc")
    assert fee_text(env, bsc, 116_000_000_000_000) == "0.000116 BNB"  # no price yet: none made up
    _prices_refreshed(qtbot, window)
    # 0.000116 BNB × 612.3 USD × 87.45 som = 6.2113…
    assert fee_text(env, bsc, 116_000_000_000_000) == "≈ 6.21 som (0.000116 BNB)"
    assert fee_text(env, bsc, 116_000_000_000_000, "USD") == "≈ 0.07 USD (0.000116 BNB)"


def test_a_tron_transfer_says_what_it_burns_in_trx_and_money_and_why(qtbot, home):
    from wallet.gui.balances_view import tron_burn_text

    env, window, _server, _ = home
    _prices_refreshed(qtbot, window)
    tron = env.registry.network("tron")
    used = {"energy": 64_285, "bandwidth": 345, "account_creation_fee": 0}
    staked = tron_burn_text(env, tron, {**used, "energy_burn": 0, "net_burn": 0})
    assert staked == "paid with your energy: 0 TRX burned"
    trx = {"energy": 0, "bandwidth": 268, "account_creation_fee": 0}
    free = tron_burn_text(env, tron, {**trx, "energy_burn": 0, "net_burn": 0})
    assert free.startswith("burns nothing: the 0 energy and 268 bandwidth it needs")
    # 6.4285 TRX for energy + 0.345 TRX for bandwidth = 6.7735 TRX × 0.25 USD × 87.45 som
    paid = tron_burn_text(
        env,
        tron,
        {**used, "energy_burn": 6_428_500, "net_burn": 345_000, "account_creation_fee": 1_100_000},
    )
    assert paid.startswith("burns ≈ 148.09 som (6.7735 TRX): it needs 64,285 energy")
    assert paid.endswith("; and ≈ 24.05 som (1.1 TRX) to activate the recipient's new account")


def test_the_status_line_follows_a_language_switch(qtbot, home, language):  # noqa: F811
    from PySide6.QtCore import QCoreApplication

    _env, window, _server, _ = home
    window.get_test_funds()  # not on mainnet: the status line says why
    assert window.status.currentMessage() == "The devnet is not running"
    language("ru")
    expected = QCoreApplication.translate("MainWindow", "The devnet is not running")
    assert expected != "The devnet is not running"
    assert window.status.currentMessage() == expected
