// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {ComplianceGuard} from "../compliance/ComplianceGuard.sol";
import {ICompliantToken} from "../interfaces/ICompliantToken.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";
import {StakePositionIndex} from "./StakePositionIndex.sol";
import {StakingLedger} from "./StakingLedger.sol";

/// @title The votes and transfer rules of stake position receipts
/// @notice Each receipt carries its position's voting power (principal × lock weight, 1.0× once the unlock
///         weight is applied) to whoever holds it, and moves only under DTA's compliance rules.
/// @dev Voting power is OpenZeppelin `Votes` with timestamp checkpoints (ERC-6372 `mode=timestamp`), so the
///      governor's review window and voting period are seconds on every chain. Every mint, transfer and burn passes
///      `_update`, which keeps the votes and the owner index in step with the receipt; `poke` applies the 1.0×
///      weight of an unlocked position in O(1). The staking actions in DTAStaking use `_addVotingUnits` and
///      `_applyUnlockWeight`.
abstract contract StakeReceiptVotes is ERC721, StakePositionIndex, Votes, StakingLedger, ComplianceGuard {
    using SafeCast for uint256;

    mapping(address account => uint256) private _votingUnits;

    /// @inheritdoc IDTAStaking
    function poke(uint256 tokenId) external {
        address owner = _requireOwned(tokenId);
        uint256 unlock = _positions[tokenId].unlock;
        if (block.timestamp < unlock) revert UnlockWeightNotDue(tokenId, unlock);
        _applyUnlockWeight(tokenId, owner);
    }

    /// @notice ERC-6372 clock: the block timestamp (checkpoints and snapshots are timestamps).
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372 clock description.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice Voting units of every open position together, as counted now (the votes' total supply):
    ///         Σ principal × lock weight, with 1.0× for positions whose unlock weight is applied.
    function totalVotingUnits() external view returns (uint256) {
        return _getTotalSupply();
    }

    /// @dev `owner` gains `units` of voting power (a compound or top-up grew its position).
    function _addVotingUnits(address owner, uint256 units) internal {
        _votingUnits[owner] += units;
        _transferVotingUnits(address(0), owner, units);
    }

    /// @dev Lowers an unlocked position's voting units from principal × lock weight to the principal, once;
    ///      does nothing while it is locked or when already applied. O(1): one slot, one checkpoint pair.
    function _applyUnlockWeight(uint256 tokenId, address owner) internal {
        Position memory p = _positions[tokenId];
        if (!_unlockWeightDue(p)) return;
        uint256 previousUnits = _appliedVotingUnits(p);
        _positions[tokenId].lockBits = p.lockBits | UNLOCK_WEIGHT_APPLIED;
        uint256 dropped = previousUnits - p.principal;
        if (dropped > 0) {
            _votingUnits[owner] -= dropped;
            _transferVotingUnits(owner, address(0), dropped);
        }
        emit UnlockWeightApplied(owner, tokenId, previousUnits, p.principal);
    }

    /// @dev Every mint, transfer and burn passes here. The receipt is a claim on DTA held here, so DTA's
    ///      blacklist and pause apply to moving it as to the token itself (checked first). A mint or burn needs
    ///      no check of its own: it always comes with a DTA transfer from or to the same owner in the same
    ///      transaction (the stake pulled in, the exit paid out), which the token refuses. A transfer applies
    ///      a due unlock weight first, so the receiver never gets an expired lock weight. A receiver without
    ///      a delegate is self-delegated, so staked positions carry voting power without an extra transaction
    ///      (it can delegate elsewhere). A transfer to oneself (allowed by ERC-721) changes no owner, so it
    ///      leaves the owner index and the votes as they are.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        address owner = _ownerOf(tokenId);
        if (owner != address(0) && to != address(0)) {
            _requireCompliantMove(owner, to);
            // A listed operator cannot move a receipt, as it cannot spend a DTA allowance.
            if (auth != owner) _requireCompliant(auth);
            _applyUnlockWeight(tokenId, owner);
        }
        from = super._update(to, tokenId, auth);
        if (from == to) return from;
        Position storage p = _positions[tokenId];
        uint256 units = _appliedVotingUnits(p);
        if (from != address(0)) {
            _votingUnits[from] -= units;
            _removeOwnedId(from, p.ownedIndex);
        }
        if (to != address(0)) {
            if (delegates(to) == address(0)) _delegate(to, to);
            _votingUnits[to] += units;
            p.ownedIndex = _appendOwnedId(to, tokenId).toUint24();
        }
        _transferVotingUnits(from, to, units);
    }

    /// @dev Voting units of an account: Σ principal × lock weight over the positions it owns.
    function _getVotingUnits(address account) internal view override returns (uint256) {
        return _votingUnits[account];
    }

    /// @inheritdoc ComplianceGuard
    function _compliantToken() internal view override returns (ICompliantToken) {
        return token;
    }
}
