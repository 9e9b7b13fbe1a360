"""Payment requests on the real devnet (anvil + Tron devnode), for watch-only accounts: paid by
a real transfer of the exact token — never by another token with the same symbol."""

from __future__ import annotations

import csv

import pytest

from tests.keys.cli_helpers import run_cli
from wallet.core.addresses import to_evm
from wallet.devnet.launcher import start_devnet
from wallet.devnet.tron import funded_keys

SHOP_EVM = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"
SHOP_TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


@pytest.fixture
def devnet(data_dir, secret_service):
    net = start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.3)
    run_cli(data_dir, "wallet", "watch", SHOP_EVM, "--label", "Shop BNB", mode="devnet")
    run_cli(data_dir, "wallet", "watch", SHOP_TRON, "--label", "Shop Tron", mode="devnet")
    yield net
    net.stop()


def test_evm_request_paid_only_by_the_exact_token_and_amount(devnet, data_dir):
    from wallet.devnet.contracts import abi, deploy

    _, req = run_cli(
        data_dir,
        "request",
        "create",
        "--network",
        "devnet-bsc",
        "--token",
        "KGST",
        "--amount",
        "5",
        "--label",
        "Order 42",
        "--account",
        SHOP_EVM,
        mode="devnet",
    )
    assert req["status"] == "open" and req["uri"].startswith("ethereum:")
    assert "uint256=5000000000000000000" in req["uri"]
    w3, issuer = devnet.w3, devnet.issuer
    fake = w3.eth.contract(
        address=deploy(w3, "TestKGST", "KGST", "KGST", 18, sender=issuer), abi=abi("TestKGST")
    )
    fake.functions.mint(SHOP_EVM, 5 * 10**18).transact({"from": issuer})  # same symbol!
    real = devnet.contract("KGST")
    real.functions.mint(SHOP_EVM, 4 * 10**18).transact({"from": issuer})  # too little
    _, checked = run_cli(data_dir, "request", "check", mode="devnet")
    assert checked["paid"] == []
    real.functions.mint(SHOP_EVM, 5 * 10**18).transact({"from": issuer})
    _, checked = run_cli(data_dir, "request", "check", mode="devnet")
    assert checked["paid"] == [req["id"]]
    [done] = [r for r in checked["requests"] if r["id"] == req["id"]]
    assert done["status"] == "paid" and done["paid_amount"] == "5"


def test_tron_request_paid_by_a_real_trc20_transfer(devnet, data_dir, tmp_path):
    _, req = run_cli(
        data_dir,
        "request",
        "create",
        "--network",
        "devnet-tron",
        "--token",
        "USDKG",
        "--amount",
        "2",
        "--account",
        SHOP_TRON,
        mode="devnet",
    )
    assert req["uri"].startswith(f"tron:{SHOP_TRON}?token=") and "amount=2" in req["uri"]
    client, key = devnet.tron_client, funded_keys(1)[0]
    fake = client.deploy(
        key, "TestUSDKG", ["string", "string", "uint8"], ["USDKG", "USDKG", 6], "USDKG"
    )
    client.trigger(
        key, fake, "mint(address,uint256)", ["address", "uint256"], [to_evm(SHOP_TRON), 2 * 10**6]
    )
    _, checked = run_cli(data_dir, "request", "check", mode="devnet")
    assert checked["paid"] == []
    # a customer (funded with devnet USDKG) sends 2.01: the test token's 0.1% fee leaves
    # 2.00799 for the shop (>= 2)
    from wallet.keys import hd

    payer = funded_keys(3)[2]
    devnet.fund(hd.tron_address(payer))
    info = client.trigger(
        payer,
        devnet.tron_token("USDKG"),
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(SHOP_TRON), 2_010_000],
    )
    assert info["receipt"]["result"] == "SUCCESS"
    _, checked = run_cli(data_dir, "request", "check", "--watch", "10", mode="devnet")
    assert checked["paid"] == [req["id"]]
    out = tmp_path / "requests.csv"
    run_cli(data_dir, "request", "list", "--csv", str(out), mode="devnet")
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["status"] == "paid" and rows[0]["paid_amount"] == "2.00799"


def test_request_expires(devnet, data_dir):
    from wallet.services.environment import Environment

    env = Environment(data_dir, "devnet")
    try:
        shop = env.accounts.account(SHOP_EVM)
        service = env.payment_requests
        req = service.create(shop, "devnet-bsc", "KGST", 10**18, "late", expires_in=60)
        service.clock = lambda: req.created_at + 61
        service.check()
        assert service.get(req.id).status == "expired"
        with pytest.raises(Exception, match="payment requests are for tokens"):
            service.create(shop, "devnet-bsc", "", 1)
    finally:
        env.close()
