// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
// solhint-disable-next-line max-line-length
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorNoncesKeyed} from "@openzeppelin/contracts/governance/extensions/GovernorNoncesKeyed.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {IERC6372} from "@openzeppelin/contracts/interfaces/IERC6372.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {IEcosystemBonusSource} from "../interfaces/IEcosystemBonusSource.sol";
import {GovernorCommittees} from "./GovernorCommittees.sol";
import {GovernorDeposits} from "./GovernorDeposits.sol";
import {ProposalActions} from "./ProposalActions.sol";

/// @title DTA governor
/// @notice OpenZeppelin 5 Governor over the staking contract's checkpointed votes (principal × lock weight,
///         delegable; the snapshot is taken when voting opens, so a stake, top-up or flash loan after it adds
///         nothing). Proposing needs `proposalThreshold()` votes (1,000,000 DTA) and a DTA deposit (10,000);
///         every proposal names a committee whose Safe may veto it during the review window (the voting
///         delay, 2 days). Votes weigh √(voting power) (`GovernorQuadraticCounting`); quorum (4% of all voting
///         power at the snapshot) counts raw votes. Succeeded proposals queue in the timelock (2 days) and
///         anyone executes them; upgrade-class ones also need the Technical Committee Safe
///         (`GovernorCommittees`). A succeeded proposal not queued within `queueWindow` (14 days) expires.
///         Votes by signature use keyed nonces (one pending signed vote never invalidates another) and carry
///         their reason; a relay may submit many in one transaction (`castVotesBySig`).
/// @dev Sybil note: splitting stake across addresses raises its total √ weight (see
///      `GovernorQuadraticCounting`). Also the staking contract's governance bonus source: +10% for an account
///      that voted in any of the last 3 finished proposals.
contract DTAGovernor is
    GovernorSettings,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl,
    GovernorNoncesKeyed,
    GovernorDeposits,
    IEcosystemBonusSource
{
    /// @notice How many finished proposals the governance bonus looks back over.
    uint256 public constant BONUS_LOOKBACK = 3;
    /// @notice Most proposals (newest first) the bonus check reads, so it fits the staking contract's 50,000-gas
    ///         cap with room to spare: at most 1 + 2 × 6 + 3 cold storage reads (a test holds it under 45,000).
    uint256 public constant BONUS_SCAN_LIMIT = 6;
    string private constant _TIMESTAMP_MODE = "mode=timestamp";

    /// @notice The numbers SPEC.md decides, each governance-set afterwards.
    struct Params {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumPercent;
        uint256 deposit;
        uint256 queueWindow;
    }

    /// @notice Seconds after voting ends within which a succeeded proposal must be queued, or it expires.
    uint256 public queueWindow;

    uint256[] private _proposalIds;

    /// @param votes The staking contract (ERC-5805 votes, timestamp clock).
    /// @param dta The DTA token (deposits; ERC-20 permit and burnable).
    /// @param timelockController The governance timelock (this governor becomes its proposer).
    /// @param safes Technical, Economic and Partnership Council Safes.
    /// @param upgradeSelectors Function selectors that make a proposal upgrade-class.
    constructor(
        IVotes votes,
        IERC20 dta,
        TimelockController timelockController,
        address[3] memory safes,
        bytes4[] memory upgradeSelectors,
        Params memory p
    )
        Governor("DTA Governor")
        GovernorSettings(p.votingDelay, p.votingPeriod, p.proposalThreshold)
        GovernorVotes(votes)
        GovernorVotesQuorumFraction(p.quorumPercent)
        GovernorTimelockControl(timelockController)
        GovernorCommittees(safes, upgradeSelectors)
        GovernorDeposits(dta, p.deposit)
    {
        if (keccak256(bytes(IERC6372(address(votes)).CLOCK_MODE())) != keccak256(bytes(_TIMESTAMP_MODE))) {
            revert VotesClockNotTimestamp(address(votes));
        }
        _setQueueWindow(p.queueWindow);
    }

    /// @notice ERC-6372 clock: the block timestamp, as the staking contract's (checked when deployed). Read here
    ///         rather than asked of the staking contract (OZ `GovernorVotes` calls it), which saves an external
    ///         call on every vote, proposal and state read.
    function clock() public view override(Governor, GovernorVotes) returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372 clock description.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override(Governor, GovernorVotes) returns (string memory) {
        return _TIMESTAMP_MODE;
    }

    /// @notice How many proposals exist; `proposalIdAt` walks them in creation order.
    function proposalCount() external view returns (uint256) {
        return _proposalIds.length;
    }

    /// @notice The id of the `index`-th proposal ever made.
    function proposalIdAt(uint256 index) external view returns (uint256) {
        return _proposalIds[index];
    }

    /// @notice Creates a proposal for `committee` and pulls its deposit (approve DTA to this contract first).
    /// @param options One option: a For/Against/Abstain proposal running its actions if For wins; 2–10: a
    ///        multi-option proposal running the winning option's actions (an option may have none).
    function proposeWithCommittee(
        Committee committee,
        Option[] calldata options,
        string calldata description
    ) public returns (uint256 proposalId) {
        uint256 n = options.length;
        if (n == 0 || n > MAX_OPTIONS) revert InvalidOptionCount(n, MAX_OPTIONS);
        (
            address[] memory targets,
            uint256[] memory values,
            bytes[] memory calldatas,
            uint16[] memory ends
        ) = ProposalActions.flatten(options);
        proposalId = super.propose(targets, values, calldatas, description);
        uint256 deadline = proposalDeadline(proposalId);
        ProposalMeta storage m = _meta[proposalId];
        m.voteEnd = uint48(deadline);
        m.committee = committee;
        m.optionCount = n == 1 ? 0 : uint8(n);
        m.upgradeMask = _upgradeMask(calldatas, ends);
        if (n > 1) {
            uint256 packed;
            for (uint256 i = 0; i < n; ++i) packed |= uint256(ends[i]) << (16 * i);
            _optionEnds[proposalId] = packed;
        }
        _proposalIds.push(proposalId);
        uint256 deposit = _takeDeposit(proposalId, _msgSender());
        emit ProposalDetails(proposalId, committee, m.optionCount, ends, m.upgradeMask, deposit);
    }

    /// @notice `proposeWithCommittee` with an ERC-2612 permit for the deposit (a failed permit is ignored
    ///         when the allowance is already there, so a front-run permit does not block the proposal).
    function proposeWithPermit(
        Committee committee,
        Option[] calldata options,
        string calldata description,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256) {
        try
            IERC20Permit(address(depositToken)).permit(
                _msgSender(),
                address(this),
                proposalDeposit,
                deadline,
                v,
                r,
                s
            )
        {
            // allowance set
        } catch {
            // checked by the deposit transfer
        }
        return proposeWithCommittee(committee, options, description);
    }

    /// @notice Plain OZ proposals have no committee and no deposit: use `proposeWithCommittee`.
    function propose(
        address[] memory,
        uint256[] memory,
        bytes[] memory,
        string memory
    ) public pure override returns (uint256) {
        revert CommitteeRequired();
    }

    /// @notice Relays several signed votes (each with its reason) in one transaction; any invalid one reverts
    ///         the whole batch, so a relay checks them first.
    function castVotesBySig(SignedVote[] calldata votes) external {
        for (uint256 i = 0; i < votes.length; ++i) {
            SignedVote calldata v = votes[i];
            castVoteWithReasonAndParamsBySig(v.proposalId, v.support, v.voter, v.reason, "", v.signature);
        }
    }

    /// @notice Governance sets how long a succeeded proposal may wait to be queued.
    function setQueueWindow(uint256 window) external onlyGovernance {
        _setQueueWindow(window);
    }

    /// @notice Governance staking bonus: `account` voted in at least one of the last `BONUS_LOOKBACK` finished
    ///         proposals (voting over; vetoed and canceled ones do not count). Reads at most
    ///         `BONUS_SCAN_LIMIT` newest proposals.
    function hasStakingBonus(address account) external view returns (bool) {
        uint256 i = _proposalIds.length;
        uint256 stop = i > BONUS_SCAN_LIMIT ? i - BONUS_SCAN_LIMIT : 0;
        uint256 now_ = block.timestamp;
        uint256 finished;
        while (i > stop && finished < BONUS_LOOKBACK) {
            --i;
            uint256 id = _proposalIds[i];
            ProposalMeta storage m = _meta[id];
            // Finished once the deadline is in the past (OZ: Active while deadline >= now).
            if (!(m.voteEnd < now_) || m.canceled) continue;
            if (_hasVoted(id, account)) return true;
            ++finished;
        }
        return false;
    }

    /// @inheritdoc Governor
    /// @dev A succeeded proposal not queued within `queueWindow` after voting ends is Expired.
    function state(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockControl) returns (ProposalState current) {
        current = super.state(proposalId);
        if (current == ProposalState.Succeeded && clock() > proposalDeadline(proposalId) + queueWindow) {
            return ProposalState.Expired;
        }
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function proposalNeedsQueuing(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockControl) returns (bool) {
        return super.proposalNeedsQueuing(proposalId);
    }

    /// @dev Queues only the winning option's actions (behind the Technical approval check when upgrade-class)
    ///      and refunds the deposit: the proposal succeeded. A token that refuses the refund defers it (see
    ///      `_settleDeposit`): the proposer's blacklisting or a pause does not block the DAO's decision.
    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        (targets, values, calldatas) = _winningActions(proposalId, targets, values, calldatas);
        _settleDeposit(proposalId, false, false);
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        (targets, values, calldatas) = _winningActions(proposalId, targets, values, calldatas);
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    /// @dev A cancel burns the deposit; by the committee's Safe it is a veto. A paused token defers the burn
    ///      (see `_settleDeposit`): a veto is never blocked by the deposit.
    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256 proposalId) {
        proposalId = super._cancel(targets, values, calldatas, descriptionHash);
        ProposalMeta storage m = _meta[proposalId];
        m.canceled = true;
        address safe = committeeSafe(m.committee);
        if (_msgSender() == safe) {
            m.vetoed = true;
            emit ProposalVetoed(proposalId, m.committee, safe);
        }
        _settleDeposit(proposalId, true, false);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }

    /// @dev The vote record is the voter's keyed nonce for the proposal (key: the id's low 192 bits, as
    ///      `GovernorNoncesKeyed` keys signed votes): 0 before the vote, 1 after. So one storage slot is both the
    ///      has-voted flag and the replay guard of a signed vote, and a relayed vote writes one new slot, not
    ///      two. `nonces(voter, uint192(id))` keeps OZ's meaning: a signature over it is valid until the voter
    ///      votes on that proposal, by any path. (Key 0 is OZ's plain nonce; a hash-derived id has zero low 192
    ///      bits with probability 2^-192.)
    function _hasVoted(uint256 proposalId, address account) internal view override returns (bool) {
        return uint64(nonces(account, uint192(proposalId))) != 0;
    }

    function _recordVote(uint256 proposalId, address account) internal override {
        if (uint64(_useNonce(account, uint192(proposalId))) != 0) revert GovernorAlreadyCastVote(account);
    }

    /// @dev A ballot signed over the voter's keyed nonce is checked here and its nonce is consumed by
    ///      `_recordVote` when the vote is counted; otherwise OZ's plain-nonce ballot (consumed here).
    function _validateVoteSig(
        uint256 proposalId,
        uint8 support,
        address voter,
        bytes memory signature
    ) internal override(Governor, GovernorNoncesKeyed) returns (bool) {
        bytes32 structHash = keccak256(
            abi.encode(BALLOT_TYPEHASH, proposalId, support, voter, nonces(voter, uint192(proposalId)))
        );
        return
            SignatureChecker.isValidSignatureNow(voter, _hashTypedDataV4(structHash), signature) ||
            Governor._validateVoteSig(proposalId, support, voter, signature);
    }

    /// @dev As `_validateVoteSig`, for a ballot with reason and params.
    function _validateExtendedVoteSig(
        uint256 proposalId,
        uint8 support,
        address voter,
        string memory reason,
        bytes memory params,
        bytes memory signature
    ) internal override(Governor, GovernorNoncesKeyed) returns (bool) {
        bytes32 structHash = keccak256(
            abi.encode(
                EXTENDED_BALLOT_TYPEHASH,
                proposalId,
                support,
                voter,
                nonces(voter, uint192(proposalId)),
                keccak256(bytes(reason)),
                keccak256(params)
            )
        );
        return
            SignatureChecker.isValidSignatureNow(voter, _hashTypedDataV4(structHash), signature) ||
            Governor._validateExtendedVoteSig(proposalId, support, voter, reason, params, signature);
    }

    function _useCheckedNonce(address owner, uint256 nonce) internal override(Nonces, GovernorNoncesKeyed) {
        super._useCheckedNonce(owner, nonce);
    }

    function _validateCancel(
        uint256 proposalId,
        address caller
    ) internal view override(Governor, GovernorCommittees) returns (bool) {
        return super._validateCancel(proposalId, caller);
    }

    /// @dev The winning option's slice of the flattened actions, led by `requireUpgradeApproval` when it is
    ///      upgrade-class (the same list at queue and at execution, so the timelock id matches).
    function _winningActions(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas
    ) private view returns (address[] memory, uint256[] memory, bytes[] memory) {
        ProposalMeta memory m = _meta[proposalId];
        (, uint8 winner) = _leadingOption(proposalId);
        if (m.optionCount == 0) winner = 0;
        (uint256 start, uint256 end) = _optionRange(proposalId, winner, targets.length);
        bytes memory gate =
            (m.upgradeMask >> winner) & 1 == 1
                ? abi.encodeCall(this.requireUpgradeApproval, (proposalId))
                : bytes("");
        return ProposalActions.slice(targets, values, calldatas, start, end, gate);
    }

    function _setQueueWindow(uint256 window) private {
        emit QueueWindowUpdated(queueWindow, window);
        queueWindow = window;
    }
}
