"""Live balances on the real anvil: one head request per quiet network per interval, balances
read only when a block came, history only when a balance changed; a transfer made from outside
the wallet is reported as incoming, with its sender; an unreachable network backs off."""

from __future__ import annotations

from wallet.chains.evm_provider import REQUESTS
from wallet.core.networks import Registry
from wallet.services.live import FAILED_MAX, HeadWatcher

NET = "bsc-testnet"
WATCHED = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955"  # anvil account 7, watched only


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def only(reg: Registry, *ids: str) -> Registry:
    """The registry with just these networks (the others point at public nodes)."""
    return Registry(
        reg.mode, [reg.network(i) for i in ids], [t for i in ids for t in reg.tokens(i)]
    )


def _watcher(env, clock, registry=None):
    registry = registry or only(env.registry, NET)
    return HeadWatcher(registry, env.portfolio, env.history, env.clients, clock, base=2.0)


def _send_kgst_from_outside(world, to, amount):
    """A transfer the wallet had no part in: the issuer's own web3 call."""
    kgst = world.tokens.kgst
    tx = kgst.functions.transfer(to, amount).transact({"from": world.tokens.issuer})
    world.anvil.w3.eth.wait_for_transaction_receipt(tx)


def test_an_outside_transfer_is_seen_with_its_sender(world):
    env = world.env
    shop = env.accounts.add_watch_only("Shop", WATCHED)
    account = env.accounts.accounts(shop.id)[0]
    clock = Clock()
    watcher = _watcher(env, clock)
    first = watcher.poll([account])
    assert first.asked == [NET] and first.incoming == []  # the first look only learns

    clock.now += 10
    before = REQUESTS.count
    quiet = watcher.poll([account])
    assert quiet.changed == [] and REQUESTS.count - before == 1  # the head, nothing else

    _send_kgst_from_outside(world, WATCHED, 1500 * 10**18)
    clock.now += 10
    result = watcher.poll([account])
    assert result.changed == [NET]
    [item] = result.incoming
    assert (item.symbol, item.amount, item.sender) == ("KGST", 1500 * 10**18, world.tokens.issuer)
    cached = {r.symbol: r.amount for r in env.portfolio.cached([account]) if r.network_id == NET}
    assert cached["KGST"] >= 1500 * 10**18
    assert any(t.txid == item.txid for t in env.history.rows(NET, WATCHED))  # in History too


def test_a_quiet_network_is_asked_less_often(world):
    env = world.env
    account = env.accounts.accounts()[0]
    clock = Clock()
    watcher = _watcher(env, clock)
    watcher.poll([account])
    waits = []
    for _ in range(4):
        clock.now += 1000
        watcher.poll([account])
        waits.append(watcher.next_due())
    assert waits == sorted(waits) and waits[-1] > waits[0]  # backing off while idle


def test_an_unreachable_network_backs_off(world):
    env = world.env
    reg = env.registry.with_endpoints(NET, ["http://127.0.0.1:9"])  # nothing listens there
    env.__dict__["registry"] = reg
    env.refresh_registry(reg)
    account = env.accounts.accounts()[0]
    clock = Clock()
    watcher = _watcher(env, clock, only(reg, NET))
    waits = []
    for _ in range(4):
        result = watcher.poll([account])
        assert "cannot reach" in result.errors[NET]
        waits.append(watcher.next_due())
        clock.now += waits[-1]
    assert waits == sorted(waits) and waits[-1] >= 4 * waits[0] and waits[-1] <= FAILED_MAX
