"""The home screen's balances: the total in the user's currency, one row per token per network
with its value, and one explained line per Tron account about its free transfers.

Gas coins are shortened to at most six decimals (``core/display.py``); the exact amount is the
cell's tooltip and what Ctrl+C copies. Values come from ``services/prices.py`` (cached numbers,
with their age); a row without a known price shows none — never a guessed one. Everything is
plain text.
"""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from wallet.core.amounts import format_plain, to_decimal
from wallet.core.display import coin_amount, free_transfers, money_amount, priced
from wallet.gui.i18n import SEPARATORS, Retranslatable, amount_text, current_language
from wallet.gui.table_items import plain_item

COL_NETWORK, COL_ASSET, COL_BALANCE, COL_VALUE, COL_UPDATED = range(5)
EXACT_ROLE = Qt.ItemDataRole.UserRole + 1


def money_text(value: Decimal, currency: str) -> str:
    """``1 234,50 сом`` / ``1,234.50 USD`` in the current language."""
    group, dec = SEPARATORS[current_language()]
    unit = QCoreApplication.translate("BalancesView", "som") if currency == "KGS" else currency
    return f"{money_amount(value, group_sep=group, decimal_sep=dec)} {unit}"


def coin_text(units: int, decimals: int) -> str:
    group, dec = SEPARATORS[current_language()]
    return coin_amount(units, decimals, group_sep=group, decimal_sep=dec)


def fee_text(env: object, network: object, units: int, currency: str | None = None) -> str:
    """A gas-coin fee as people read it: "≈ 0.05 som (0.000116 BNB)", or the coin amount alone
    when its price is not known (cached prices only: no network). ``currency``: the user's."""
    from wallet.services.app_settings import AppSettings

    native = network.native
    coin = f"{coin_text(units, native.decimals)} {native.symbol}"
    code = currency or AppSettings(env.data_dir).currency
    unit = env.prices.unit_price(network.id, native.symbol, "", code)
    money = None
    if unit is not None:
        money = money_text(to_decimal(units, native.decimals) * unit.unit_price, unit.currency)
    return priced(coin, money, QCoreApplication.translate("BalancesView", "≈ {money} ({coin})"))


def tron_burn_text(env: object, network: object, u: dict) -> str:
    """What a Tron transfer burns and why, in plain words: the TRX (and its value) for the
    energy and bandwidth beyond the account's free resources, the activation of a new account."""
    burn = u["energy_burn"] + u["net_burn"]
    if burn == 0:
        text = QCoreApplication.translate(
            "BalancesView",
            "burns nothing: the {energy} energy and {bandwidth} bandwidth it needs are covered "
            "by this account's free resources",
        ).format(energy=amount_text(u["energy"], 0), bandwidth=amount_text(u["bandwidth"], 0))
    else:
        text = QCoreApplication.translate(
            "BalancesView",
            "burns {fee}: it needs {energy} energy and {bandwidth} bandwidth, more than this "
            "account has free today, so the network takes TRX for the rest",
        ).format(
            fee=fee_text(env, network, burn),
            energy=amount_text(u["energy"], 0),
            bandwidth=amount_text(u["bandwidth"], 0),
        )
    if u["energy"] and not u["energy_burn"]:  # staked or delegated energy paid for it
        paid = QCoreApplication.translate("SendDialog", "paid with your energy: 0 TRX burned")
        text = paid if burn == 0 else paid + "; " + text
    if u["account_creation_fee"]:
        text += QCoreApplication.translate(
            "BalancesView", "; and {fee} to activate the recipient's new account"
        ).format(fee=fee_text(env, network, u["account_creation_fee"]))
    return text


class BalancesView(Retranslatable, QWidget):
    def __init__(self, env: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._shown: tuple = ([], [], [], None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.total_label = QLabel(self)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_label.setWordWrap(True)
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.total_label.setFont(font)
        self.prices_label = QLabel(self)  # where the numbers come from, and how old they are
        self.prices_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prices_label.setWordWrap(True)
        layout.addWidget(self.total_label)
        layout.addWidget(self.prices_label)
        self.table = QTableWidget(0, 5, self)
        header = self.table.horizontalHeader()  # whole names and amounts; "Updated" takes the rest
        for col in range(COL_UPDATED):
            header.setSectionResizeMode(col, header.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        self.resources_label = QLabel(self)  # one line per Tron account: its free transfers
        self.resources_label.setTextFormat(Qt.TextFormat.PlainText)
        self.resources_label.setWordWrap(True)
        layout.addWidget(self.resources_label)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.activated.connect(self.copy_exact)
        self.retranslate()

    def retranslate(self) -> None:
        value = self.tr("Value")
        # the older texts keep the context they were translated in (MainWindow)
        network = QCoreApplication.translate("MainWindow", "Network")
        asset = QCoreApplication.translate("MainWindow", "Asset")
        balance = QCoreApplication.translate("MainWindow", "Balance")
        updated = QCoreApplication.translate("MainWindow", "Updated")
        self.table.setHorizontalHeaderLabels([network, asset, balance, value, updated])
        self.show_balances(*self._shown)

    # ---------------------------------------------------------------- filling
    def show_balances(self, rows: list, resources: list, values: list, total: object) -> None:
        self._shown = (rows, resources, values, total)
        now = time.time()
        registry = self.env.registry
        self.table.setRowCount(len(rows))
        for i, (r, v) in enumerate(zip(rows, values or [None] * len(rows), strict=True)):
            net = registry.network(r.network_id)
            gas = not r.asset
            if r.amount is None:
                amount, exact = "—", ""
            else:
                exact = format_plain(r.amount, r.decimals)
                amount = (
                    coin_text(r.amount, r.decimals) if gas else amount_text(r.amount, r.decimals)
                )
            value = "" if v is None else "≈ " + money_text(v.value, v.currency)
            cells = (net.name, r.symbol, amount, value, self.age_text(r.age(now)))
            for col, text in enumerate(cells):
                item = plain_item(text)
                if col in (COL_BALANCE, COL_VALUE):  # amounts line up on the right
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == COL_BALANCE and exact:
                    item.setToolTip(f"{exact} {r.symbol}")
                    item.setData(EXACT_ROLE, exact)
                if col == COL_VALUE and v is not None:
                    item.setToolTip(self._price_tip(r.symbol, v, now))
                self.table.setItem(i, col, item)
        self._show_total(total, now)
        self._show_resources(resources, now)

    def _price_tip(self, symbol: str, v: object, now: float) -> str:
        unit = money_text(v.unit_price, v.currency)
        if v.fetched_at is None:
            return self.tr("1 {symbol} = {price} (its peg; no network needed)").format(
                symbol=symbol, price=unit
            )
        return self.tr("1 {symbol} = {price} ({source}, {age})").format(
            symbol=symbol,
            price=unit,
            source=self._source_name(v.source),
            age=self.age_text(v.age(now)),
        )

    def _source_name(self, source: str) -> str:
        names = {
            "binance": "Binance",
            "nbkr": self.tr("National Bank of the Kyrgyz Republic"),
            "peg": self.tr("peg"),
        }
        return " + ".join(names.get(part, part) for part in source.split("+"))

    def _show_total(self, total: object, now: float) -> None:
        if total is None or (total.valued == 0 and not total.unvalued):
            self.total_label.setText("")
            self.total_label.setVisible(False)
            self.prices_label.setVisible(False)
            return
        self.total_label.setVisible(True)
        self.prices_label.setVisible(True)
        parts = [money_text(total.value, total.currency)]
        parts += [money_text(v, c) for c, v in total.others.items()]
        self.total_label.setText(self.tr("Total ≈ {amount}").format(amount=" + ".join(parts)))
        notes = []
        if total.fetched_at is not None:
            notes.append(
                self.tr("prices and rates updated {age}").format(age=self.age_text(total.age(now)))
            )
        if total.unvalued:
            notes.append(
                self.tr("no price known yet for {symbols}").format(
                    symbols=", ".join(total.unvalued)
                )
            )
        if total.others:
            notes.append(self.tr("no exchange rate known yet: shown at their peg"))
        for symbol, market in self.env.prices.peg_warnings():
            notes.append(
                self.tr("{symbol} trades at {price}, more than 2% off its peg").format(
                    symbol=symbol, price=str(round(market, 4))
                )
            )
        self.prices_label.setText("; ".join(notes))

    def _show_resources(self, resources: list, now: float) -> None:
        lines, tips = [], []
        registry = self.env.registry
        for res in resources:
            net = registry.network(res.network_id)
            tokens, trx = free_transfers(res.energy, res.bandwidth)
            symbols = [t.symbol for t in registry.tokens(net.id) if t.visible_by_default]
            token = symbols[0] if symbols else self.tr("token")
            lines.append(
                self.tr(
                    "{network} {owner}: free today: {tokens} {token} transfer(s), "
                    "{trx} TRX transfer(s)"
                ).format(
                    network=net.name,
                    owner=res.owner[:6] + "…" + res.owner[-4:],
                    tokens=tokens,
                    token=token,
                    trx=trx,
                )
            )
            tips.append(
                self.tr(
                    "{owner}: {energy} energy and {bandwidth} bandwidth left ({age}). A token "
                    "transfer uses about 64,285 energy and 345 bandwidth, a TRX transfer about "
                    "268 bandwidth; without them the network burns TRX instead."
                ).format(
                    owner=res.owner,
                    energy=amount_text(res.energy, 0),
                    bandwidth=amount_text(res.bandwidth, 0),
                    age=self.age_text(res.age(now)),
                )
            )
        self.resources_label.setText("\n".join(lines))
        self.resources_label.setToolTip("\n\n".join(tips))
        self.resources_label.setVisible(bool(lines))

    # ---------------------------------------------------------------- helpers
    def copy_exact(self) -> None:
        """Ctrl+C on a row copies its exact amount (not the shortened one shown)."""
        row = self.table.currentRow()
        item = self.table.item(row, COL_BALANCE) if row >= 0 else None
        if item is not None and item.data(EXACT_ROLE):
            QGuiApplication.clipboard().setText(str(item.data(EXACT_ROLE)))

    def age_text(self, age: float | None) -> str:
        return age_text(age)


def age_text(age: float | None) -> str:
    """How old a number is, in words (in the MainWindow context, where it was translated)."""
    if age is None:
        return QCoreApplication.translate("MainWindow", "never")
    if age < 60:
        return QCoreApplication.translate("MainWindow", "just now")
    if age < 3600:
        return QCoreApplication.translate("MainWindow", "{n} min ago").format(n=int(age // 60))
    if age < 86400:
        return QCoreApplication.translate("MainWindow", "{n} h ago").format(n=int(age // 3600))
    return QCoreApplication.translate("MainWindow", "{n} days ago").format(n=int(age // 86400))
