"""A real anvil for tests: one process per test session, a snapshot reverted after each test."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eth_account import Account

from wallet.devnet.anvil import TEST_MNEMONIC, AnvilProcess
from wallet.devnet.contracts import deploy, install_multicall3

Account.enable_unaudited_hdwallet_features()


@dataclass(frozen=True)
class FundedAccount:
    address: str
    private_key: bytes


def funded_accounts(n: int = 10) -> list[FundedAccount]:
    out = []
    for i in range(n):
        acct = Account.from_mnemonic(TEST_MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}")
        out.append(FundedAccount(acct.address, bytes(acct.key)))
    return out


@dataclass
class Anvil:
    """What the ``anvil`` fixture gives a test."""

    process: AnvilProcess
    w3: Any
    accounts: list[FundedAccount] = field(default_factory=funded_accounts)

    @property
    def url(self) -> str:
        return self.process.url

    @property
    def chain_id(self) -> int:
        return self.process.chain_id

    def rpc(self, method: str, *params: Any) -> Any:
        resp = self.w3.provider.make_request(method, list(params))
        if "error" in resp:
            raise RuntimeError(f"{method}: {resp['error']}")
        return resp.get("result")

    def mine(self, blocks: int = 1) -> None:
        self.rpc("anvil_mine", hex(blocks))

    def set_automine(self, on: bool) -> None:
        self.rpc("evm_setAutomine", on)


def connect(process: AnvilProcess) -> Anvil:
    from web3 import Web3

    w3 = Web3(Web3.HTTPProvider(process.url, request_kwargs={"timeout": 30}))
    install_multicall3(w3)
    return Anvil(process, w3)


@dataclass
class TestTokens:
    """The project's KGST-like and USDKG-like test tokens, deployed by accounts[0] (the issuer)."""

    kgst: Any  # web3 contract
    usdkg: Any
    issuer: str

    @property
    def kgst_address(self) -> str:
        return self.kgst.address

    @property
    def usdkg_address(self) -> str:
        return self.usdkg.address


def deploy_test_tokens(anvil: Anvil, *, fund: int = 5) -> TestTokens:
    """Deploy TestKGST (18 decimals) and TestUSDKG (6 decimals); give accounts[0..fund-1]
    1,000,000 of each."""
    from wallet.devnet.contracts import abi

    w3 = anvil.w3
    issuer = anvil.accounts[0].address
    kgst_addr = deploy(w3, "TestKGST", "Test KGST", "KGST", 18, sender=issuer)
    usdkg_addr = deploy(w3, "TestUSDKG", "Test USDKG", "USDKG", 6, sender=issuer)
    kgst = w3.eth.contract(address=kgst_addr, abi=abi("TestKGST"))
    usdkg = w3.eth.contract(address=usdkg_addr, abi=abi("TestUSDKG"))
    for acct in anvil.accounts[:fund]:
        kgst.functions.mint(acct.address, 1_000_000 * 10**18).transact({"from": issuer})
        usdkg.functions.mint(acct.address, 1_000_000 * 10**6).transact({"from": issuer})
    return TestTokens(kgst, usdkg, issuer)
