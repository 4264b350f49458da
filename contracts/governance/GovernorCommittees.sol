// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {GovernorQuadraticCounting} from "./GovernorQuadraticCounting.sol";
import {ProposalActions} from "./ProposalActions.sol";

/// @title Committees: veto during review, and the Technical Committee's approval of upgrade-class proposals
/// @notice Technical (code upgrades, security), Economic (token parameters, reward rates) and Partnership
///         Council (integrations, alliances) are each a Safe. Every proposal names one; that Safe may veto the
///         proposal while it is in review (before voting opens), which burns its deposit. A proposal whose
///         winning option calls an upgrade-class function (one that changes which contracts the system trusts:
///         bonus sources, revenue destinations, roles such as oracles, the timelock, the committees) executes
///         only after the Technical Committee Safe approved it: the timelock batch starts with a call to
///         `requireUpgradeApproval`, so even a direct execution at the timelock cannot skip it.
abstract contract GovernorCommittees is GovernorQuadraticCounting {
    mapping(Committee committee => address) private _committeeSafes;
    mapping(bytes4 selector => bool) private _upgradeSelectors;

    /// @param safes The Technical, Economic and Partnership Council Safes, in `Committee` order.
    /// @param upgradeSelectors Function selectors whose calls make a proposal upgrade-class.
    constructor(address[3] memory safes, bytes4[] memory upgradeSelectors) {
        for (uint256 i = 0; i < 3; ++i) _setCommitteeSafe(Committee(i), safes[i]);
        for (uint256 i = 0; i < upgradeSelectors.length; ++i) _setUpgradeSelector(upgradeSelectors[i], true);
    }

    /// @notice The Safe of `committee`.
    function committeeSafe(Committee committee) public view returns (address) {
        return _committeeSafes[committee];
    }

    /// @notice Whether a call with `selector` makes a proposal upgrade-class.
    function isUpgradeSelector(bytes4 selector) public view returns (bool) {
        return _upgradeSelectors[selector];
    }

    /// @notice Governance replaces a committee's Safe (itself an upgrade-class change).
    function setCommitteeSafe(Committee committee, address safe) external onlyGovernance {
        _setCommitteeSafe(committee, safe);
    }

    /// @notice Governance marks or unmarks a function selector as upgrade-class.
    function setUpgradeSelector(bytes4 selector, bool upgradeClass) external onlyGovernance {
        _setUpgradeSelector(selector, upgradeClass);
    }

    /// @notice The Technical Committee Safe (its owners' threshold of signatures) approves executing an
    ///         upgrade-class proposal that succeeded or is queued.
    function approveUpgrade(uint256 proposalId) external {
        address safe = _committeeSafes[Committee.Technical];
        if (msg.sender != safe) revert NotCommitteeSafe(msg.sender, Committee.Technical);
        _validateStateBitmap(
            proposalId,
            _encodeStateBitmap(ProposalState.Succeeded) | _encodeStateBitmap(ProposalState.Queued)
        );
        _meta[proposalId].upgradeApproved = true;
        emit UpgradeApproved(proposalId, safe);
    }

    /// @notice First call of an upgrade-class timelock batch: reverts until the Technical Committee approved
    ///         (`proposalMeta(id).upgradeApproved`; kept there rather than behind a getter of its own, whose
    ///         selector would sort before `castVote`'s and cost every vote ~22 gas of dispatch).
    function requireUpgradeApproval(uint256 proposalId) external view {
        if (!_meta[proposalId].upgradeApproved) revert UpgradeNotApproved(proposalId);
    }

    /// @dev Bit i set when option i's actions (bit 0: all of them) include an upgrade-class call.
    function _upgradeMask(
        bytes[] memory calldatas,
        uint16[] memory optionEnds
    ) internal view returns (uint16) {
        return ProposalActions.upgradeMask(_upgradeSelectors, calldatas, optionEnds);
    }

    /// @dev A proposal's committee Safe may cancel (veto) it while it is in review; otherwise OZ's rule (the
    ///      proposer, while pending) applies.
    function _validateCancel(
        uint256 proposalId,
        address caller
    ) internal view virtual override returns (bool) {
        if (
            caller == _committeeSafes[_meta[proposalId].committee] &&
            state(proposalId) == ProposalState.Pending
        ) {
            return true;
        }
        return super._validateCancel(proposalId, caller);
    }

    function _setCommitteeSafe(Committee committee, address safe) private {
        if (safe == address(0)) revert ZeroAddress();
        _committeeSafes[committee] = safe;
        emit CommitteeSafeUpdated(committee, safe);
    }

    function _setUpgradeSelector(bytes4 selector, bool upgradeClass) private {
        _upgradeSelectors[selector] = upgradeClass;
        emit UpgradeSelectorUpdated(selector, upgradeClass);
    }
}
