"""KDF cost, and proof that the GUI-facing unlock call returns at once.

Run: `make bench` (needs a Secret Service: it starts its own in a private D-Bus session).
Prints: scrypt time and memory for the vault's parameters, keystore V3 decrypt time, and how
long ``KeyManager.unlock_async`` takes to return control vs. to finish.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness.secret_service import start_secret_service
from wallet.keys.keyring_store import KeyringStore
from wallet.keys.manager import KeyManager
from wallet.keys.vault import DEFAULT_KDF


def main() -> None:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        DEFAULT_KDF.derive("correct horse battery", os.urandom(16))
        runs.append(time.perf_counter() - start)
    mem = 128 * DEFAULT_KDF.n * DEFAULT_KDF.r // 2**20
    print(
        f"scrypt n={DEFAULT_KDF.n} r={DEFAULT_KDF.r} p={DEFAULT_KDF.p}: "
        f"median {statistics.median(runs):.3f} s (min {min(runs):.3f}, max {max(runs):.3f}), "
        f"{mem} MiB"
    )

    service = start_secret_service()
    try:
        service.activate()
        keys = KeyManager(KeyringStore("kapchyk-bench", service.backend()))
        keys.store_key_wallet("bench", "correct horse battery", bytes([7]) * 32)
        keys.lock()
        done = threading.Event()
        start = time.perf_counter()
        future = keys.unlock_async("bench", "correct horse battery", lambda err: done.set())
        returned = time.perf_counter() - start
        done.wait(30)
        finished = time.perf_counter() - start
        future.result()
        print(
            f"unlock_async returned control in {returned * 1000:.2f} ms; "
            f"unlock finished after {finished:.3f} s on a worker thread"
        )
        keys.vault.remove("bench", "correct horse battery")
    finally:
        service.stop()

    from eth_account import Account

    ks = Account.encrypt(bytes([9]) * 32, "keystore password", kdf="scrypt", iterations=262144)
    start = time.perf_counter()
    Account.decrypt(ks, "keystore password")
    print(f"keystore V3 (scrypt n=262144) decrypt: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
