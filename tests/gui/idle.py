"""Tabs start work on the global thread pool (timers, reloads); a test must not close the
wallet's database under a job that is still running. A test that uses ``world`` or
``tron_world`` names ``idle_workers`` AFTER them: it is torn down first and waits until every
background job has finished and its result has been handed back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool


def settle(rounds: int = 20) -> None:
    """Wait for the thread pool, deliver the results, repeat while that started new jobs."""
    pool = QThreadPool.globalInstance()
    for _ in range(rounds):
        pool.waitForDone(60_000)
        QCoreApplication.processEvents()
        if pool.activeThreadCount() == 0:
            return


@pytest.fixture
def idle_workers(qapp):
    yield
    settle()
