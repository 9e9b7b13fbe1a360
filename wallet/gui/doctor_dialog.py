""" "Check my setup": ``kapchyk doctor``'s checks, run on a worker and shown as plain text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wallet.gui.i18n import Retranslatable
from wallet.gui.workers import error_text, run_in_background, template_text
from wallet.services.doctor import OK, PROBLEM, Check, blocks_send, run_checks
from wallet.services.environment import Environment


class DoctorDialog(Retranslatable, QDialog):
    def __init__(self, env: Environment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.checks: list[Check] | None = None
        self.error: str | None = None
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.report = QPlainTextEdit(self)  # plain text: endpoints' errors come from nodes
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.again_button = QPushButton(self)
        self.again_button.clicked.connect(self.run)
        buttons.addWidget(self.again_button)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(720, 460)
        self.retranslate()
        self.run()

    def run(self) -> None:
        self.checks, self.error = None, None
        self.again_button.setEnabled(False)
        self._show()
        env = self.env
        run_in_background(lambda: run_checks(env), self._done, self._failed, owner=self)

    def _done(self, checks: list[Check]) -> None:
        self.checks = checks
        self.again_button.setEnabled(True)
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.error = error_text(exc)
        self.again_button.setEnabled(True)
        self._show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check my setup"))
        self.again_button.setText(self.tr("Check again"))
        self.close_button.setText(self.tr("Close"))
        self._show()

    def _show(self) -> None:
        if self.error is not None:
            self.verdict.setText(self.error)
            self.report.setPlainText("")
            return
        if self.checks is None:
            self.verdict.setText(self.tr("Checking the keyring, the data folder and every node…"))
            self.report.setPlainText("")
            return
        marks = {OK: self.tr("ok"), PROBLEM: self.tr("PROBLEM")}
        lines = []
        for c in self.checks:
            mark = marks.get(c.status, self.tr("warning"))
            lines.append(f"[{mark}] {template_text(c.summary, c.params)}")
            for d in c.details:
                if not d["ok"]:
                    state = template_text("{reason}", {"reason": d.get("error", "")})
                elif d["block"] is None:  # a price source has no block
                    state = self.tr("{ms} ms").format(ms=d["ms"])
                else:
                    state = self.tr("{ms} ms, block {block}").format(ms=d["ms"], block=d["block"])
                lines.append(f"      {d['url']}: {state}")
            if c.fix:
                lines.append("      " + self.tr("fix:") + " " + template_text(c.fix, c.params))
        self.report.setPlainText("\n".join(lines))
        self.verdict.setText(
            self.tr("Something here would stop a send: fix the PROBLEM lines first.")
            if blocks_send(self.checks)
            else self.tr("Nothing here would stop a send.")
        )
