from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from wallet.core.errors import DataFileError, UnknownNetwork, UnknownToken
from wallet.core.networks import load_registry, parse_registry


def _docs():
    base = resources.files("wallet.resources")
    return (
        json.loads(base.joinpath("networks.json").read_text()),
        json.loads(base.joinpath("tokens.json").read_text()),
    )


@pytest.mark.parametrize("mode", ["mainnet", "testnet", "devnet"])
def test_packaged_data_loads(mode):
    reg = load_registry(mode)
    assert reg.networks
    assert {n.kind for n in reg.networks} == {"evm", "tron"}
    assert all(n.mode == mode and n.endpoints for n in reg.networks)


@pytest.mark.parametrize("mode", ["mainnet", "testnet", "devnet"])
def test_packaged_addresses_are_in_their_checksummed_form(mode):
    """The start trusts the packaged spelling (no keccak before the first paint): this is the
    check, with EIP-55 checksums verified, and it must give the very same registry."""
    nets, toks = _docs()
    checked = parse_registry(mode, nets, toks, verify=True)
    trusted = load_registry(mode)
    assert [t.contract for t in checked.tokens()] == [t.contract for t in trusted.tokens()]
    assert [n.multicall3 for n in checked.networks] == [n.multicall3 for n in trusted.networks]


def test_a_wrong_checksum_in_a_data_file_is_caught_when_verified():
    nets, toks = _docs()
    bad = copy.deepcopy(toks)
    kgst = next(t for t in bad["tokens"] if t["symbol"] == "KGST")
    kgst["contract"] = kgst["contract"].replace("bbA8", "BBa8")  # case flipped: checksum broken
    with pytest.raises(DataFileError, match="contract"):
        parse_registry("mainnet", nets, bad, verify=True)


def test_mainnet_tokens_are_the_verified_ones():
    reg = load_registry("mainnet")
    assert reg.token("bsc", "KGST").contract == "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828"
    assert reg.token("tron", "USDKG").contract == "TXZo12qvnEVKvU2zbfuQeMXKusWyxonwEG"
    assert reg.token("eth", "usdkg").contract == "0xE820C06321E60d36257C666643Fa5436643445E3"
    assert reg.token("bsc", "0x94be0bba8e1e303fe998c9360b57b826f1a4f828").symbol == "KGST"
    assert reg.network("bsc").chain_id == 56 and reg.network("bsc").poa
    assert reg.network("eth").fee_model == "eip1559"
    assert reg.network("tron").genesis_block_id.startswith("00000000000000001ebf")


def test_testnet_chains():
    reg = load_registry("testnet")
    assert reg.network("bsc-testnet").chain_id == 97
    assert reg.network("sepolia").chain_id == 11155111
    assert reg.network("tron-nile").faucets and reg.network("tron-shasta").endpoints


def test_unknown_network_and_token_messages():
    reg = load_registry("mainnet")
    with pytest.raises(UnknownNetwork, match="no network 'bsc-testnet' in mainnet mode"):
        reg.network("bsc-testnet")
    with pytest.raises(UnknownToken, match="no token 'USDT' on BNB Chain"):
        reg.token("bsc", "USDT")
    with pytest.raises(UnknownToken, match="no token with contract"):
        reg.token("bsc", "0x" + "1" * 40)


def _mutated(path, value, which="networks"):
    nets, toks = _docs()
    doc = copy.deepcopy(nets if which == "networks" else toks)
    target = doc[which][0]
    *parents, last = path
    for p in parents:
        target = target[p]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return (doc, toks) if which == "networks" else (nets, doc)


@pytest.mark.parametrize(
    ("path", "value", "which", "message"),
    [
        (["chain_id"], KeyError, "networks", r"network #1 \(bsc\): field 'chain_id' is missing"),
        (["chain_id"], "56", "networks", "field 'chain_id' must be a positive chain id"),
        (["kind"], "solana", "networks", "field 'kind' must be 'evm' or 'tron'"),
        (["fee_model"], "tron-resources", "networks", "legacy or eip1559 for a evm network"),
        (["endpoints"], [], "networks", "non-empty list of http"),
        (["native", "decimals"], 99, "networks", "native: field 'decimals' must be 0..36"),
        (
            ["contract"],
            "0x94be0bbA8E1E303fE998c9360B57b826F1A4f829",
            "tokens",
            r"token #1 \(KGST on bsc\): field 'contract' is not a valid BNB Chain address",
        ),
        (["contract"], "TXZo12qvnEVKvU2zbfuQeMXKusWyxonwEG", "tokens", "Tron address"),
        (["network"], "polygon", "tokens", "unknown network 'polygon'"),
        (["source"], "  ", "tokens", "field 'source' must be a non-empty note"),
        (["decimals"], True, "tokens", "must be a number, not true/false"),
    ],
)
def test_bad_data_names_file_entry_and_field(path, value, which, message):
    nets, toks = _mutated(path, value, which)
    with pytest.raises(DataFileError, match=message):
        parse_registry("mainnet", nets, toks)


def test_duplicate_token_is_refused():
    nets, toks = _docs()
    toks["tokens"].append(dict(toks["tokens"][0]))
    with pytest.raises(DataFileError, match="appears twice"):
        parse_registry("mainnet", nets, toks)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["id"], "BSC!", "field 'id' must be lower-case letters"),
        (["mode"], "prod", "field 'mode' must be mainnet, testnet or devnet"),
        (["native"], KeyError, "field 'native' is missing"),
        (["native", "symbol"], "", "field 'symbol' must be a short"),
        (["endpoints"], ["ftp://x"], "field 'endpoints' must be a non-empty list of http"),
        (["chain_id"], 0, "field 'chain_id' must be a positive chain id; got 0"),
        (["confirmations"], 0, "field 'confirmations' must be at least 1"),
        (["min_gas_price_wei"], -1, "field 'min_gas_price_wei' must be >= 0"),
        (["poa"], "yes", "field 'poa' must be bool"),
        (["multicall3"], "0x1234", "field 'multicall3' must be an EVM address"),
        (["history_source"], "magic", "field 'history_source' must be 'logs' or 'explorer'"),
        (["explorer"], {"tx": "ftp://x/{txid}"}, "field 'explorer' must be an object mapping"),
        (
            ["explorer"],
            {"block": "https://x/{n}"},
            "field 'explorer' must be an object mapping tx/address/token",
        ),
        (["faucets"], [42], "field 'faucets' must be a list of http"),
        (["name"], 5, "field 'name' must be str"),
    ],
)
def test_bad_network_entry_names_file_entry_and_field(path, value, message):
    nets, toks = _mutated(path, value)
    with pytest.raises(
        DataFileError,
        match=r"^networks\.json: network #1 \((?:bsc|BSC!)\)(?: native)?: " + message,
    ):
        parse_registry("mainnet", nets, toks)


def test_bad_tron_genesis_is_named():
    nets, toks = _docs()
    tron = next(n for n in nets["networks"] if n["id"] == "tron")
    tron["genesis_block_id"] = "ABC"
    with pytest.raises(DataFileError, match=r"\(tron\): field 'genesis_block_id' must be 64"):
        parse_registry("mainnet", nets, toks)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["symbol"], "K G S T", "field 'symbol' must be 1-12"),
        (["decimals"], 37, "field 'decimals' must be 0..36"),
        (["issuer_controls"], "all", "field 'issuer_controls' must be none / kgst / usdkg"),
        (["source"], KeyError, "field 'source' is missing"),
        (["contract"], KeyError, "field 'contract' is missing"),
        (["visible_by_default"], 1, "field 'visible_by_default' must be bool"),
    ],
)
def test_bad_token_entry_names_file_entry_and_field(path, value, message):
    nets, toks = _mutated(path, value, "tokens")
    with pytest.raises(DataFileError, match=r"^tokens\.json: token #1 \([^)]*\): " + message):
        parse_registry("mainnet", nets, toks)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda n, t: n.update(networks={}), "networks.json: 'networks' must be a list"),
        (lambda n, t: n["networks"].append(3), "networks.json: network #8 must be an object"),
        (lambda n, t: n["networks"].append(dict(n["networks"][0])), "'bsc' appears twice"),
        (lambda n, t: t.pop("tokens"), "tokens.json: 'tokens' must be a list"),
        (lambda n, t: t["tokens"].insert(0, "KGST"), "tokens.json: token #1 must be an object"),
    ],
)
def test_bad_file_structure_is_named(mutate, message):
    nets, toks = _docs()
    count = len(nets["networks"])
    mutate(nets, toks)
    with pytest.raises(DataFileError, match=message.replace("#8", f"#{count + 1}")):
        parse_registry("mainnet", nets, toks)


def test_unknown_mode_is_refused():
    nets, toks = _docs()
    with pytest.raises(UnknownNetwork, match="unknown network mode 'prod'"):
        parse_registry("prod", nets, toks)


def test_modes_are_kept_apart():
    main = load_registry("mainnet")
    assert {n.id for n in main.networks} == {"bsc", "eth", "tron"}
    assert {(t.symbol, t.network) for t in main.tokens() if t.visible_by_default} == {
        ("KGST", "bsc"),
        ("USDKG", "tron"),
        ("USDKG", "eth"),
    }
    assert all(t.source.strip() for t in main.tokens())
    for mode in ("testnet", "devnet"):
        reg = load_registry(mode)
        assert not {n.id for n in reg.networks} & {"bsc", "eth", "tron"}
        # no token has a public testnet deployment: nothing is guessed into the data files
        assert reg.tokens() == []
    assert {n.chain_id for n in load_registry("testnet").networks if n.kind == "evm"} == {
        97,
        11155111,
    }


def test_explorer_links_and_token_lookups():
    reg = load_registry("mainnet")
    bsc = reg.network("bsc")
    assert bsc.explorer_url("tx", txid="0xab") == "https://bscscan.com/tx/0xab"
    assert bsc.explorer_url("nonsense") is None
    assert load_registry("devnet").networks[0].explorer_url("tx", txid="x") is None
    assert reg.token("tron", "41" + _tron_hex(reg, "USDKG")).symbol == "USDKG"


def _tron_hex(reg, symbol):
    from wallet.core.addresses import tron_to_hex

    return tron_to_hex(reg.token("tron", symbol).contract)[2:]


def test_user_tokens_replace_only_the_same_network_and_contract():
    from wallet.core.networks import Token

    reg = load_registry("mainnet")
    jpyc = reg.token("eth", "JPYC")
    # the same contract address on another network is another token (JPYC shares one address
    # across chains), so adding it on BNB Chain must not drop it from Ethereum
    on_bsc = Token("JPYC", "JPY Coin", "bsc", jpyc.contract, 18, user_added=True)
    reg2 = reg.with_tokens([on_bsc])
    assert reg2.token("eth", "JPYC") == jpyc
    assert reg2.token("bsc", "JPYC").user_added
    renamed = Token("JPYCv2", "JPY Coin", "eth", jpyc.contract.lower(), 18, user_added=True)
    reg3 = reg.with_tokens([renamed])
    assert [
        t.symbol for t in reg3.tokens("eth") if t.contract.lower() == jpyc.contract.lower()
    ] == ["JPYCv2"]


def test_several_tokens_with_one_symbol_need_the_contract():
    from wallet.core.networks import Token

    reg = load_registry("mainnet")
    fake = Token("KGST", "fake KGST", "bsc", "0x" + "12" * 20, 18, user_added=True)
    reg2 = reg.with_tokens([fake])
    with pytest.raises(
        UnknownToken, match="several tokens on BNB Chain are called kgst; give the contract"
    ):
        reg2.token("bsc", "kgst")
    assert reg2.token("bsc", "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828").name != "fake KGST"


def test_endpoints_can_be_replaced_per_network():
    reg = load_registry("mainnet").with_endpoints("bsc", ["http://127.0.0.1:8545"])
    assert reg.network("bsc").endpoints == ("http://127.0.0.1:8545",)
    assert reg.network("eth").endpoints == load_registry("mainnet").network("eth").endpoints
