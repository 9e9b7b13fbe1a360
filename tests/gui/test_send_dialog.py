"""The send dialog against a real anvil (EVM) and the Tron devnode, with the real Secret Service:
checks as the user types, refusals and warnings shown in the dialog, review, password, one send
per click, progress to confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.evm.conftest import NET, PW
from tests.tron.conftest import NET as TRON_NET
from wallet.core.amounts import parse_amount
from wallet.core.uris import build_eip681
from wallet.gui.send_dialog import SendDialog
from wallet.gui.unlock import PasswordDialog

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
STRANGER = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"


def _dialog(qtbot, env, account, link=""):
    dialog = SendDialog(env, account, link=link)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog, network_id, symbol):
    dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(network_id))
    dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index(symbol))


def _fill(qtbot, dialog, to, amount):
    dialog.recipient_edit.setText(to)
    dialog.amount_edit.setText(amount)
    qtbot.mouseClick(dialog.review_button, Qt.LeftButton)


def _review(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)


def _refused(qtbot, dialog, text):
    def shown():
        assert text in dialog.form_error.text(), dialog.form_error.text()

    qtbot.waitUntil(shown, timeout=30_000)
    assert dialog.pages.currentIndex() == 0


def _unlock(qtbot, dialog, password=PW):
    qtbot.waitUntil(lambda: dialog.findChild(PasswordDialog) is not None, timeout=5_000)
    prompt = dialog.findChild(PasswordDialog)
    prompt.password.setText(password)
    qtbot.mouseClick(prompt.ok_button, Qt.LeftButton)
    return prompt


def test_send_kgst_review_password_once_and_confirmed(qtbot, world):
    kgst = world.tokens.kgst
    before = kgst.functions.balanceOf(RECIPIENT).call()
    world.env.keys.lock()
    dialog = _dialog(qtbot, world.env, world.account(1))
    _choose(dialog, NET, "KGST")
    dialog.recipient_edit.setText(RECIPIENT.lower())
    assert "Valid" in dialog.recipient_note.text()
    _fill(qtbot, dialog, RECIPIENT.lower(), "25")
    _review(qtbot, dialog)
    values = {k: v.text() for k, v in dialog.review_values.items()}
    assert values["to"] == RECIPIENT  # the full, checksummed address
    assert values["amount"] == "25 KGST"
    assert "tBNB" in values["fee"] and "at most" in values["fee"]
    assert [c.text() for c in dialog.warning_checks] == [
        "you have never paid this address before; check it with the recipient"
    ]
    assert not dialog.send_button.isEnabled()  # the warning must be ticked first
    dialog.warning_checks[0].setChecked(True)
    assert dialog.send_button.isEnabled()
    qtbot.mouseDClick(dialog.send_button, Qt.LeftButton)  # a double click …
    dialog.confirm_send()  # … and one more call: still one password prompt, one transfer
    assert len(dialog.findChildren(PasswordDialog)) == 1
    _unlock(qtbot, dialog, "wrong password")
    prompt = dialog.findChild(PasswordDialog)
    qtbot.waitUntil(lambda: prompt.ok_button.isEnabled(), timeout=10_000)
    assert "wrong" in prompt.error.text()
    assert prompt.isVisible() and dialog.pages.currentIndex() == 1
    _unlock(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
    assert "waiting for confirmation" in dialog.progress_label.text()
    world.mine(3)
    qtbot.waitUntil(lambda: "Confirmed in block" in dialog.progress_label.text(), timeout=30_000)
    assert kgst.functions.balanceOf(RECIPIENT).call() - before == 25 * 10**18


def test_refusals_appear_in_the_dialog(qtbot, world):
    issuer, kgst = world.tokens.issuer, world.tokens.kgst
    dialog = _dialog(qtbot, world.env, world.account(1))
    _choose(dialog, NET, "KGST")
    dialog.recipient_edit.setText("TPL66VK2gCXNCD7EJg9pgJRfqcRazjhUZY")
    assert "Tron" in dialog.recipient_note.text()
    dialog.recipient_edit.setText(RECIPIENT[:-1] + "X")
    assert "character" in dialog.recipient_note.text()
    dialog.amount_edit.setText("1e6")
    assert "exponent" in dialog.amount_note.text()
    dialog.amount_edit.setText("1.0000000000000000001")
    assert "18 decimal places" in dialog.amount_note.text()
    _fill(qtbot, dialog, RECIPIENT, "2000000")
    _refused(qtbot, dialog, "you are sending 2,000,000 KGST but this account has 1,000,000 KGST")
    _fill(qtbot, dialog, world.kgst.contract, "1")
    _refused(qtbot, dialog, "contract's own address")
    kgst.functions.pause().transact({"from": issuer})
    _fill(qtbot, dialog, RECIPIENT, "1")
    _refused(qtbot, dialog, "the issuer has paused KGST")
    kgst.functions.unpause().transact({"from": issuer})
    kgst.functions.freeze(RECIPIENT).transact({"from": issuer})
    _fill(qtbot, dialog, RECIPIENT, "1")
    _refused(qtbot, dialog, "recipient's address is frozen by the issuer of KGST")
    # an account with tokens and no gas coin (a new account of anvil's mnemonic, its BNB zeroed)
    empty = world.env.accounts.add_account(world.account(1).wallet_id)
    kgst.functions.mint(empty.evm_address, 10**18).transact({"from": issuer})
    world.anvil.w3.provider.make_request("anvil_setBalance", [empty.evm_address, "0x0"])
    dialog = _dialog(qtbot, world.env, empty)
    _choose(dialog, NET, "KGST")
    _fill(qtbot, dialog, STRANGER, "1")
    _refused(qtbot, dialog, "for the network fee; you have 0 tBNB")


def test_warnings_are_shown_and_lookalike_characters_marked(qtbot, world):
    issuer = world.tokens.issuer
    world.env.address_book.add(NET, STRANGER, "Mom")
    lookalike = STRANGER[:6] + "0" * 32 + STRANGER[-4:]
    world.tokens.usdkg.functions.addBlackList(RECIPIENT).transact({"from": issuer})
    dialog = _dialog(qtbot, world.env, world.account(1))
    _choose(dialog, NET, "USDKG")
    _fill(qtbot, dialog, RECIPIENT, "1")
    _review(qtbot, dialog)
    texts = " | ".join(c.text() for c in dialog.warning_checks)
    assert "blacklisted by the issuer of USDKG" in texts and "never paid" in texts
    dialog.back()
    _choose(dialog, NET, "tBNB")
    _fill(qtbot, dialog, lookalike.lower(), "0.001")
    _review(qtbot, dialog)
    assert "looks like Mom" in " ".join(c.text() for c in dialog.warning_checks)
    shown = dialog.review_values["to"].text()
    assert (
        shown.lower().startswith(STRANGER[:6].lower()) and "<u>" in shown
    )  # the differing characters marked
    assert "differ" in dialog.known_note.text()
    dialog.back()
    _choose(dialog, NET, "KGST")
    _fill(qtbot, dialog, world.usdkg.contract, "1")
    _review(qtbot, dialog)
    assert "smart contract" in " ".join(c.text() for c in dialog.warning_checks)
    # by contact name: no warning at all
    dialog.back()
    _fill(qtbot, dialog, "mom", "1")
    assert "Contact: Mom" in dialog.recipient_note.text()
    _review(qtbot, dialog)
    assert dialog.warning_checks == [] and dialog.send_button.isEnabled()


def test_payment_link_fills_the_form_and_max_leaves_the_fee(qtbot, world):
    dialog = _dialog(qtbot, world.env, world.account(2))
    link = build_eip681(RECIPIENT, 97, token=world.kgst.contract, amount_units=15 * 10**17)
    dialog.recipient_edit.setText(link)
    assert dialog.network().id == NET and dialog.asset()[1] == "KGST"
    assert dialog.amount_edit.text() == "1.5" and dialog.recipient_edit.text() == RECIPIENT
    _choose(dialog, NET, "tBNB")
    qtbot.mouseClick(dialog.max_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.amount_edit.text() != "1.5", timeout=30_000)
    units = parse_amount(dialog.amount_edit.text(), 18)
    assert 9_999 * 10**18 < units < 10_000 * 10**18  # the balance less the fee


def test_watch_only_cannot_send(qtbot, world):
    watch = world.env.accounts.add_watch_only("Till", STRANGER)
    acct = world.env.accounts.accounts(watch.id)[0]
    dialog = _dialog(qtbot, world.env, acct)
    assert "watch-only account" in dialog.form_error.text()
    assert not dialog.review_button.isEnabled() and not dialog.form.isEnabled()


def test_tron_usdkg_shows_energy_and_bandwidth_and_confirms(qtbot, tron_world):
    to = tron_world.node.accounts[3][0]
    tron_world.env.keys.lock()
    dialog = _dialog(qtbot, tron_world.env, tron_world.account(1))
    _choose(dialog, TRON_NET, "USDKG")
    assert not dialog.speed_box.isVisible()  # no fee market on Tron
    _fill(qtbot, dialog, to, "12.5")
    _review(qtbot, dialog)
    resources = dialog.review_values["resources"].text()
    assert "energy" in resources and "bandwidth" in resources
    assert resources.startswith("burns ") and "TRX" in resources  # what it burns, and why
    assert dialog.review_values["amount"].text() == "12.5 USDKG"
    for check in dialog.warning_checks:
        check.setChecked(True)
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    _unlock(qtbot, dialog)
    qtbot.waitUntil(lambda: "Confirmed in block" in dialog.progress_label.text(), timeout=60_000)
