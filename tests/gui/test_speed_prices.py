"""Each speed choice of the send form carries its typical fee in money: a BNB-Chain-shaped
anvil (chain id 56) serves mainnet "bsc", a local server the documented price formats
(tests/harness/price_server.py); on a testnet the coin amount alone (test coins have no value)."""

from __future__ import annotations

import re

from tests.harness.price_server import PriceServer
from wallet.gui.balances_view import fee_text
from wallet.gui.send_dialog import SendDialog
from wallet.services.environment import Environment
from wallet.services.fees import NATIVE_TRANSFER_GAS

ME = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"  # anvil account 0, watched: no key needed


def _speeds(dialog) -> list[str]:
    return [dialog.speed_box.itemText(i) for i in range(dialog.speed_box.count())]


def test_speed_choices_are_priced_in_money(qtbot, data_dir, anvil_factory, idle_workers):
    node = anvil_factory(chain_id=56)
    env = Environment(data_dir, "mainnet")
    env.__dict__["registry"] = env.registry.with_endpoints("bsc", [node.url])
    server = PriceServer()
    try:
        for source in ("binance", "nbkr"):
            env.prices.set_urls(source, [server.url])
        env.prices.refresh()
        env.accounts.add_watch_only("Shop", ME)
        dialog = SendDialog(env, env.accounts.accounts()[0])
        qtbot.addWidget(dialog)
        dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index("bsc"))
        dialog.token_box.setCurrentIndex(0)  # BNB itself: a plain 21,000-gas transfer
        dialog.show()
        qtbot.waitUntil(lambda: "som" in _speeds(dialog)[1], timeout=30_000)
        slow, normal, fast = _speeds(dialog)
        assert re.fullmatch(r"Normal: ≈ [0-9.,]+ som \(0\.[0-9]+ BNB\)", normal), normal
        price = node.w3.eth.gas_price
        bsc = env.registry.network("bsc")
        expected = fee_text(env, bsc, max(price, bsc.min_gas_price_wei) * NATIVE_TRANSFER_GAS)
        assert normal == f"Normal: {expected}"
        assert slow.startswith("Slow: ≈ ") and fast.startswith("Fast: ≈ ")
    finally:
        server.stop()
        env.close()


def test_test_coins_speeds_show_the_coin_only(qtbot, world, idle_workers):
    dialog = SendDialog(world.env, world.account(1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "tBNB" in _speeds(dialog)[1], timeout=30_000)
    assert re.fullmatch(r"Normal: 0\.[0-9]+ tBNB", _speeds(dialog)[1]), _speeds(dialog)
