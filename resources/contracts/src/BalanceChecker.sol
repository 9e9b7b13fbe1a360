// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity ^0.8.20;

/// @title Kapchyk's deployless balance checker.
/// Never deployed: the wallet sends its creation code + ABI-encoded (owners, tokens) as `data` of
/// a constant call with an empty contract address (java-tron's `triggerconstantcontract` runs it
/// as creation code, GreatVoyage-v4.4.0+; an EVM node's `eth_call` without `to` does the same).
/// The constructor returns, instead of runtime code, a flat array of 32-byte words:
///   word 0: block.number (starts with a zero byte, so the output never begins with 0xEF)
///   then per owner: its native balance (TRX in sun), then `balanceOf(owner)` of each token
///   then ceil(n / 256) words of a bitmap: bit i set = value i could not be read
///   (the token reverted, ran out of energy, or returned fewer than 32 bytes).
contract BalanceChecker {
    /// at most this much energy per balanceOf, so one bad token cannot use up the call
    uint256 private constant CALL_GAS = 200_000;

    constructor(address[] memory owners, address[] memory tokens) {
        uint256 per = tokens.length + 1;
        uint256 n = owners.length * per;
        uint256 flagWords = (n + 255) / 256;
        uint256 size = (1 + n + flagWords) * 32;
        uint256[] memory out = new uint256[](1 + n + flagWords);
        out[0] = block.number;
        for (uint256 o = 0; o < owners.length; o++) {
            address owner = owners[o];
            out[1 + o * per] = owner.balance;
            for (uint256 t = 0; t < tokens.length; t++) {
                uint256 i = o * per + 1 + t;
                (bool ok, bytes memory ret) = tokens[t].staticcall{gas: CALL_GAS}(
                    abi.encodeWithSelector(0x70a08231, owner)
                );
                if (ok && ret.length >= 32) {
                    out[1 + i] = abi.decode(ret, (uint256));
                } else {
                    out[1 + n + i / 256] |= uint256(1) << (i % 256);
                }
            }
        }
        assembly {
            return(add(out, 32), size)
        }
    }
}
