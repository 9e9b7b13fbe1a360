"""The test harness itself works against the real components."""

from __future__ import annotations

from wallet.core.addresses import account_id
from wallet.devnet.contracts import MULTICALL3_ADDRESS, abi


def test_test_token_balance_read_through_multicall3(anvil, test_tokens):
    w3 = anvil.w3
    holder = anvil.accounts[1].address
    multicall = w3.eth.contract(address=MULTICALL3_ADDRESS, abi=abi("Multicall3"))
    calls = [
        (test_tokens.kgst_address, False, test_tokens.kgst.encode_abi("balanceOf", args=[holder])),
        (MULTICALL3_ADDRESS, False, multicall.encode_abi("getEthBalance", args=[holder])),
    ]
    results = multicall.functions.aggregate3(calls).call()
    assert [ok for ok, _ in results] == [True, True]
    assert int.from_bytes(results[0][1], "big") == 1_000_000 * 10**18
    assert int.from_bytes(results[1][1], "big") == w3.eth.get_balance(holder) > 0


def test_anvil_is_bsc_testnet_shaped(anvil):
    assert anvil.w3.eth.chain_id == 97
    assert anvil.w3.eth.get_code(MULTICALL3_ADDRESS) != b""
    assert account_id(anvil.accounts[0].address).hex() == "f39fd6e51aad88f6f4ce6ab8827279cfffb92266"


def test_anvil_state_is_reverted_between_tests_part1(anvil):
    # moves funds; the next test checks they are back
    w3 = anvil.w3
    a, b = anvil.accounts[8].address, anvil.accounts[9].address
    w3.eth.send_transaction({"from": a, "to": b, "value": 10**18})
    assert w3.eth.get_balance(b) == 10_001 * 10**18


def test_anvil_state_is_reverted_between_tests_part2(anvil):
    assert anvil.w3.eth.get_balance(anvil.accounts[9].address) == 10_000 * 10**18


def test_secret_service_stores_and_reads_back(secret_service):
    import keyring

    backend = secret_service.backend()
    keyring.set_keyring(backend)
    keyring.set_password("kapchyk-test", "entry", "s3cret-value")
    assert keyring.get_password("kapchyk-test", "entry") == "s3cret-value"
    keyring.delete_password("kapchyk-test", "entry")
    assert keyring.get_password("kapchyk-test", "entry") is None


def test_locked_secret_service_refuses(secret_service_factory):
    import pytest
    from keyring.errors import KeyringLocked

    service = secret_service_factory(unlock=False)
    backend = service.backend()
    with pytest.raises(KeyringLocked):
        backend.set_password("kapchyk-test", "entry", "value")


def test_a_dead_gnome_keyring_is_a_clear_error_not_a_locked_replacement(secret_service_factory):
    """The test bus has no service activation: once the daemon is gone (killed for real here),
    no `gnome-keyring-daemon --start` is started in its place to answer "locked", the keyring
    is unavailable, and check_alive names the process and how it ended."""
    import signal

    import pytest

    from tests.harness.secret_service import SecretServiceDied
    from wallet.keys.errors import KeyringUnavailable
    from wallet.keys.keyring_store import KeyringStore

    service = secret_service_factory()
    store = KeyringStore("kapchyk-test-dead-daemon", service.backend())
    store.set("entry", "value")
    service.check_alive()
    daemon = service.processes[1]
    daemon.send_signal(signal.SIGKILL)
    daemon.wait(timeout=5)
    with pytest.raises(SecretServiceDied, match=rf"gnome-keyring-daemon \(pid {daemon.pid}\) "):
        service.check_alive()
    for _ in range(3):  # activation would answer "locked" from the second call on
        with pytest.raises(KeyringUnavailable):
            store.get("entry")
    assert not _owner_of(service.address, "org.freedesktop.secrets")


def _owner_of(address: str, name: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    dbus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    with open_dbus_connection(bus=address) as conn:
        return conn.send_and_get_reply(new_method_call(dbus, "NameHasOwner", "s", (name,))).body[0]
