// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title DTA governor: types, events and errors beyond OpenZeppelin's IGovernor
/// @notice Proposals name a committee, hold a DTA deposit, and are either For/Against/Abstain (one option) or
///         multi-option (2–10 options, each with its own actions). Votes weigh √(staked voting power).
interface IDTAGovernor {
    /// @notice The three committees; each is a Safe that may veto its proposals during the review window.
    enum Committee {
        Technical,
        Economic,
        Partnership
    }

    /// @notice What happened to a proposal's deposit.
    enum DepositState {
        None,
        Held,
        Refunded,
        Burned
    }

    /// @notice One option of a proposal: the calls it runs through the timelock if it wins.
    struct Option {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
    }

    /// @notice A vote signed off-chain (EIP-712 `ExtendedBallot` with empty params), relayed by anyone.
    /// @param signature The voter's signature over (proposalId, support, voter, keyed nonce, reason, "").
    struct SignedVote {
        uint256 proposalId;
        uint8 support;
        address voter;
        string reason;
        bytes signature;
    }

    /// @notice Everything the app shows about a proposal beyond IGovernor's views (one slot: 240 bits).
    ///         `upgradeApproved`: the Technical Committee Safe approved executing it (upgrade-class only).
    // solhint-disable-next-line gas-struct-packing
    struct ProposalMeta {
        uint48 voteEnd;
        Committee committee;
        uint8 optionCount;
        uint16 upgradeMask;
        DepositState depositState;
        bool vetoed;
        bool canceled;
        bool upgradeApproved;
        uint128 deposit;
    }

    /// @notice A proposal named its committee and option layout (follows OZ's `ProposalCreated`).
    /// @param optionCount 0 for For/Against/Abstain, else 2–10.
    /// @param optionEnds Exclusive end index of each option's actions in the flattened action list.
    /// @param upgradeMask Bit i set when option i (bit 0 for For/Against/Abstain) changes a trusted contract.
    event ProposalDetails(
        uint256 indexed proposalId,
        Committee indexed committee,
        uint8 optionCount,
        uint16[] optionEnds,
        uint16 upgradeMask,
        uint256 deposit
    );
    /// @notice The proposal's committee Safe vetoed it during the review window; its deposit is burned.
    event ProposalVetoed(uint256 indexed proposalId, Committee indexed committee, address safe);
    /// @notice A decided proposal's deposit went back to its proposer (succeeded, or defeated with quorum).
    event DepositRefunded(uint256 indexed proposalId, address indexed proposer, uint256 amount);
    /// @notice The failed-proposal burn: quorum missed, vetoed or canceled; `amount` DTA left the supply.
    event DepositBurned(uint256 indexed proposalId, address indexed proposer, uint256 amount);
    /// @notice `queue` or `cancel` could not refund or burn the deposit because the token refused (paused, or
    ///         the proposer blacklisted); it stays held until `settleDeposit` completes it.
    event DepositSettlementDeferred(uint256 indexed proposalId);
    /// @notice The Technical Committee Safe approved executing an upgrade-class proposal.
    event UpgradeApproved(uint256 indexed proposalId, address safe);
    event CommitteeSafeUpdated(Committee indexed committee, address safe);
    event UpgradeSelectorUpdated(bytes4 indexed selector, bool upgradeClass);
    event ProposalDepositUpdated(uint256 oldDeposit, uint256 newDeposit);
    event QueueWindowUpdated(uint256 oldWindow, uint256 newWindow);

    /// @notice A proposal needs 1 (For/Against/Abstain) or 2–10 options.
    error InvalidOptionCount(uint256 count, uint256 max);
    /// @notice An option's targets, values and calldatas differ in length.
    error InvalidOptionLength(uint256 option, uint256 targets, uint256 values, uint256 calldatas);
    /// @notice Not one option of the proposal has an action.
    error EmptyProposal();
    /// @notice The vote names an option the proposal does not have.
    error InvalidVoteOption(uint256 proposalId, uint8 support, uint256 optionCount);
    /// @notice The voter had no staked voting power at the proposal's snapshot.
    error NoVotingPower(address voter, uint256 snapshot);
    /// @notice Only the proposal's committee Safe (or the Technical Committee Safe, for approvals) may do this.
    error NotCommitteeSafe(address caller, Committee committee);
    /// @notice The winning option changes a trusted contract and the Technical Committee Safe has not approved it.
    error UpgradeNotApproved(uint256 proposalId);
    /// @notice The deposit of this proposal can not be settled now (still undecided, or already settled).
    error DepositNotSettleable(uint256 proposalId, DepositState depositState);
    /// @notice Use `proposeWithCommittee`: every proposal names its committee and holds a deposit.
    error CommitteeRequired();
    /// @notice Address zero given where a contract or Safe is required.
    error ZeroAddress();
    /// @notice The votes contract does not keep a timestamp clock (ERC-6372 "mode=timestamp"), which the governor's
    ///         own clock assumes.
    error VotesClockNotTimestamp(address votes);
}
