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
///         its committee, or was canceled. Anyone may settle a decided proposal's deposit; queueing refunds it
///         and cancelling burns it, unless the token refuses (paused, or the proposer blacklisted): then the
///         deposit stays held and `settleDeposit` completes it once the token allows.
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

    /// @notice Refunds or burns the deposit of a proposal whose vote is over (anyone may call). Completes a
    ///         settlement that `queue` or `cancel` deferred because the token refused the move.
    /// @dev Reverts with the token's own error (e.g. `EnforcedPause`, `AccountBlacklisted`) while the token
    ///      still refuses, so the caller sees why; the deposit then stays held.
    function settleDeposit(uint256 proposalId) external {
        ProposalMeta storage m = _meta[proposalId];
        ProposalState s = state(proposalId);
        if (m.depositState != DepositState.Held || s == ProposalState.Pending || s == ProposalState.Active) {
            revert DepositNotSettleable(proposalId, m.depositState);
        }
        _settleDeposit(
            proposalId,
            s == ProposalState.Canceled || (s == ProposalState.Defeated && !_quorumReached(proposalId)),
            true
        );
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

    /// @dev Burns (`burn`) or refunds a held deposit; does nothing once it is settled. The state is written
    ///      before the token is called. With `strict` false (inside `queue` and `cancel`) a token that refuses —
    ///      DTA paused by the Security Council, or the proposer blacklisted — does not revert: the token's
    ///      emergency controls must never stop the DAO from queueing what it voted for, nor a committee from
    ///      vetoing. The state is then put back (still Held, `depositsHeld` unchanged), `DepositSettlementDeferred`
    ///      says so, and `settleDeposit` completes it later with the outcome recomputed from the proposal's
    ///      state. With `strict` true (`settleDeposit`) the token's revert propagates.
    function _settleDeposit(uint256 proposalId, bool burn, bool strict) internal {
        ProposalMeta storage m = _meta[proposalId];
        if (m.depositState != DepositState.Held) return;
        uint256 amount = m.deposit;
        address proposer = proposalProposer(proposalId);
        m.depositState = burn ? DepositState.Burned : DepositState.Refunded;
        depositsHeld -= amount;
        bool moved = true;
        if (burn) {
            if (strict) {
                ERC20Burnable(address(depositToken)).burn(amount);
            } else {
                try ERC20Burnable(address(depositToken)).burn(amount) {} catch {
                    moved = false;
                }
            }
        } else if (strict) {
            depositToken.safeTransfer(proposer, amount);
        } else {
            moved = depositToken.trySafeTransfer(proposer, amount);
        }
        if (!moved) {
            m.depositState = DepositState.Held;
            depositsHeld += amount;
            emit DepositSettlementDeferred(proposalId);
        } else if (burn) {
            emit DepositBurned(proposalId, proposer, amount);
        } else {
            emit DepositRefunded(proposalId, proposer, amount);
        }
    }

    function _setProposalDeposit(uint256 deposit) private {
        emit ProposalDepositUpdated(proposalDeposit, deposit);
        proposalDeposit = deposit;
    }
}
