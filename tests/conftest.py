"""Shared fixtures: real anvil, real Secret Service, Qt offscreen, a fresh data dir.

In CI (CI=true) a test whose component is missing fails; elsewhere it is skipped with a
message saying how to install the component.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test reach a real user's keyring or data.
os.environ.pop("KAPCHYK_DATA_DIR", None)
os.environ.pop("KAPCHYK_NETWORK_MODE", None)

from tests.harness import evm as evm_harness
from tests.harness import secret_service as ss
from tests.harness.components import missing

if TYPE_CHECKING:
    from wallet.keys.keyring_store import KeyringStore
    from wallet.keys.manager import KeyManager
    from wallet.services.environment import Environment


# ------------------------------------------------------------------ data dir
@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "kapchyk-data"
    d.mkdir()
    return d


# ------------------------------------------------------------------ anvil
def _start_anvil(**kwargs):
    from wallet.devnet.anvil import AnvilNotFound, start_anvil

    try:
        return start_anvil(**kwargs)
    except AnvilNotFound as exc:
        missing("anvil", str(exc))


@pytest.fixture(scope="session")
def anvil_session() -> Iterator[evm_harness.Anvil]:
    proc = _start_anvil(chain_id=97)
    try:
        yield evm_harness.connect(proc)
    finally:
        proc.stop()


@pytest.fixture
def anvil(anvil_session: evm_harness.Anvil) -> Iterator[evm_harness.Anvil]:
    """A real anvil (chain id 97, Multicall3 installed), reverted after the test."""
    snap = anvil_session.rpc("evm_snapshot")
    try:
        yield anvil_session
    finally:
        anvil_session.set_automine(True)
        anvil_session.rpc("evm_revert", snap)


@pytest.fixture
def anvil_factory() -> Iterator:
    """Start extra anvils (own process; e.g. another chain id, or to restart one)."""
    started = []

    def make(**kwargs) -> evm_harness.Anvil:
        proc = _start_anvil(**kwargs)
        started.append(proc)
        return evm_harness.connect(proc)

    yield make
    for p in started:
        p.stop()


@pytest.fixture
def test_tokens(anvil: evm_harness.Anvil) -> evm_harness.TestTokens:
    return evm_harness.deploy_test_tokens(anvil)


# ------------------------------------------------------------------ Secret Service
@pytest.fixture(scope="session")
def secret_service_session() -> Iterator[ss.SecretService]:
    if not ss.tools_available():
        missing(
            "the Secret Service (gnome-keyring + dbus)",
            "run `make setup` (apt-get install gnome-keyring dbus-x11)",
        )
    service = ss.start_secret_service(unlock=True)
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture
def secret_service(
    secret_service_session: ss.SecretService, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ss.SecretService]:
    """A real, unlocked gnome-keyring Secret Service; DBUS_SESSION_BUS_ADDRESS points at it.

    One per test worker; checked before and after each test, so a daemon that died is reported
    (with how it ended) at the test during which it died, and every later test says so too.
    """
    secret_service_session.check_alive()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_session.address)
    yield secret_service_session
    secret_service_session.check_alive()


@pytest.fixture
def secret_service_factory(monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Start another Secret Service (e.g. ``unlock=False`` for a locked keyring)."""
    if not ss.tools_available():
        missing("the Secret Service (gnome-keyring + dbus)", "run `make setup`")
    started = []

    def make(*, unlock: bool = True) -> ss.SecretService:
        service = ss.start_secret_service(unlock=unlock)
        started.append(service)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
        return service

    yield make
    for s in started:
        s.stop()


# ------------------------------------------------------------------ keys and environments
@pytest.fixture
def keyring_store(
    secret_service: ss.SecretService, request: pytest.FixtureRequest
) -> Callable[[str], KeyringStore]:
    """``keyring_store(name="")``: entries on the real Secret Service under a keyring service
    name of this test's own (plus ``name``), so tests never see each other's entries."""
    from wallet.keys.keyring_store import KeyringStore

    def make(name: str = "") -> KeyringStore:
        service = f"kapchyk-test-{request.node.name}"[:100] + (f"-{name}" if name else "")
        return KeyringStore(service, secret_service.backend())

    return make


@pytest.fixture
def keyring_keys(keyring_store: Callable[[str], KeyringStore]) -> Callable[..., KeyManager]:
    """``keyring_keys(name="", **kwargs)``: a KeyManager on ``keyring_store(name)`` with the
    fast test KDF (``kwargs`` go to KeyManager, e.g. ``clock=``)."""
    from tests.keys.conftest import FAST_KDF
    from wallet.keys.manager import KeyManager

    def make(name: str = "", **kwargs: object) -> KeyManager:
        return KeyManager(keyring_store(name), **{"kdf": FAST_KDF, **kwargs})

    return make


@pytest.fixture
def keyring_env(
    data_dir: Path, keyring_keys: Callable[..., KeyManager]
) -> Iterator[Callable[..., Environment]]:
    """``keyring_env(mode=None, data_dir=<data_dir>, keys=None)``: an Environment whose keys
    are on the real Secret Service (``keyring_keys(<its mode>)`` unless ``keys`` is given);
    every one made is closed after the test (closing twice is fine)."""
    from wallet.services.environment import Environment

    made: list[Environment] = []

    def make(
        mode: str | None = None, *, data_dir: Path = data_dir, keys: KeyManager | None = None
    ) -> Environment:
        env = Environment(data_dir, mode)  # mode None: the saved one
        env.__dict__["keys"] = keys if keys is not None else keyring_keys(env.mode)
        made.append(env)
        return env

    yield make
    for env in made:
        env.close()
