// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";

/// @notice The part of BiveSwap the seeder calls.
interface IBiveSwapLike {
    function swap(uint256 biveAmount) external returns (uint256 dtaAmount, uint256 bonus);
}

/// @title Local-chain helper for the scale seed (hardhat/scripts/seedScale.ts)
/// @notice Makes many real protocol actions in one transaction, so the indexer benchmark gets thousands of
///         genuine DTAToken, DTAStaking and BiveSwap events without thousands of transactions. Every event is
///         emitted by the protocol contracts themselves; this contract is only the caller (and so the account
///         the positions and swaps belong to). Never deployed by the Ignition module.
contract ScaleSeeder is IERC721Receiver {
    using SafeERC20 for IERC20;

    /// @notice Sends `amount` DTA (or any token) from this contract's balance to each of `recipients`.
    function transferMany(IERC20 token, address[] calldata recipients, uint256 amount) external {
        for (uint256 i = 0; i < recipients.length; ++i) token.safeTransfer(recipients[i], amount);
    }

    /// @notice Opens `count` positions of `amount` for `lockDays`, paid from this contract's balance.
    function stakeMany(
        IDTAStaking staking,
        IERC20 token,
        uint256 count,
        uint256 amount,
        uint256 lockDays
    ) external {
        token.forceApprove(address(staking), count * amount);
        for (uint256 i = 0; i < count; ++i) staking.stake(amount, lockDays);
    }

    /// @notice Claims the accrued rewards of positions `first` to `first + count - 1` (owned by this contract).
    function claimMany(IDTAStaking staking, uint256 first, uint256 count) external {
        for (uint256 id = first; id < first + count; ++id) staking.claim(id);
    }

    /// @notice Compounds positions `first` to `first + count - 1` (owned by this contract).
    function compoundMany(IDTAStaking staking, uint256 first, uint256 count) external {
        for (uint256 id = first; id < first + count; ++id) staking.compound(id);
    }

    /// @notice Swaps `biveAmount` BIVE into DTA `count` times, from this contract's BIVE.
    function swapMany(IBiveSwapLike swap, IERC20 bive, uint256 count, uint256 biveAmount) external {
        bive.forceApprove(address(swap), count * biveAmount);
        for (uint256 i = 0; i < count; ++i) swap.swap(biveAmount);
    }

    /// @inheritdoc IERC721Receiver
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC721Receiver.onERC721Received.selector;
    }
}
