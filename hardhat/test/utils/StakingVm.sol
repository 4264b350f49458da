// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The Hardhat (Foundry-compatible) cheatcodes the staking Solidity tests use. forge-std is not a
///         dependency of this project, so they are declared here.
interface StakingVm {
    /// @notice Sets block.timestamp.
    function warp(uint256 timestamp) external;

    /// @notice Sets block.number.
    function roll(uint256 blockNumber) external;

    /// @notice Makes the next call's msg.sender `sender`.
    function prank(address sender) external;

    /// @notice Discards the current fuzz input when `condition` is false.
    function assume(bool condition) external pure;
}

/// @dev The cheatcode address: address(uint160(uint256(keccak256("hevm cheat code")))).
StakingVm constant stakingVm = StakingVm(address(uint160(uint256(keccak256("hevm cheat code")))));
