// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {ICompliantToken} from "./ICompliantToken.sol";

/// @title The token staked in DTAStaking
/// @notice What the staking contract needs from DTA: ERC-20, EIP-2612 permit and ERC20Burnable's `burn`
///         (early-unstake penalties are burned, so supply only falls), and its blacklist and pause, which the
///         receipts honour.
interface IStakingToken is IERC20, IERC20Permit, ICompliantToken {
    /// @notice Destroys `value` tokens of the caller.
    /// @param value Amount in base units.
    function burn(uint256 value) external;
}
