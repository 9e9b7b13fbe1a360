from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from kapchyk.core.errors import DataFileError, UnknownNetwork, UnknownToken
from kapchyk.core.networks import load_registry, parse_registry


def _docs():
    base = resources.files("kapchyk.resources")
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
