"""The main window (first slice: network mode banner and the networks of the mode)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from kapchyk.services.environment import Environment

BANNER_COLOURS = {"testnet": "#b35900", "devnet": "#6a1b9a"}


class MainWindow(QMainWindow):
    def __init__(self, env: Environment) -> None:
        super().__init__()
        self.env = env
        self.setWindowTitle(self.tr("Kapchyk"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.banner = QLabel(central)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        if env.mode != "mainnet":
            self.banner.setText(
                self.tr("{mode} mode: these coins have no value").format(mode=env.mode.upper())
            )
            self.banner.setStyleSheet(
                f"background:{BANNER_COLOURS[env.mode]}; color:white; padding:6px; font-weight:bold"
            )
        else:
            self.banner.hide()
        layout.addWidget(self.banner)
        self.networks = QListWidget(central)
        for net in env.registry.networks:
            self.networks.addItem(f"{net.name} — {net.native.symbol}")
        layout.addWidget(self.networks)
        self.setCentralWidget(central)
        self.resize(900, 600)
