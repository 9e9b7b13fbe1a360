"""History: the account's token transfers, sortable and filterable, with explorer links, sync and
CSV export.

Rows are read from SQLite on a worker and handed to :class:`HistoryModel` in one reset, so ten
thousand rows load without stalling the window. Sorting is done by the model on precomputed
keys (one Python ``sort``), not row-by-row comparisons through Qt; the proxy only filters.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wallet.core.amounts import to_decimal
from wallet.core.errors import KapchykError
from wallet.core.wallets import Account
from wallet.gui.i18n import Retranslatable, amount_text
from wallet.gui.tab_jobs import ask_save_path, export_in_background, run_tab_job
from wallet.gui.workers import error_text
from wallet.services.environment import Environment
from wallet.services.history import Transfer, TransferDetails

COLUMNS = (
    "date",
    "network",
    "direction",
    "token",
    "amount",
    "fee",
    "status",
    "counterparty",
    "txid",
)
ERROR_STYLE = "color:#b00020"
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HistoryRow:
    """One transfer with what the table shows and sorts by, worked out on the worker."""

    transfer: Transfer
    network_name: str
    symbol: str
    decimals: int
    value: Decimal  # the amount in whole tokens, negative when it went out (for sorting)
    explorer: str  # the transaction's explorer page, or ""
    details: TransferDetails | None = None  # status, fee, payee name, paid request
    fee_symbol: str = ""
    fee_decimals: int = 18

    @property
    def token_key(self) -> str:
        return token_key(self.transfer.network_id, self.transfer.asset)


def token_key(network_id: str, contract: str) -> str:
    """A token's identity in the filter: its network and exact contract (never the symbol)."""
    return f"{network_id}:{contract}"


def account_networks(env: Environment, account: Account) -> list:
    """The networks where ``account`` has an address and the registry knows tokens."""
    return [
        n
        for n in env.registry.networks
        if account.address_for(n.kind) and env.registry.tokens(n.id)
    ]


def history_rows(env: Environment, account: Account, include_dust: bool) -> list[HistoryRow]:
    """Every stored transfer of ``account`` (runs on a worker: it reads SQLite)."""
    rows = []
    for net in env.registry.networks:
        address = account.address_for(net.kind)
        if not address:
            continue
        tokens = {t.contract: t for t in env.registry.tokens(net.id)}
        transfers = env.history.rows(net.id, address, include_dust=include_dust)
        details = env.history.details(transfers)
        for t in transfers:
            token = tokens.get(t.asset)
            symbol, decimals = (token.symbol, token.decimals) if token else ("?", 18)
            rows.append(
                HistoryRow(
                    t,
                    net.name,
                    symbol,
                    decimals,
                    -to_decimal(t.amount, decimals)
                    if t.direction == "out"
                    else to_decimal(t.amount, decimals),
                    net.explorer_url("tx", txid=t.txid) or "",
                    details[(t.network_id, t.txid, t.account)],
                    net.native.symbol,
                    net.native.decimals,
                )
            )
    return rows


_SORT_KEYS: dict[str, Any] = {
    "date": lambda r: (r.transfer.timestamp or 0, r.transfer.block or 0, r.transfer.log_index),
    "network": lambda r: r.network_name.lower(),
    "direction": lambda r: r.transfer.direction,
    "token": lambda r: (r.symbol.lower(), r.transfer.asset),
    "amount": lambda r: r.value,
    "counterparty": lambda r: r.transfer.counterparty.lower(),
    "fee": lambda r: (r.details.fee or 0) if r.details else 0,
    "status": lambda r: r.details.status if r.details else "",
    "txid": lambda r: r.transfer.txid.lower(),
}


class HistoryModel(QAbstractTableModel):
    """The transfers as a table; texts are plain strings (never rich text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = []
        self.headers = [""] * len(COLUMNS)
        self.directions = {"in": "in", "out": "out", "self": "self"}
        self.statuses: dict[str, str] = {}
        self.block_text = "block {block}"
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.DescendingOrder

    # ---------------------------------------------------------------- contents
    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def set_labels(self, headers: list[str], directions: dict[str, str], block_text: str) -> None:
        """Translated texts, set by the tab's ``retranslate()``."""
        self.headers, self.directions, self.block_text = headers, directions, block_text
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _sorted(self, rows: list[HistoryRow]) -> list[HistoryRow]:
        if not 0 <= self.sort_column < len(COLUMNS):
            return list(rows)
        key = _SORT_KEYS[COLUMNS[self.sort_column]]
        return sorted(rows, key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.set_rows(self.rows)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("counterparty", "txid"):
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: HistoryRow, column: str) -> str:
        t = row.transfer
        if column == "date":
            if t.timestamp:
                return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t.timestamp))
            return self.block_text.format(block=t.block)
        if column == "network":
            return row.network_name
        if column == "direction":
            return self.directions.get(t.direction, t.direction)
        if column == "token":
            return row.symbol
        if column == "amount":
            sign = "−" if t.direction == "out" else ""
            return sign + amount_text(t.amount, row.decimals)
        if column == "fee":
            fee = row.details.fee if row.details else None
            return "" if fee is None else f"{amount_text(fee, row.fee_decimals)} {row.fee_symbol}"
        if column == "status":
            status = row.details.status if row.details else ""
            return self.statuses.get(status, status)
        if column == "counterparty":
            label = row.details.label if row.details else ""
            return f"{label} ({t.counterparty})" if label else t.counterparty
        return t.txid


class HistoryFilter(QSortFilterProxyModel):
    """Filters by token (exact contract) and direction; sorting is handed to the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.token = ""  # token_key, "" for every token
        self.direction = ""  # "in", "out" or "" for both ("self" counts as both)

    def set_filter(self, token: str, direction: str) -> None:
        self.beginFilterChange()
        self.token, self.direction = token, direction
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row: HistoryRow = self.sourceModel().rows[source_row]
        if self.token and row.token_key != self.token:
            return False
        return not self.direction or row.transfer.direction in (self.direction, "self")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def row(self, proxy_row: int) -> HistoryRow:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().rows[source.row()]


class HistoryTab(Retranslatable, QWidget):
    """``exported(path)`` is emitted once a CSV file is written."""

    exported = Signal(str)

    def __init__(self, env: Environment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._auto_synced: set[Account] = set()  # accounts synced once on first sight
        self.account: Account | None = None
        self.syncing = False
        self._generation = 0  # answers for an account no longer shown are dropped
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.token_label = QLabel(self)
        self.token_filter = QComboBox(self)
        self.direction_label = QLabel(self)
        self.direction_filter = QComboBox(self)
        self.direction_filter.addItems(["", "", ""])
        self.dust_box = QCheckBox(self)
        for widget in (self.token_label, self.token_filter, self.direction_label):
            bar.addWidget(widget)
        bar.addWidget(self.direction_filter)
        bar.addWidget(self.dust_box)
        bar.addStretch(1)
        layout.addLayout(bar)
        bar = QHBoxLayout()  # the buttons on a line of their own: fits a laptop in ru and ky
        bar.addStretch(1)
        self.sync_button = QPushButton(self)
        self.explorer_button = QPushButton(self)
        self.export_button = QPushButton(self)
        for button in (self.sync_button, self.explorer_button, self.export_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model = HistoryModel(self)
        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next control
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # newest first
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.token_filter.currentIndexChanged.connect(self._filter_changed)
        self.direction_filter.currentIndexChanged.connect(self._filter_changed)
        self.dust_box.toggled.connect(self.load)
        self.view.doubleClicked.connect(lambda index: self.open_explorer(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self.sync_button.clicked.connect(self.sync)
        self.explorer_button.clicked.connect(self._open_selected)
        self.export_button.clicked.connect(self.export)
        self.retranslate()
        self._selection_changed()

    def title(self) -> str:
        return self.tr("History")

    def retranslate(self) -> None:
        self.token_label.setText(self.tr("Token"))
        self.direction_label.setText(self.tr("Direction"))
        for i, text in enumerate((self.tr("In and out"), self.tr("Incoming"), self.tr("Outgoing"))):
            self.direction_filter.setItemText(i, text)
        self.dust_box.setText(self.tr("Show tiny incoming transfers (often spam)"))
        self.sync_button.setText(self.tr("Check for new transfers"))
        self.explorer_button.setText(self.tr("Open in explorer"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.model.statuses = {
            "confirmed": self.tr("Confirmed"),
            "broadcast": self.tr("Pending"),
            "signed": self.tr("Not sent yet"),
            "failed": self.tr("Failed"),
            "dropped": self.tr("Dropped"),
            "replaced": self.tr("Replaced"),
        }
        self.model.set_labels(
            [
                self.tr("Date"),
                self.tr("Network"),
                self.tr("Direction"),
                self.tr("Token"),
                self.tr("Amount"),
                self.tr("Fee"),
                self.tr("Status"),
                self.tr("From / to"),
                self.tr("Transaction"),
            ],
            {"in": self.tr("In"), "out": self.tr("Out"), "self": self.tr("To yourself")},
            self.tr("block {block}"),
        )
        self._fill_token_filter()

    # ---------------------------------------------------------------- account
    def set_account(self, account: Account | None) -> None:
        self.account = account
        self._fill_token_filter()
        self.load()

    def _fill_token_filter(self) -> None:
        current = self.token_filter.currentData()
        self.token_filter.blockSignals(True)
        self.token_filter.clear()
        self.token_filter.addItem(self.tr("All tokens"), "")
        if self.account is not None:
            nets = account_networks(self.env, self.account)
            for net in nets:
                for t in self.env.registry.tokens(net.id):
                    text = f"{t.symbol} ({net.name})" if len(nets) > 1 else t.symbol
                    self.token_filter.addItem(text, token_key(net.id, t.contract))
        index = self.token_filter.findData(current) if current else 0
        self.token_filter.setCurrentIndex(max(index, 0))
        self.token_filter.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self) -> None:
        direction = ("", "in", "out")[max(self.direction_filter.currentIndex(), 0)]
        self.proxy.set_filter(self.token_filter.currentData() or "", direction)
        self._selection_changed()

    # ---------------------------------------------------------------- load
    def load(self) -> None:
        """Reload the current account's stored transfers (read on a worker)."""
        self._generation += 1
        generation, account = self._generation, self.account
        if account is None:
            self.model.set_rows([])
            self.status.clear()
            return
        env, include_dust = self.env, self.dust_box.isChecked()
        addresses = [a for a in (account.evm_address, account.tron_address) if a]

        def work() -> tuple[list[HistoryRow], bool]:
            return history_rows(env, account, include_dust), env.history.ever_synced(addresses)

        run_tab_job(
            self,
            work,
            lambda found: self._loaded(generation, *found),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, rows: list[HistoryRow], synced: bool = True) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if not rows and not synced and not self.syncing and self._first_look():
            return  # a new account (a watch-only address just added): looked up at once
        if not rows and not self.syncing:
            self._show(self.tr("No transfers yet. Check for new transfers to look on the network."))

    def _first_look(self) -> bool:
        """Sync an account never looked up on the network, once per tab; True if started."""
        account = self.account
        if account is None or account in self._auto_synced:
            return False
        self._auto_synced.add(account)
        self.sync()
        return True

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._show(error_text(exc), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # ---------------------------------------------------------------- sync
    def sync(self) -> None:
        """Ask the networks for new transfers of this account (on a worker), then reload."""
        account = self.account
        if account is None or self.syncing:
            return
        nets = account_networks(self.env, account)
        history = self.env.history
        self.syncing = True
        self.sync_button.setEnabled(False)
        self._show(self.tr("Looking for new transfers…"))

        def work() -> tuple[int, list[str], list[tuple[str, str]]]:
            new, failed = 0, []
            for net in nets:
                try:
                    new += history.sync(net.id, [account.address_for(net.kind)])
                except KapchykError:
                    failed.append(net.name)
            notices = [(n.name, history.notices[n.id]) for n in nets if n.id in history.notices]
            return new, failed, notices

        run_tab_job(self, work, self._synced, self._sync_failed)

    def _synced(self, result: tuple[int, list[str], list[tuple[str, str]]]) -> None:
        new, failed, notices = result
        self.syncing = False
        self.sync_button.setEnabled(True)
        if failed:
            self._show(
                self.tr("Could not reach {networks}; showing the stored history").format(
                    networks=", ".join(failed)
                ),
                error=True,
            )
        else:
            lines = [self.tr("New transfers found: {n}").format(n=new)] if new else []
            lines += [self._notice(name, code) for name, code in notices]
            self._show("\n".join(lines))
        self.load()

    def _notice(self, network: str, code: str) -> str:
        """What the source used could not see (``History.notices``), and how to see it."""
        if code == "needs_trongrid":
            text = self.tr(
                "{network}: this endpoint has no TronGrid v1 API, so only recent blocks were "
                "searched. Older transfers need a TronGrid-style endpoint (Settings → Networks)."
            )
        else:
            text = self.tr(
                "{network}: only this wallet's own sends are shown. For the full history get a "
                "free API key at https://etherscan.io/myapikey and save it in Settings → "
                "Networks."
            )
        return text.format(network=network)

    def _sync_failed(self, exc: BaseException) -> None:
        self.syncing = False
        self.sync_button.setEnabled(True)
        self._show(error_text(exc), error=True)

    # ---------------------------------------------------------------- explorer
    def explorer_url(self, row: int) -> str:
        """The explorer page of the transaction in visible row ``row`` ("" if none)."""
        if not 0 <= row < self.proxy.rowCount():
            return ""
        return self.proxy.row(row).explorer

    def open_explorer(self, row: int) -> bool:
        url = self.explorer_url(row)
        return bool(url) and QDesktopServices.openUrl(QUrl(url))

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _open_selected(self) -> None:
        self.open_explorer(self.selected_row())

    def _selection_changed(self, *_: object) -> None:
        self.explorer_button.setEnabled(bool(self.explorer_url(self.selected_row())))
        self.export_button.setEnabled(self.proxy.rowCount() > 0)

    # ---------------------------------------------------------------- export
    def visible_transfers(self) -> list[Transfer]:
        """The rows as filtered and sorted on screen."""
        return [self.proxy.row(i).transfer for i in range(self.proxy.rowCount())]

    def export(self) -> None:
        path = ask_save_path(
            self, self.tr("Export history"), "kapchyk-history.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the filtered rows to ``path`` as CSV (on a worker)."""
        rows, history = self.visible_transfers(), self.env.history
        self.export_button.setEnabled(False)

        def done(_: object) -> None:
            self.export_button.setEnabled(True)
            self._show(self.tr("Rows saved to {path}: {n}").format(n=len(rows), path=path))
            self.exported.emit(path)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._show(error_text(exc), error=True)

        export_in_background(self, lambda: history.export_csv(path, rows), path, done, failed)
