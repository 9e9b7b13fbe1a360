"""Worlds the GUI tests share with the chain tests: a wallet on the real anvil (``world``) and
on the Tron devnode (``tron_world``); ``idle_workers`` (named after them) waits for background
jobs before the wallet is closed. After every GUI test its windows are deleted, so a later
test's language switch never reaches a window whose database is closed."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from tests.evm.conftest import world  # noqa: F401 - fixture
from tests.gui.idle import idle_workers  # noqa: F401 - fixture
from tests.tron.conftest import tron_node, tron_world  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def _windows_deleted_after_the_test(qapp):
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
