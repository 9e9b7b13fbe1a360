"""Pending: the account's sent transactions from the journal — pending ones, and those that
reached a final state in the last day — with their status followed on a worker every few
seconds while any is pending. An EVM transfer still pending can be sped up or cancelled
(a replacement with the same nonce and a higher fee; ``Sender.replacement_quote``/``replace``,
as ``kapchyk tx speedup|cancel`` does): the new fee is shown, the password asked, then it is
signed and sent on a worker.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wallet.core.errors import KapchykError
from wallet.core.wallets import Account
from wallet.gui.i18n import Retranslatable, amount_text
from wallet.gui.tab_jobs import run_tab_job
from wallet.gui.table_items import plain_item
from wallet.gui.unlock import ensure_unlocked
from wallet.gui.workers import error_text, message_text
from wallet.services.environment import Environment
from wallet.services.journal import JournalEntry

REFRESH_MS = 3000
RECENT_S = 24 * 3600  # final transactions stay listed this long
ERROR_STYLE = "color:#b00020"


@dataclass(frozen=True)
class PendingRow:
    entry: JournalEntry
    network_name: str
    network_kind: str
    symbol: str
    decimals: int


def account_entries(env: Environment, account: Account, now: float) -> list[PendingRow]:
    """The account's journal entries to list, newest first (reads SQLite: run on a worker)."""
    mine = {a for a in (account.evm_address, account.tron_address) if a}
    rows = []
    for e in reversed(env.sender.journal.all()):
        if e.sender not in mine or not (e.pending or now - e.updated_at < RECENT_S):
            continue
        net = env.registry.network(e.network_id)
        token = next((t for t in env.registry.tokens(net.id) if t.contract == e.asset), None)
        symbol, decimals = (
            (token.symbol, token.decimals) if token else (net.native.symbol, net.native.decimals)
        )
        rows.append(PendingRow(e, net.name, net.kind, symbol, decimals))
    return rows


def follow_entries(env: Environment, account: Account) -> list[str]:
    """Ask the nodes about the account's pending entries; the names of networks not reached."""
    mine = {a for a in (account.evm_address, account.tron_address) if a}
    sender, failed = env.sender, []
    for e in sender.journal.pending():
        if e.sender not in mine:
            continue
        try:
            sender.refresh(e)
        except KapchykError:
            name = env.registry.network(e.network_id).name
            if name not in failed:
                failed.append(name)
    return failed


class PendingTab(Retranslatable, QWidget):
    """``changed()`` is emitted when an entry reaches a final state (history may have news)."""

    changed = Signal()

    def __init__(self, env: Environment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.account: Account | None = None
        self.rows: list[PendingRow] = []
        self.busy = False
        self.replace_dialog: ReplaceDialog | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.speedup_button = QPushButton(self)
        self.speedup_button.clicked.connect(lambda: self.replace_selected(cancel=False))
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(lambda: self.replace_selected(cancel=True))
        buttons.addWidget(self.speedup_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_now)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Pending")

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Type"),
                self.tr("Network"),
                self.tr("Amount"),
                self.tr("Transaction"),
                self.tr("Age"),
            ]
        )
        self.speedup_button.setText(self.tr("Speed up"))
        self.cancel_button.setText(self.tr("Cancel transaction"))
        self._fill()

    # ---------------------------------------------------------------- texts
    def status_text(self, entry: JournalEntry) -> str:
        return {
            "signed": self.tr("Signed, not sent yet"),
            "broadcast": self.tr("Pending"),
            "confirmed": self.tr("Confirmed"),
            "failed": self.tr("Failed"),
            "dropped": self.tr("Dropped"),
            "replaced": self.tr("Replaced"),
        }.get(entry.status, entry.status)

    def kind_text(self, entry: JournalEntry) -> str:
        return {
            "speedup": self.tr("Speed-up"),
            "cancel": self.tr("Cancellation"),
            "stake": self.tr("Stake for energy"),
            "unstake": self.tr("Unstake"),
            "withdraw_unstaked": self.tr("Withdraw unstaked TRX"),
            "cancel_unstakes": self.tr("Cancel unstakes"),
            "lend": self.tr("Lend energy"),
            "reclaim": self.tr("Take back energy"),
        }.get(entry.kind, self.tr("Transfer"))

    def age_text(self, seconds: float) -> str:
        s = max(int(seconds), 0)
        if s < 60:
            return self.tr("{n} s").format(n=s)
        if s < 3600:
            return self.tr("{n} min").format(n=s // 60)
        if s < 86400:
            return self.tr("{n} h").format(n=s // 3600)
        return self.tr("{n} d").format(n=s // 86400)

    # ---------------------------------------------------------------- load
    def set_account(self, account: Account | None) -> None:
        self.account = account
        self.rows = []
        self._fill()
        self.load()

    def load(self) -> None:
        """Re-read the journal for the current account (on a worker)."""
        self._generation += 1
        generation, account, env = self._generation, self.account, self.env
        if account is None:
            self.timer.stop()
            return
        run_tab_job(
            self,
            lambda: account_entries(env, account, time.time()),
            lambda rows: self._loaded(generation, rows),
            lambda exc: self._show(error_text(exc), error=True),
        )

    def refresh_now(self) -> None:
        """Follow the pending entries on the nodes (on a worker), then re-read the journal."""
        account, env = self.account, self.env
        if account is None or self.busy:
            return
        self.busy = True
        self._generation += 1
        generation = self._generation

        def work() -> tuple[list[str], list[PendingRow]]:
            failed = follow_entries(env, account)
            return failed, account_entries(env, account, time.time())

        def done(result: tuple[list[str], list[PendingRow]]) -> None:
            self.busy = False
            failed, rows = result
            if failed:
                self._show(
                    self.tr("Could not reach {networks}; will try again").format(
                        networks=", ".join(failed)
                    ),
                    error=True,
                )
            elif self.status.styleSheet() == ERROR_STYLE:
                self._show("")
            self._loaded(generation, rows)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._show(error_text(exc), error=True)

        run_tab_job(self, work, done, failed)

    def _loaded(self, generation: int, rows: list[PendingRow]) -> None:
        if generation != self._generation:
            return
        was_pending = {r.entry.id for r in self.rows if r.entry.pending}
        now_final = [r for r in rows if r.entry.id in was_pending and not r.entry.pending]
        selected = self.selected()
        self.rows = rows
        self._fill()
        if selected is not None:
            self.select(selected.entry.id)
        if any(r.entry.pending for r in rows):
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
        if now_final:
            self.changed.emit()

    def _fill(self) -> None:
        now = time.time()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            e = r.entry
            amount = f"{amount_text(e.amount, r.decimals)} {r.symbol}"
            texts = (
                self.status_text(e),
                self.kind_text(e),
                r.network_name,
                amount,
                e.txid,
                self.age_text(now - e.created_at),
            )
            for col, text in enumerate(texts):
                item = plain_item(text)
                if col == 0 and e.reason:
                    item.setToolTip(message_text(e.reason))
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)
        self._selection_changed()

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # ---------------------------------------------------------------- selection
    def selected(self) -> PendingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select(self, entry_id: int) -> None:
        for i, r in enumerate(self.rows):
            if r.entry.id == entry_id:
                self.table.selectRow(i)
                return

    def why_not_replace(self, row: PendingRow | None) -> str:
        """Why the selected entry cannot be sped up or cancelled ("" when it can)."""
        if row is None:
            return self.tr("Choose a pending transaction first")
        if self.account is not None and self.account.watch_only:
            return self.tr("A watch-only account cannot sign, so it cannot replace a transaction")
        if row.network_kind == "tron" or row.entry.nonce is None:
            return self.tr(
                "Tron transactions cannot be sped up or cancelled; they confirm or expire "
                "within about a minute"
            )
        if not row.entry.pending:
            return self.tr("Only a pending transaction can be sped up or cancelled")
        return ""

    def _selection_changed(self) -> None:
        why = self.why_not_replace(self.selected())
        for button in (self.speedup_button, self.cancel_button):
            button.setEnabled(not why and self.replace_dialog is None)
            button.setToolTip(why)

    # ---------------------------------------------------------------- speed up / cancel
    def replace_selected(self, *, cancel: bool) -> None:
        row, account = self.selected(), self.account
        if self.why_not_replace(row) or account is None or self.replace_dialog is not None:
            return
        entry, sender = row.entry, self.env.sender
        self.speedup_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self._show(self.tr("Working out the new fee…"))

        def done(quote: object) -> None:
            self._show("")
            dialog = ReplaceDialog(self.env, account, entry, quote, cancel, self)
            dialog.replaced.connect(self._replaced)
            dialog.finished.connect(self._dialog_closed)
            self.replace_dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            self._show(error_text(exc), error=True)
            self._selection_changed()

        run_tab_job(
            self,
            lambda: sender.replacement_quote(str(entry.id), account, cancel=cancel),
            done,
            failed,
        )

    def _dialog_closed(self) -> None:
        self.replace_dialog = None
        self._selection_changed()

    def _replaced(self, entry: JournalEntry) -> None:
        if entry.status == "failed":
            self._show(
                self.tr("The replacement failed: {reason}").format(
                    reason=message_text(entry.reason)
                ),
                error=True,
            )
        else:
            self._show(self.tr("Replacement sent: {txid}").format(txid=entry.txid))
        self.load()


class ReplaceDialog(Retranslatable, QDialog):
    """Shows the replacement's fee; on confirm, unlocks and sends it once (on a worker).
    ``replaced(entry)`` carries the new journal entry."""

    replaced = Signal(object)

    def __init__(
        self,
        env: Environment,
        account: Account,
        original: JournalEntry,
        quote: object,
        cancel: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.account = account
        self.original = original
        self.quote = quote
        self.cancel = cancel
        self.busy = False
        self.setModal(True)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.explain = QLabel(self)
        self.fee = QLabel(self)
        self.error = QLabel(self)
        for label in (self.explain, self.fee, self.error):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.fee.setStyleSheet("font-weight:bold")
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.reject)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        q, nat = self.quote, self.quote.network.native
        if self.cancel:
            self.setWindowTitle(self.tr("Cancel transaction"))
            self.explain.setText(
                self.tr(
                    "A zero-value transfer to yourself with the same nonce and a higher fee "
                    "replaces {txid}. If it is mined first, the original transfer never happens."
                ).format(txid=self.original.txid)
            )
            self.confirm_button.setText(self.tr("Cancel the transfer"))
        else:
            self.setWindowTitle(self.tr("Speed up transaction"))
            self.explain.setText(
                self.tr(
                    "The same transfer is sent again with the same nonce and a higher fee; it "
                    "replaces {txid}."
                ).format(txid=self.original.txid)
            )
            self.confirm_button.setText(self.tr("Speed up"))
        self.fee.setText(
            self.tr("New network fee: at most {fee} {symbol}").format(
                fee=amount_text(q.fee_max, nat.decimals), symbol=nat.symbol
            )
        )
        self.back_button.setText(self.tr("Keep waiting"))

    def confirm(self) -> None:
        if self.busy or self.quote.sent:
            return
        self.busy = True
        self.confirm_button.setEnabled(False)
        self.back_button.setEnabled(False)
        label = self.account.label
        with contextlib.suppress(KapchykError):
            label = self.env.accounts.wallet(self.account.wallet_id).label
        ensure_unlocked(
            self,
            self.env,
            self.account.wallet_id,
            label,
            self._sign,
            on_cancel=self._unlock_cancelled,
        )

    def _unlock_cancelled(self) -> None:
        self.busy = False
        self.confirm_button.setEnabled(True)
        self.back_button.setEnabled(True)

    def _sign(self) -> None:
        sender, quote, original, cancel = self.env.sender, self.quote, self.original, self.cancel
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Signing and sending…"))
        run_tab_job(
            self, lambda: sender.replace(quote, original, cancel=cancel), self._done, self._failed
        )

    def _done(self, entry: JournalEntry) -> None:
        self.busy = False
        self.replaced.emit(entry)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.back_button.setEnabled(True)
        self.confirm_button.setEnabled(not self.quote.sent)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText(error_text(exc))
