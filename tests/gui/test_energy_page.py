"""The "Tron energy" page against the real devnode and Secret Service: the advice in money, a
stake reviewed and confirmed with Enter (password once), a refusal shown before any signature,
and the send dialog's review saying the energy pays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.tron.conftest import NET, PW
from wallet.gui.energy_page import EnergyPage
from wallet.gui.main_window import MainWindow
from wallet.gui.send_dialog import SendDialog
from wallet.gui.unlock import PasswordDialog

NEVER_SEEN = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"


def _page(qtbot, env, account):
    page = EnergyPage(env, account)
    qtbot.addWidget(page)
    page.show()
    page.network_box.setCurrentIndex([n.id for n in page.networks].index(NET))
    qtbot.waitUntil(
        lambda: page.overview is not None and page.overview.network_id == NET, timeout=30_000
    )
    return page


def _choose(page, action):
    page.action_box.setCurrentIndex(page.action_box.findData(action))


def _type(page, widget, text):
    widget.setFocus()
    widget.clear()
    QTest.keyClicks(widget, text)


def test_stake_with_enter_then_a_usdkg_send_is_paid_with_energy(qtbot, tron_world, idle_workers):
    w = tron_world
    page = _page(qtbot, w.env, w.account(1))
    assert "Stake about" in page.advice.text() and "one USDKG transfer a day" in page.advice.text()
    stake = page.overview.more_to_stake()
    assert stake and f"{stake // 10**6:,}" in page.advice.text()

    _choose(page, "stake")
    _type(page, page.amount, str(stake // 10**6))
    QTest.keyClick(page.amount, Qt.Key.Key_Return)  # review
    qtbot.waitUntil(lambda: page.quote is not None, timeout=30_000)
    assert "Stake" in page.review_text.text() and "burns at most" in page.review_text.text()
    w.env.keys.lock()
    QTest.keyClick(page, Qt.Key.Key_Return)  # confirm
    qtbot.waitUntil(lambda: page.findChild(PasswordDialog) is not None, timeout=5_000)
    prompt = page.findChild(PasswordDialog)
    prompt.password.setText(PW)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Sent: transaction"), timeout=30_000)
    qtbot.waitUntil(lambda: page.overview.staked["energy"] == stake, timeout=30_000)
    assert "Your stake already covers it." in page.advice.text()

    dialog = SendDialog(w.env, w.account(1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(NET))
    dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index("USDKG"))
    dialog.recipient_edit.setText(w.account(2).tron_address)
    dialog.amount_edit.setText("1")
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    assert (
        dialog.review_values["resources"].text().startswith("paid with your energy: 0 TRX burned")
    )


def test_lending_to_an_unactivated_address_is_refused_on_the_page(qtbot, tron_world, idle_workers):
    w = tron_world
    page = _page(qtbot, w.env, w.account(2))
    journal = len(w.env.sender.journal.all())
    _choose(page, "lend")
    assert page.receiver.isVisible()
    _type(page, page.amount, "5")
    _type(page, page.receiver, NEVER_SEEN)
    QTest.keyClick(page.receiver, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "has never been activated" in page.message.text(), timeout=30_000)
    assert page.quote is None and not page.confirm_button.isEnabled()
    assert len(w.env.sender.journal.all()) == journal


def test_main_window_opens_the_energy_page(qtbot, tron_world, idle_workers):
    window = MainWindow(tron_world.env)
    qtbot.addWidget(window)
    window.show()
    assert window.energy_button.isVisible() and window.energy_button.text() == "Tron energy"
    page = window.open_energy()
    qtbot.addWidget(page)
    assert isinstance(page, EnergyPage) and page.account == window.current_account()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=30_000)


def test_the_pending_tab_names_staking_transactions(qtbot, tron_world, idle_workers):
    from wallet.gui.pending_tab import PendingTab
    from wallet.services.staking import StakeRequest

    w = tron_world
    w.env.keys.unlock(w.account(3).wallet_id, PW)
    quote = w.env.staking.quote(StakeRequest(w.account(3), NET, "stake", 2 * 10**6))
    entry = w.env.staking.send(quote)
    tab = PendingTab(w.env)
    qtbot.addWidget(tab)
    tab.set_account(w.account(3))
    tab.show()

    def kinds():
        t = tab.table
        return {t.item(r, 4).text(): t.item(r, 1).text() for r in range(t.rowCount())}

    qtbot.waitUntil(lambda: entry.txid in kinds(), timeout=10_000)
    assert kinds()[entry.txid] == "Stake for energy"
