"""Keep the garbage collector's full passes short in a long-running window.

A full (generation 2) pass walks every tracked object. After start-up that is several hundred
thousand (Qt's wrappers, the wallet's modules, then web3/eth_account/tronpy, which the first
refresh loads), and the pass holds the GIL throughout: the first one after start-up — set off,
for example, while 10,000 history rows are built on a worker — froze the window for ~90 ms
(``bench/bench_startup.py``). ``gc.freeze()`` moves the objects that exist at that moment out
of the collector's reach for good (start-up objects live as long as the program anyway), so
later passes walk only what was made since; it collects nothing and takes no time to speak of.
"""

from __future__ import annotations

import gc

_moments: set[str] = set()


def freeze_startup_objects(moment: str) -> None:
    """``moment``: "painted" (the first window's first paint) or "refreshed" (the first
    refresh: the chain libraries are imported). Each freezes once per process — a later window
    (a mode switch; the tests' many windows) adds nothing that lives that long."""
    if moment not in _moments:
        _moments.add(moment)
        gc.freeze()
