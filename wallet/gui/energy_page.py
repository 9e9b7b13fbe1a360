"""The "Tron energy" page of one Tron account: staked TRX, energy, unstakes, lending — and the
number that decides it: about how much TRX to stake for one USDKG transfer a day without
burning TRX.

A view over ``services/staking.py``: reading and quoting run on workers; an action is
reviewed (its exact transaction, bandwidth fee, unstake date) before it is signed, and the
wallet is unlocked only then. Enter reviews, Enter again confirms; while a step waits on a
worker, input is ignored. Node text is always shown as plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from wallet.core.amounts import format_amount, parse_amount
from wallet.core.errors import KapchykError
from wallet.core.wallets import Account
from wallet.gui.i18n import Retranslatable
from wallet.gui.tab_jobs import run_tab_job
from wallet.gui.unlock import ensure_unlocked
from wallet.gui.workers import error_text
from wallet.services.environment import Environment
from wallet.services.staking import (
    EnergyOverview,
    StakeQuote,
    StakeRequest,
    trx_text,
    utc_text,
)

ERROR_STYLE = "color: #b00020;"
ACTIONS = ("stake", "unstake", "withdraw", "cancel", "lend", "reclaim")
WITH_AMOUNT = {"stake", "unstake", "lend", "reclaim"}
WITH_RECEIVER = {"lend", "reclaim"}


def _plain(parent: Any) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EnergyPage(Retranslatable, QDialog):
    """Stake TRX for energy and lend it, for one account on the mode's Tron networks."""

    def __init__(self, env: Environment, account: Account, parent: Any = None) -> None:
        super().__init__(parent)
        self.env = env
        self.account = account
        self.networks = [n for n in env.registry.networks if n.kind == "tron"]
        self.overview: EnergyOverview | None = None
        self.quote: StakeQuote | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.network_label = QLabel(self)
        self.network_box = QComboBox(self)
        for n in self.networks:
            self.network_box.addItem(n.name)
        self.network_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(lambda: self.reload())
        top.addWidget(self.network_label)
        top.addWidget(self.network_box, 1)
        top.addWidget(self.reload_button)
        layout.addLayout(top)
        self.address = _plain(self)
        self.energy = _plain(self)
        self.advice = _plain(self)
        self.advice.setStyleSheet("font-weight: bold;")
        self.stakes = _plain(self)
        self.lending = _plain(self)
        self.unstaking = _plain(self)
        for w in (
            self.address,
            self.energy,
            self.advice,
            self.stakes,
            self.lending,
            self.unstaking,
        ):
            layout.addWidget(w)
        form = QFormLayout()
        self.action_label, self.amount_label, self.receiver_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.action_box = QComboBox(self)
        self.action_box.currentIndexChanged.connect(self._action_changed)
        self.amount = QLineEdit(self)
        self.amount.returnPressed.connect(self.review)
        self.receiver = QLineEdit(self)
        self.receiver.returnPressed.connect(self.review)
        self.amount.textEdited.connect(lambda _t: self._clear_quote())
        self.receiver.textEdited.connect(lambda _t: self._clear_quote())
        form.addRow(self.action_label, self.action_box)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.receiver_label, self.receiver)
        layout.addLayout(form)
        self.review_text = _plain(self)
        layout.addWidget(self.review_text)
        self.message = _plain(self)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.review_button = QPushButton(self)
        self.review_button.clicked.connect(self.review)
        self.confirm_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.confirm)
        self.confirm_button.setEnabled(False)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for b in (self.review_button, self.confirm_button, self.close_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.resize(640, 520)
        self.retranslate()
        self._action_changed()
        self.reload()

    # ---------------------------------------------------------------- texts
    def action_names(self) -> dict[str, str]:
        return {
            "stake": self.tr("Stake TRX for energy"),
            "unstake": self.tr("Unstake (TRX back after the wait)"),
            "withdraw": self.tr("Withdraw unstaked TRX"),
            "cancel": self.tr("Cancel waiting unstakes"),
            "lend": self.tr("Lend energy to another account"),
            "reclaim": self.tr("Take lent energy back"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tron energy — {label}").format(label=self.account.label))
        self.network_label.setText(self.tr("Network:"))
        self.reload_button.setText(self.tr("Reload"))
        self.action_label.setText(self.tr("Action:"))
        self.amount_label.setText(self.tr("Amount (TRX):"))
        self.receiver_label.setText(self.tr("Receiving account:"))
        self.receiver.setPlaceholderText(self.tr("T… address or contact name"))
        self.review_button.setText(self.tr("Review"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.close_button.setText(self.tr("Close"))
        current = self.action_box.currentIndex()
        self.action_box.blockSignals(True)
        self.action_box.clear()
        names = self.action_names()
        for a in ACTIONS:
            self.action_box.addItem(names[a], a)
        self.action_box.setCurrentIndex(max(current, 0))
        self.action_box.blockSignals(False)
        if self.overview is not None:
            self._show(self.overview)
        if self.quote is not None:
            self._show_quote(self.quote)

    # ---------------------------------------------------------------- reading
    @property
    def network_id(self) -> str | None:
        i = self.network_box.currentIndex()
        return self.networks[i].id if 0 <= i < len(self.networks) else None

    def reload(self, *, quiet: bool = False) -> None:
        net = self.network_id
        if net is None:
            self._error(self.tr("This network mode has no Tron network"))
            return
        if not quiet:  # after a send, its result stays in view
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Reading the account from the network…"))
        account, staking = self.account, self.env.staking
        run_tab_job(self, lambda: staking.overview(account, net), self._show, self._error_exc)

    def _show(self, ov: EnergyOverview) -> None:
        self.overview = ov
        if self.message.text() == self.tr("Reading the account from the network…"):
            self.message.setText("")
        self.address.setText(ov.address)
        self.energy.setText(
            self.tr(
                "Energy left today: {left} of {limit}. One staked TRX gives about {per} energy "
                "a day; used energy comes back over 24 hours."
            ).format(
                left=format_amount(ov.energy_left, 0),
                limit=format_amount(ov.energy_limit, 0),
                per=f"{ov.energy_per_trx:.2f}",
            )
        )
        more = ov.more_to_stake()
        daily = ov.stake_for_daily_transfers()
        if ov.transfer_energy is None or daily is None:
            self.advice.setText(
                self.tr("Hold some USDKG to see what a transfer costs in energy.")
                if ov.token_symbol
                else ""
            )
        else:
            text = self.tr(
                "One {symbol} transfer takes {energy} energy and burns {burn} TRX without it. "
                "Stake about {stake} TRX → one {symbol} transfer a day without burning TRX."
            ).format(
                symbol=ov.token_symbol,
                energy=format_amount(ov.transfer_energy, 0),
                burn=trx_text(ov.transfer_burn or 0),
                stake=trx_text(daily),
            )
            if ov.transfer_to_new_holder:
                text += " " + self.tr(
                    "(Estimated for a recipient who never held {symbol}; a transfer to a regular "
                    "payee takes less.)"
                ).format(symbol=ov.token_symbol)
            if more:
                text += " " + self.tr("That is {more} TRX more than you have staked.").format(
                    more=trx_text(more)
                )
            else:
                text += " " + self.tr("Your stake already covers it.")
            self.advice.setText(text)
        self.stakes.setText(
            self.tr(
                "Available: {balance} TRX. Staked for energy: {energy} TRX, for bandwidth: "
                "{bandwidth} TRX. Energy lent to you: {received} TRX."
            ).format(
                balance=trx_text(ov.balance),
                energy=trx_text(ov.staked.get("energy", 0)),
                bandwidth=trx_text(ov.staked.get("bandwidth", 0)),
                received=trx_text(ov.received),
            )
        )
        lines = [
            self.tr("Lending the energy of {trx} TRX to {address}").format(
                trx=trx_text(amount), address=to
            )
            for to, amount in ov.lent_to
        ]
        lines.append(self.tr("You can lend up to {trx} TRX now.").format(trx=trx_text(ov.lendable)))
        self.lending.setText("\n".join(lines))
        rows = []
        for u in ov.unstaking:
            if u.ready(ov.now_ms):
                rows.append(
                    self.tr("Unstaked {trx} TRX: ready to withdraw").format(trx=trx_text(u.amount))
                )
            else:
                rows.append(
                    self.tr("Unstaking {trx} TRX: withdrawable from {date}").format(
                        trx=trx_text(u.amount), date=utc_text(u.ready_at_ms)
                    )
                )
        self.unstaking.setText("\n".join(rows) or self.tr("No unstakes waiting."))

    # ---------------------------------------------------------------- actions
    @property
    def action(self) -> str:
        return str(self.action_box.currentData() or "stake")

    def _action_changed(self) -> None:
        a = self.action
        for w in (self.amount_label, self.amount):
            w.setVisible(a in WITH_AMOUNT)
        for w in (self.receiver_label, self.receiver):
            w.setVisible(a in WITH_RECEIVER)
        self._clear_quote()

    def _clear_quote(self) -> None:
        self.quote = None
        self.review_text.setText("")
        self.confirm_button.setEnabled(False)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.busy:
                self.review()  # with a reviewed quote, Enter confirms it
            return  # never fall through to a default button
        super().keyPressEvent(event)

    def review(self) -> None:
        if self.busy or self.network_id is None:
            return
        if self.quote is not None:
            self.confirm()
            return
        try:
            amount = (
                parse_amount(self.amount.text(), 6, symbol="TRX")
                if self.action in WITH_AMOUNT
                else 0
            )
        except KapchykError as exc:
            self._error_exc(exc)
            return
        req = StakeRequest(
            self.account,
            self.network_id,
            self.action,
            amount,
            "energy",
            self.receiver.text().strip(),
        )
        self._busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Checking with the network…"))
        staking = self.env.staking
        run_tab_job(self, lambda: staking.quote(req), self._quoted, self._failed)

    def _quoted(self, quote: StakeQuote) -> None:
        self._busy(False)
        self.quote = quote
        self.message.setText("")
        self._show_quote(quote)
        self.confirm_button.setEnabled(True)
        self.confirm_button.setFocus()

    def _show_quote(self, q: StakeQuote) -> None:
        amount = trx_text(q.amount)
        what = {
            "stake": self.tr("Stake {trx} TRX for energy."),
            "unstake": self.tr("Unstake {trx} TRX."),
            "withdraw": self.tr("Withdraw {trx} unstaked TRX."),
            "cancel": self.tr("Cancel every waiting unstake; the TRX is staked again."),
            "lend": self.tr("Lend the energy of {trx} staked TRX to {receiver}."),
            "reclaim": self.tr("Take back the energy of {trx} TRX from {receiver}."),
        }[q.request.action].format(trx=amount, receiver=q.recipient)
        fee = self.tr("Network fee: bandwidth {bytes} bytes, burns at most {fee} TRX.").format(
            bytes=q.unsigned["bandwidth"], fee=trx_text(q.fee_max)
        )
        text = what + "\n" + fee
        if q.ready_at_ms:
            text += "\n" + self.tr("The TRX can be withdrawn from {date}.").format(
                date=utc_text(q.ready_at_ms)
            )
        self.review_text.setText(text)

    def confirm(self) -> None:
        if self.busy or self.quote is None or self.quote.sent:
            return
        self._busy(True)
        label = self.account.label
        ensure_unlocked(
            self,
            self.env,
            self.account.wallet_id,
            label,
            self._sign_and_send,
            on_cancel=lambda: self._busy(False),
        )

    def _sign_and_send(self) -> None:
        quote, staking, sender = self.quote, self.env.staking, self.env.sender
        assert quote is not None
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Signing and sending…"))

        def work() -> Any:
            entry = staking.send(quote)
            return sender.refresh(entry) if entry.status == "broadcast" else entry

        run_tab_job(self, work, self._sent, self._failed)

    def _sent(self, entry: Any) -> None:
        self._busy(False)
        self._clear_quote()
        if entry.status in ("failed", "dropped"):
            self._error(self.tr("Not done: {reason}").format(reason=entry.reason))
        else:
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("Sent: transaction {txid} ({status})").format(
                    txid=entry.txid, status=entry.status
                )
            )
        self.amount.clear()
        self.reload(quiet=True)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._clear_quote()
        self._error_exc(exc)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.review_button, self.action_box, self.amount, self.receiver):
            w.setEnabled(not busy)
        self.confirm_button.setEnabled(not busy and self.quote is not None)

    def _error_exc(self, exc: BaseException) -> None:
        self._error(error_text(exc))

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
