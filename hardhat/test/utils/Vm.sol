// SPDX-License-Identifier: MIT
// solhint-disable interface-starts-with-i
pragma solidity ^0.8.28;

/// @notice The few Hardhat (Foundry-compatible) cheatcodes the Solidity tests use. forge-std is not a
///         dependency of this project, so they are declared here.
interface Vm {
    /// @notice Makes the next call's msg.sender `sender`.
    function prank(address sender) external;

    /// @notice Expects the next call to revert with exactly `revertData`.
    function expectRevert(bytes calldata revertData) external;

    /// @notice Discards the current fuzz input when `condition` is false.
    function assume(bool condition) external pure;
}

/// @dev The cheatcode address: address(uint160(uint256(keccak256("hevm cheat code")))).
Vm constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
