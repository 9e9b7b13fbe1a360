"""The devnode's Stake 2.0 endpoints, shaped like java-tron's servlets.

Read from java-tron (framework/src/main/java/org/tron/core/services/http/): the build servlets
(FreezeBalanceV2Servlet, UnFreezeBalanceV2Servlet, WithdrawExpireUnfreezeServlet,
CancelAllUnfreezeV2Servlet, DelegateResourceServlet, UnDelegateResourceServlet) merge the body
into the contract message, build it through ``Wallet.createTransactionCapsule`` (which runs the
actuator's ``validate``) and print the unsigned transaction; a refusal prints
``{"Error": "class org.tron.core.exception.ContractValidateException : <text>"}``. The read
servlets answer ``CanDelegatedMaxSizeResponseMessage {max_size}`` (request ``owner_address``,
``type`` 0 bandwidth / 1 energy), ``GetAvailableUnfreezeCountResponseMessage {count}`` and
``CanWithdrawUnfreezeAmountResponseMessage {amount}`` (request ``owner_address``,
``timestamp``; 0 means the head block's time) — see Wallet.java's ``getCanDelegatedMaxSize``,
``getAvailableUnfreezeCount``, ``getCanWithdrawUnfreezeAmount``. ``getdelegatedresourcev2``
(``fromAddress``, ``toAddress``) answers ``DelegatedResourceList {delegatedResource: [{from,
to, frozen_balance_for_bandwidth, frozen_balance_for_energy}]}`` and
``getdelegatedresourceaccountindexv2`` (``value``) ``{account, fromAccounts, toAccounts}``
(api.proto, Tron.proto). Zero values are absent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wallet.core import tron_tx
from wallet.devnet.tron.staking import BANDWIDTH, ENERGY, UNFREEZE_MAX_TIMES, resource_code

if TYPE_CHECKING:
    from wallet.devnet.tron.http import Api

Handler = Callable[[dict[str, Any]], dict[str, Any]]

#: endpoint → (contract type, the contract's fields besides owner_address)
BUILDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "freezebalancev2": ("FreezeBalanceV2Contract", ("frozen_balance", "resource")),
    "unfreezebalancev2": ("UnfreezeBalanceV2Contract", ("unfreeze_balance", "resource")),
    "withdrawexpireunfreeze": ("WithdrawExpireUnfreezeContract", ()),
    "cancelallunfreezev2": ("CancelAllUnfreezeV2Contract", ()),
    "delegateresource": (
        "DelegateResourceContract",
        ("resource", "balance", "receiver_address", "lock", "lock_period"),
    ),
    "undelegateresource": (
        "UnDelegateResourceContract",
        ("resource", "balance", "receiver_address"),
    ),
}


def contract_from_body(ctype: str, names: tuple[str, ...], body: dict[str, Any]) -> Any:
    """The contract a build request asks for (addresses hex or base58, resource by name)."""
    from wallet.devnet.tron.http import _addr

    value: dict[str, Any] = {"owner_address": _addr(body.get("owner_address"))}
    for name in names:
        raw = body.get(name)
        if name == "receiver_address":
            value[name] = _addr(raw)
        elif name == "resource":
            value[name] = resource_code(raw or 0)
        elif name == "lock":
            value[name] = raw is True or str(raw).lower() == "true"
        else:
            value[name] = int(raw or 0)
    return tron_tx.Contract(ctype, value)


def routes(api: Api) -> dict[str, Handler]:
    """``/wallet/…`` Stake 2.0 routes plus the devnet time warp, for ``Api.routes``."""
    from wallet.devnet.tron.chain import Rejected
    from wallet.devnet.tron.http import _addr, _show, _visible

    chain = api.chain

    def build(ctype: str, names: tuple[str, ...]) -> Handler:
        def handler(body: dict[str, Any]) -> dict[str, Any]:
            contract = contract_from_body(ctype, names, body)
            try:
                chain.staking.validate(ctype, contract.value, chain.now_ms())
            except Rejected as exc:
                return {
                    "Error": f"class org.tron.core.exception.ContractValidateException : "
                    f"{exc.message}"
                }
            raw = chain.build(contract)
            return tron_tx.transaction_json(raw, visible=_visible(body))

        return handler

    def owner(body: dict[str, Any]) -> Any:
        return chain.account(_addr(body.get("owner_address") or body.get("ownerAddress")))

    def max_size(body: dict[str, Any]) -> dict[str, Any]:
        acct = owner(body)
        size = (
            chain.staking.delegatable(acct, int(body.get("type", 0)), chain.now_ms()) if acct else 0
        )
        return {"max_size": size} if size else {}

    def unfreeze_count(body: dict[str, Any]) -> dict[str, Any]:
        acct = owner(body)
        if acct is None:
            return {}
        used = chain.staking.pending_unfreezes(acct.address, chain.head.timestamp)
        count = UNFREEZE_MAX_TIMES - used
        return {"count": count} if count else {}

    def withdrawable(body: dict[str, Any]) -> dict[str, Any]:
        acct = owner(body)
        timestamp = int(body.get("timestamp", 0))
        if acct is None or timestamp < 0:
            return {}
        amount = chain.staking.can_withdraw(acct.address, timestamp or chain.head.timestamp)
        return {"amount": amount} if amount else {}

    def delegated(body: dict[str, Any]) -> dict[str, Any]:
        frm, to = _addr(body.get("fromAddress")), _addr(body.get("toAddress"))
        vis = _visible(body)
        lent = chain.staking.delegations
        item = {
            "from": _show(frm, vis),
            "to": _show(to, vis),
            "frozen_balance_for_bandwidth": lent.get((frm, to, BANDWIDTH), 0),
            "frozen_balance_for_energy": lent.get((frm, to, ENERGY), 0),
        }
        if not (item["frozen_balance_for_bandwidth"] or item["frozen_balance_for_energy"]):
            return {}
        return {"delegatedResource": [{k: v for k, v in item.items() if v}]}

    def account_index(body: dict[str, Any]) -> dict[str, Any]:
        addr, vis = _addr(body.get("value")), _visible(body)
        keys = [k for k, v in chain.staking.delegations.items() if v]
        to = sorted({b for a, b, _ in keys if a == addr})
        frm = sorted({a for a, b, _ in keys if b == addr})
        out: dict[str, Any] = {"account": _show(addr, vis)}
        if frm:
            out["fromAccounts"] = [_show(a, vis) for a in frm]
        if to:
            out["toAccounts"] = [_show(a, vis) for a in to]
        return out

    def warp(body: dict[str, Any]) -> dict[str, Any]:
        """Devnode only: move the clock forward by ``seconds`` (or ``days``) and make a block."""
        seconds = int(body.get("seconds", 0)) + int(float(body.get("days", 0)) * 86_400)
        block = chain.warp(seconds)
        return {"result": True, "number": block.number, "timestamp": block.timestamp}

    out: dict[str, Handler] = {
        f"/wallet/{path}": build(ctype, names) for path, (ctype, names) in BUILDS.items()
    }
    for prefix in ("/wallet/", "/walletsolidity/"):
        out[prefix + "getcandelegatedmaxsize"] = max_size
        out[prefix + "getavailableunfreezecount"] = unfreeze_count
        out[prefix + "getcanwithdrawunfreezeamount"] = withdrawable
        out[prefix + "getdelegatedresourcev2"] = delegated
        out[prefix + "getdelegatedresourceaccountindexv2"] = account_index
    out["/admin/warp"] = warp
    return out
