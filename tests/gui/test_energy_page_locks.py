"""The "Tron energy" page with bandwidth from staked TRX and a locked loan, against the real
devnode: keys pressed as a user would, the plain explanation of the lock, and the refusal with
its date before any signature."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_energy_page import _choose, _page, _type
from tests.tron.conftest import PW
from wallet.services.staking import utc_text


def _ms(utc: str) -> int:
    """ "2026-12-09 07:30 UTC" (as utc_text writes it) in ms."""
    when = datetime.datetime.strptime(utc, "%Y-%m-%d %H:%M UTC").replace(tzinfo=datetime.UTC)
    return int(when.timestamp() * 1000)


def _review_and_confirm(qtbot, page):
    QTest.keyClick(page.amount, Qt.Key.Key_Return)  # review
    qtbot.waitUntil(lambda: page.quote is not None, timeout=30_000)
    review = page.review_text.text()
    QTest.keyClick(page, Qt.Key.Key_Return)  # confirm (the wallet is unlocked)
    qtbot.waitUntil(lambda: page.message.text().startswith("Sent: transaction"), timeout=30_000)
    return review


def test_bandwidth_stake_and_a_locked_loan_on_the_page(qtbot, tron_world, idle_workers):
    w = tron_world
    w.env.keys.unlock(w.account(3).wallet_id, PW)
    family = w.account(2).tron_address
    page = _page(qtbot, w.env, w.account(3))
    assert "0 of 0 bytes from staked TRX" in page.bandwidth.text()

    _choose(page, "stake_bandwidth")
    _type(page, page.amount, "20000")
    assert "Stake 20,000 TRX for bandwidth." in _review_and_confirm(qtbot, page)
    qtbot.waitUntil(lambda: page.overview.net_limit > 0, timeout=30_000)
    assert f"of {page.overview.net_limit:,} bytes from staked TRX" in page.bandwidth.text()

    _choose(page, "stake")
    _type(page, page.amount, "2000")
    _review_and_confirm(qtbot, page)
    qtbot.waitUntil(lambda: page.overview.lendable == 2_000 * 10**6, timeout=30_000)

    _choose(page, "lend")
    assert page.lock_days.isVisible() and page.lock_days.maximum() == 30
    _type(page, page.amount, "1000")
    _type(page, page.receiver, family)
    page.lock_days.setFocus()
    page.lock_days.selectAll()
    QTest.keyClicks(page.lock_days, "7")
    assert page.lock_days.value() == 7
    review = _review_and_confirm(qtbot, page)
    until = page.overview.now_ms  # refreshed after the send; the lock's date is in the review
    explained = "Locked for 7 days: your family can count on it for 7 days; you cannot take it"
    assert explained + " back before " in review
    qtbot.waitUntil(lambda: bool(page.overview.loans), timeout=30_000)
    (loan,) = page.overview.loans
    date = utc_text(loan.locked_until_ms)
    # the review counted the lock from the next 3-s slot: the chain's date, or the minute next
    # to it when the block came sooner (the devnode's) or later across a minute's turn
    said = re.search(r"take it back before (\S+ \S+ UTC)", review).group(1)
    assert abs(_ms(said) - _ms(date)) <= 60_000 and loan.locked_until_ms > until
    assert f"you cannot take it back before {date}" in page.lending.text()

    journal = len(w.env.sender.journal.all())
    _choose(page, "reclaim")
    assert not page.lock_days.isVisible()
    _type(page, page.amount, "1000")
    _type(page, page.receiver, family)
    QTest.keyClick(page.receiver, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "is locked until" in page.message.text(), timeout=30_000)
    assert date in page.message.text() and page.quote is None
    assert len(w.env.sender.journal.all()) == journal  # refused before any signature
