"""Environment.close() and background work: it waits for work that is running, and work that
would start once it has begun is refused, so no job runs on the SQLite connection being closed
(a job queued before the close but started after it once crashed the GUI process)."""

from __future__ import annotations

import threading

import pytest

from wallet.services.environment import Environment, EnvironmentClosed


def test_close_waits_for_running_work_then_refuses_new_work(data_dir):
    env = Environment(data_dir, "devnet")
    env.db.execute("SELECT 1")
    started, release, closed = threading.Event(), threading.Event(), threading.Event()
    seen: list[int] = []

    def job() -> None:
        with env.working():
            started.set()
            release.wait(10)
            seen.append(env.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])

    worker = threading.Thread(target=job)
    worker.start()
    started.wait(10)
    closer = threading.Thread(target=lambda: (env.close(), closed.set()))
    closer.start()
    assert not closed.wait(0.3)  # close() waits while the job runs
    release.set()
    closer.join(10)
    worker.join(10)
    assert closed.is_set() and seen and seen[0] > 0  # the job finished on an open database
    with pytest.raises(EnvironmentClosed, match="this wallet was closed"), env.working():
        pass  # a job that starts after the close never reaches the database
