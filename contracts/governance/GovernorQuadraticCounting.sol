// SPDX-License-Identifier: MIT
// Quorum is met at exactly the quorum (OZ's rule), and option indexes are bounded by the count: keep as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {FloorSqrt} from "../utils/FloorSqrt.sol";
import {IDTAGovernor} from "./IDTAGovernor.sol";

/// @title Quadratic counting over For/Against/Abstain and multi-option proposals
/// @notice A voter's weight is √(voting power at the snapshot), rounded down: OpenZeppelin `Math.sqrt`'s value,
///         computed by `FloorSqrt` at half its gas. Quorum counts the raw voting power of every participating
///         vote (all options, Abstain and Against included). For/Against/Abstain (support 0 Against, 1 For,
///         2 Abstain) succeeds when For outweighs Against; a multi-option proposal (support = option index) is
///         won by the option with the most weight, and a tie for the most weight defeats it.
/// @dev Sybil note: √ is sub-additive, so splitting one stake across n addresses multiplies its weight by up to
///      √n (4M votes weigh 2,000; as four stakes of 1M they weigh 4,000). Nothing on-chain can tell one person's
///      addresses apart: quadratic weight here tempers large holders against holders who do not split, and the
///      UI says so plainly. Raw votes (quorum, proposal threshold) are not affected by splitting.
abstract contract GovernorQuadraticCounting is Governor, IDTAGovernor {
    using SafeCast for uint256;

    /// @dev Most options a multi-option proposal may have (`InvalidOptionCount` reports it). Not a public
    ///      getter: every external function whose selector sorts before `castVote` costs each vote ~22 gas in
    ///      the IR pipeline's linear dispatch (see hardhat.config.ts), which is also why `tally` is one view.
    uint256 internal constant MAX_OPTIONS = 10;
    /// @dev Options of a For/Against/Abstain proposal, in OZ "bravo" order.
    uint8 internal constant AGAINST = 0;
    uint8 internal constant FOR = 1;
    uint8 internal constant ABSTAIN = 2;

    /// @dev Low 128 bits of an option's tally: raw votes; high 128 bits: √ weight.
    uint256 private constant _RAW_MASK = type(uint128).max;

    mapping(uint256 proposalId => ProposalMeta) internal _meta;
    /// @dev Exclusive end of each option's actions, 16 bits per option (option i at bits 16i…16i+15).
    mapping(uint256 proposalId => uint256) internal _optionEnds;
    /// @dev Raw votes (low 128 bits) and √ weight (high 128 bits) of each option, one slot, so a vote reads and
    ///      writes it once. Neither half can carry into the other: each vote's raw votes are checked to fit 128
    ///      bits, and an option's sums are bounded by the staking votes' total supply (DTA's capped supply × the
    ///      highest lock weight, below 2^50).
    mapping(uint256 proposalId => mapping(uint256 option => uint256 packed)) private _tallies;

    /// @notice Quadratic weight, options, quorum on raw votes.
    // solhint-disable-next-line func-name-mixedcase
    function COUNTING_MODE() public pure virtual override returns (string memory) {
        return "support=bravo,options&quorum=raw&weight=sqrt";
    }

    /// @notice Whether `account` voted on `proposalId`.
    function hasVoted(uint256 proposalId, address account) public view virtual override returns (bool) {
        return _hasVoted(proposalId, account);
    }

    /// @notice The proposal's committee, options, upgrade mask and deposit.
    function proposalMeta(uint256 proposalId) external view returns (ProposalMeta memory) {
        return _meta[proposalId];
    }

    /// @notice Raw and √ weight cast for `option` (0 Against, 1 For, 2 Abstain on a For/Against/Abstain one).
    function optionVotes(
        uint256 proposalId,
        uint8 option
    ) external view returns (uint256 raw, uint256 sqrtWeight) {
        uint256 t = _tallies[proposalId][option];
        return (t & _RAW_MASK, t >> 128);
    }

    /// @notice The whole tally in one read: each option's raw votes and √ weight (3 for For/Against/Abstain:
    ///         0 Against, 1 For, 2 Abstain), the raw votes quorum counts, and the option with strictly the most
    ///         weight, whether or not quorum is met (`found` false on a tie or no vote; on For/Against/Abstain
    ///         `leading` is For and `found` says whether For outweighs Against).
    function tally(
        uint256 proposalId
    )
        external
        view
        returns (
            uint256[] memory raw,
            uint256[] memory weight,
            uint256 participation,
            bool found,
            uint8 leading
        )
    {
        uint256 n = _optionSlots(proposalId);
        raw = new uint256[](n);
        weight = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            uint256 t = _tallies[proposalId][i];
            (raw[i], weight[i]) = (t & _RAW_MASK, t >> 128);
            participation += raw[i];
        }
        (found, leading) = _leadingOption(proposalId);
    }

    /// @dev Raw voting power of every vote cast so far (what quorum counts).
    function _participation(uint256 proposalId) internal view returns (uint256 raw) {
        uint256 n = _optionSlots(proposalId);
        for (uint256 i = 0; i < n; ++i) raw += _tallies[proposalId][i] & _RAW_MASK;
    }

    /// @dev The option with strictly the most √ weight (For = 1 when For outweighs Against on a
    ///      For/Against/Abstain proposal), whether or not quorum is met; `found` is false on a tie or no vote.
    function _leadingOption(uint256 proposalId) internal view returns (bool found, uint8 option) {
        uint8 count = _meta[proposalId].optionCount;
        if (count == 0) {
            return (_tallies[proposalId][FOR] >> 128 > _tallies[proposalId][AGAINST] >> 128, FOR);
        }
        uint256 best;
        for (uint256 i = 0; i < count; ++i) {
            uint256 w = _tallies[proposalId][i] >> 128;
            if (w > best) {
                (best, option, found) = (w, uint8(i), true);
            } else if (w == best) {
                found = false;
            }
        }
        if (best == 0) found = false;
    }

    /// @inheritdoc Governor
    function _quorumReached(uint256 proposalId) internal view virtual override returns (bool) {
        return quorum(proposalSnapshot(proposalId)) <= _participation(proposalId);
    }

    /// @inheritdoc Governor
    function _voteSucceeded(uint256 proposalId) internal view virtual override returns (bool found) {
        (found, ) = _leadingOption(proposalId);
    }

    /// @dev Records one vote of `totalWeight` raw votes: weight √(totalWeight) goes to the chosen option.
    ///      A voter without voting power is refused, so a vote (and the governance staking bonus) always
    ///      stands for stake.
    function _countVote(
        uint256 proposalId,
        address account,
        uint8 support,
        uint256 totalWeight,
        bytes memory /* params */
    ) internal virtual override returns (uint256) {
        // Options 0 and 1 exist in every proposal (Against/For, or a multi-option's first two), so only a higher
        // option reads the proposal's option count (a cold storage read saved on most votes).
        if (support > 1) {
            uint256 slots = _optionSlots(proposalId);
            if (support >= slots) revert InvalidVoteOption(proposalId, support, slots);
        }
        if (totalWeight == 0) revert NoVotingPower(account, proposalSnapshot(proposalId));
        _recordVote(proposalId, account);
        uint256 raw = totalWeight.toUint128();
        // √ of a 128-bit number fits 64 bits; the sums stay below 2^128 (see `_tallies`).
        unchecked {
            _tallies[proposalId][support] += (FloorSqrt.sqrt(raw) << 128) | raw;
        }
        return totalWeight;
    }

    /// @dev Whether `account` voted on `proposalId` (where the vote record is kept is the governor's choice).
    function _hasVoted(uint256 proposalId, address account) internal view virtual returns (bool);

    /// @dev Records that `account` voted on `proposalId`; reverts `GovernorAlreadyCastVote` on a second vote.
    function _recordVote(uint256 proposalId, address account) internal virtual;

    /// @dev How many tallies the proposal has: 3 for For/Against/Abstain, else its option count.
    function _optionSlots(uint256 proposalId) internal view returns (uint256) {
        uint8 count = _meta[proposalId].optionCount;
        return count == 0 ? 3 : count;
    }

    /// @dev [start, end) of option `option`'s actions in the flattened list (the whole list when there is one).
    function _optionRange(
        uint256 proposalId,
        uint8 option,
        uint256 total
    ) internal view returns (uint256 start, uint256 end) {
        if (_meta[proposalId].optionCount == 0) return (0, total);
        uint256 ends = _optionEnds[proposalId];
        start = option == 0 ? 0 : (ends >> (16 * (uint256(option) - 1))) & 0xffff;
        end = (ends >> (16 * uint256(option))) & 0xffff;
    }
}
