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
    /// @notice `handOver` needs the governor's address.
    error ZeroGovernor();

    /// @notice Setup is done: `governor` is the only proposer and canceller from now on.
    event HandedOver(address indexed governor, address[] removedProposers);

    address[] private _interimProposers;

    /// @param minDelay Seconds between queueing and execution.
    /// @param proposers Addresses allowed to queue operations (the governor, once deployed); at least one.
    /// @param admin Temporary admin for setup (the deployer, until `handOver`), or zero for none.
    constructor(
        uint256 minDelay,
        address[] memory proposers,
        address admin
    ) TimelockController(minDelay, _atLeastOne(proposers), _anyone(), admin) {
        _interimProposers = proposers;
    }

    /// @notice Setup's last step: `governor` becomes proposer and canceller, the interim proposers given at
    ///         deployment lose both roles, and a setup admin calling this gives up its admin role (the
    ///         timelock stays its own admin). Callable once per interim list by an admin.
    function handOver(address governor) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (governor == address(0)) revert ZeroGovernor();
        _grantRole(PROPOSER_ROLE, governor);
        _grantRole(CANCELLER_ROLE, governor);
        address[] memory removed = _interimProposers;
        for (uint256 i = 0; i < removed.length; ++i) {
            if (removed[i] == governor) continue;
            _revokeRole(PROPOSER_ROLE, removed[i]);
            _revokeRole(CANCELLER_ROLE, removed[i]);
        }
        delete _interimProposers;
        if (msg.sender != address(this)) _revokeRole(DEFAULT_ADMIN_ROLE, msg.sender);
        emit HandedOver(governor, removed);
    }

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
