// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {GovernorCommittees} from "./GovernorCommittees.sol";

/// @title Proposal deposits: refunded when a proposal is decided honestly, burned when it is not
/// @notice Proposing pulls `proposalDeposit` DTA from the proposer. It goes back when the vote decided the
///         proposal (it succeeded — queued, executed or expired later — or was defeated with quorum met). It
///         is burned (the failed-proposal burn, `DepositBurned`) when the proposal missed quorum, was vetoed by
///         its committee, or was canceled. Anyone may settle a decided proposal's deposit; queueing refunds it.
abstract contract GovernorDeposits is GovernorCommittees {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice The DTA token deposits are paid and burned in.
    IERC20 public immutable depositToken;
    /// @notice DTA (base units) a new proposal holds as its deposit.
    uint256 public proposalDeposit;
    /// @notice Σ deposits of proposals not settled yet, held by this contract.
    uint256 public depositsHeld;

    constructor(IERC20 token, uint256 deposit) {
        if (address(token) == address(0)) revert ZeroAddress();
        depositToken = token;
        _setProposalDeposit(deposit);
    }

    /// @notice Governance sets the deposit of future proposals.
    function setProposalDeposit(uint256 deposit) external onlyGovernance {
        _setProposalDeposit(deposit);
    }

    /// @notice Refunds or burns the deposit of a proposal whose vote is over (anyone may call).
    function settleDeposit(uint256 proposalId) external {
        ProposalMeta storage m = _meta[proposalId];
        ProposalState s = state(proposalId);
        if (m.depositState != DepositState.Held || s == ProposalState.Pending || s == ProposalState.Active) {
            revert DepositNotSettleable(proposalId, m.depositState);
        }
        if (s == ProposalState.Canceled || (s == ProposalState.Defeated && !_quorumReached(proposalId))) {
            _burnDeposit(proposalId);
        } else {
            _refundDeposit(proposalId);
        }
    }

    /// @dev Pulls the current deposit from `proposer` for a new proposal.
    function _takeDeposit(uint256 proposalId, address proposer) internal returns (uint256 amount) {
        amount = proposalDeposit;
        if (amount == 0) return 0;
        ProposalMeta storage m = _meta[proposalId];
        m.deposit = amount.toUint128();
        m.depositState = DepositState.Held;
        depositsHeld += amount;
        depositToken.safeTransferFrom(proposer, address(this), amount);
    }

    function _refundDeposit(uint256 proposalId) internal {
        ProposalMeta storage m = _meta[proposalId];
        if (m.depositState != DepositState.Held) return;
        m.depositState = DepositState.Refunded;
        uint256 amount = m.deposit;
        depositsHeld -= amount;
        address proposer = proposalProposer(proposalId);
        depositToken.safeTransfer(proposer, amount);
        emit DepositRefunded(proposalId, proposer, amount);
    }

    function _burnDeposit(uint256 proposalId) internal {
        ProposalMeta storage m = _meta[proposalId];
        if (m.depositState != DepositState.Held) return;
        m.depositState = DepositState.Burned;
        uint256 amount = m.deposit;
        depositsHeld -= amount;
        ERC20Burnable(address(depositToken)).burn(amount);
        emit DepositBurned(proposalId, proposalProposer(proposalId), amount);
    }

    function _setProposalDeposit(uint256 deposit) private {
        emit ProposalDepositUpdated(proposalDeposit, deposit);
        proposalDeposit = deposit;
    }
}
