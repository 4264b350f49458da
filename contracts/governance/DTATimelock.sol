// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title DTA governance timelock
/// @notice Holds the treasury, the community DAO bucket and every admin role once setup is done. Executes
///         what governance queued after `getMinDelay()` seconds; anyone may trigger execution.
contract DTATimelock is TimelockController {
    /// @notice No proposer was given: nothing could ever be queued, so every role and every DTA the
    ///         timelock holds would be unreachable forever.
    error NoProposers();

    /// @param minDelay Seconds between queueing and execution.
    /// @param proposers Addresses allowed to queue operations (the governor, once deployed); at least one.
    /// @param admin Temporary admin for setup, or zero for none; it must renounce when setup is done.
    constructor(
        uint256 minDelay,
        address[] memory proposers,
        address admin
    ) TimelockController(minDelay, _atLeastOne(proposers), _anyone(), admin) {}

    /// @dev Runs before the parent constructor, so an empty list never deploys a timelock.
    function _atLeastOne(address[] memory proposers) private pure returns (address[] memory) {
        if (proposers.length == 0) revert NoProposers();
        return proposers;
    }

    function _anyone() private pure returns (address[] memory executors) {
        executors = new address[](1);
        executors[0] = address(0);
    }
}
