// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title DTA staking: types, events, errors and the staking surface
/// @notice Positions are ERC-721 receipts; each locks DTA for 30/90/180/365 days at a tier APY (plus ecosystem
///         bonuses), with the whole reward reserved from the staking rewards pool when it is opened.
interface IDTAStaking {
    /// @notice Tier of a position, by the amount staked in it.
    enum Tier {
        Bronze,
        Silver,
        Gold,
        Platinum,
        Diamond
    }

    /// @notice The four ecosystem bonuses, each read from its own source contract.
    enum BonusKind {
        Twin,
        DataQuality,
        Governance,
        AIService
    }

    /// @notice Everything the UI shows about one position.
    /// @param owner Current owner of the receipt NFT (who is paid).
    /// @param unlockWeightPending True when the position has unlocked but still counts its lock weight: a
    ///        `poke` (or any action on it) lowers `votingUnits` to the principal.
    /// @param principal Staked amount, in base units (grows on compound).
    /// @param lockDays Lock period chosen at stake time: 30, 90, 180 or 365.
    /// @param lockIndex 0..3 for 30/90/180/365 days.
    /// @param lockSeconds `lockDays` in seconds.
    /// @param tier Tier of the current principal.
    /// @param apyBps Effective APY of the current segment, in basis points (base × (100 + bonus%) / 100).
    /// @param bonusPercent Sum of the ecosystem bonuses that applied when the segment started.
    /// @param start Start of the current reward segment (stake time, or the last compound or top-up).
    /// @param unlock When the position unlocks.
    /// @param reserved Whole reward of the current segment, reserved from the pool.
    /// @param claimed Part of `reserved` already paid out.
    /// @param earned Part of `reserved` earned so far (linear per second until `unlock`).
    /// @param claimable `earned - claimed`.
    /// @param votingUnits Voting power the position carries now, as counted in the votes: principal × lock
    ///        weight while locked; principal × 1.0 once the unlock weight is applied (`poke` or any action).
    struct PositionView {
        address owner;
        bool unlockWeightPending;
        uint256 principal;
        uint256 lockDays;
        uint256 lockIndex;
        uint256 lockSeconds;
        Tier tier;
        uint256 apyBps;
        uint256 bonusPercent;
        uint256 start;
        uint256 unlock;
        uint256 reserved;
        uint256 claimed;
        uint256 earned;
        uint256 claimable;
        uint256 votingUnits;
    }

    /// @notice A position was opened and its receipt minted to `owner`.
    event Staked(
        address indexed owner,
        uint256 indexed tokenId,
        uint256 amount,
        uint256 lockDays,
        Tier tier,
        uint256 apyBps,
        uint256 unlock,
        uint256 reserved
    );
    /// @notice `amount` of earned rewards were paid to the position owner.
    event RewardsClaimed(address indexed owner, uint256 indexed tokenId, uint256 amount);
    /// @notice Accrued rewards were added to the principal and the rest of the lock re-reserved.
    event Compounded(
        address indexed owner,
        uint256 indexed tokenId,
        uint256 compounded,
        uint256 newPrincipal,
        Tier tier,
        uint256 apyBps,
        uint256 reserved
    );
    /// @notice `added` DTA from the caller topped up a locked position (no new receipt). The accrued,
    ///         unclaimed rewards (`compounded`) joined the principal too, the lock restarted (`unlock` = now +
    ///         the position's lock period) and the reward of the new lock was reserved.
    /// @param owner Owner of the position (who receives its rewards and voting power).
    /// @param tokenId The position's receipt id.
    /// @param added DTA pulled from the caller.
    /// @param compounded Accrued, unclaimed rewards moved into the principal.
    /// @param newPrincipal Principal after the top-up.
    /// @param tier Tier of the new principal.
    /// @param apyBps Effective APY of the new segment, in basis points.
    /// @param reserved Whole reward of the new segment (now to unlock), reserved from the pool.
    /// @param unlock The restarted unlock time.
    event StakeIncreased(
        address indexed owner,
        uint256 indexed tokenId,
        uint256 added,
        uint256 compounded,
        uint256 newPrincipal,
        Tier tier,
        uint256 apyBps,
        uint256 reserved,
        uint256 unlock
    );
    /// @notice An unlocked position was closed: principal and remaining rewards paid, receipt burned.
    event Unstaked(address indexed owner, uint256 indexed tokenId, uint256 principal, uint256 rewards);
    /// @notice A position was closed before unlock: `penalty` burned, unearned `released` back to the pool.
    event UnstakedEarly(
        address indexed owner,
        uint256 indexed tokenId,
        uint256 principalReturned,
        uint256 penalty,
        uint256 rewards,
        uint256 released
    );
    /// @notice An unlocked position's voting weight fell to 1.0× of its principal (by `poke` or an action).
    /// @param owner Owner of the position, whose voting units fell.
    /// @param tokenId The position's receipt id.
    /// @param previousUnits Voting units before (principal × lock weight).
    /// @param votingUnits Voting units now (the principal).
    event UnlockWeightApplied(
        address indexed owner,
        uint256 indexed tokenId,
        uint256 previousUnits,
        uint256 votingUnits
    );
    /// @notice Governance withdrew `amount` of the unreserved rewards pool to `to` (to migrate or rebalance).
    event UnreservedRewardsWithdrawn(address indexed to, uint256 amount);
    /// @notice `funder` added `amount` to the rewards pool through `fundRewards`.
    event RewardsFunded(address indexed funder, uint256 amount);
    /// @notice Governance set (or cleared, with address zero) the source of one ecosystem bonus.
    event BonusSourceUpdated(BonusKind indexed kind, address source);

    /// @notice The amount is below the Bronze minimum (1,000 DTA).
    error AmountBelowMinimum(uint256 amount, uint256 minimum);
    /// @notice The lock period is not one of 30, 90, 180 or 365 days.
    error InvalidLockPeriod(uint256 lockDays);
    /// @notice The lock index is not 0..3.
    error InvalidLockIndex(uint256 lockIndex);
    /// @notice The rewards pool cannot cover the reward this action would reserve.
    error InsufficientRewardPool(uint256 needed, uint256 available);
    /// @notice The position has nothing to claim right now.
    error NothingToClaim(uint256 tokenId);
    /// @notice The position has no accrued, unclaimed rewards to compound.
    error NothingToCompound(uint256 tokenId);
    /// @notice The position is still locked (use `unstakeEarly` to leave with the penalty).
    error PositionLocked(uint256 tokenId, uint256 unlock);
    /// @notice The position is already unlocked (compound, top-up and early unstake no longer apply: use
    ///         `unstake`).
    error PositionUnlocked(uint256 tokenId, uint256 unlock);
    /// @notice The caller left too little gas for a bonus source to answer; retry with more gas.
    error BonusCheckOutOfGas();
    /// @notice A required value was zero.
    error ZeroAmount();
    /// @notice The position is still locked, so its lock weight still applies (nothing to poke).
    error UnlockWeightNotDue(uint256 tokenId, uint256 unlock);
    /// @notice A withdrawal would touch principal or reserved rewards: only `available` is unreserved.
    error ExceedsUnreservedPool(uint256 requested, uint256 available);

    /// @notice Opens a position: locks `amount` for `lockDays` and mints its receipt NFT to the caller.
    /// @param amount DTA in base units (≥ 1,000 DTA); needs an allowance for this contract.
    /// @param lockDays 30, 90, 180 or 365.
    /// @return tokenId The new position's receipt id.
    function stake(uint256 amount, uint256 lockDays) external returns (uint256 tokenId);

    /// @notice `stake` with an EIP-2612 permit, so approve and stake are one transaction.
    /// @dev A permit that fails (e.g. front-run and already used) is ignored: the existing allowance is used.
    function stakeWithPermit(
        uint256 amount,
        uint256 lockDays,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 tokenId);

    /// @notice Pays the position owner the rewards earned and not yet claimed (and applies the unlock weight
    ///         of an unlocked position). Refused for a blacklisted owner and while DTA is paused token-wide
    ///         (DTAStaking's own pause does not stop it).
    /// @return amount Paid, in base units.
    function claim(uint256 tokenId) external returns (uint256 amount);

    /// @notice Adds the accrued unclaimed rewards to the principal and re-reserves the rest of the lock (the
    ///         unlock time stays). Refused for a blacklisted owner.
    /// @return compounded Amount moved from rewards into principal.
    function compound(uint256 tokenId) external returns (uint256 compounded);

    /// @notice Tops up a locked position with `amount` DTA from the caller, without a new receipt: the
    ///         accrued, unclaimed rewards join the principal too (as in `compound`), and the lock RESTARTS:
    ///         unlock = now + the position's lock period, with that whole period's reward reserved at the new
    ///         principal's tier and the owner's current bonuses (so extra weight and APY buy a real lock).
    /// @dev Only the owner or an approved operator; reverts with `ZeroAmount`, `PositionUnlocked`,
    ///      `InsufficientRewardPool`, or `AccountBlacklisted` for a blacklisted owner. The caller pays; the owner
    ///      gets the principal and the voting power. A token-wide DTA pause stops it too.
    /// @param tokenId The position's receipt id.
    /// @param amount DTA in base units to add; needs an allowance for this contract.
    /// @return newPrincipal Principal after the top-up.
    function stakeMore(uint256 tokenId, uint256 amount) external returns (uint256 newPrincipal);

    /// @notice `stakeMore` with an EIP-2612 permit, so approve and top-up are one transaction.
    /// @dev A permit that fails (e.g. front-run and already used) is ignored: the existing allowance is used.
    function stakeMoreWithPermit(
        uint256 tokenId,
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 newPrincipal);

    /// @notice Closes an unlocked position: pays principal and all remaining rewards, burns the receipt.
    ///         Refused for a blacklisted owner and while DTA is paused token-wide (DTAStaking's own pause does
    ///         not stop it).
    /// @return paid Principal plus rewards paid to the owner.
    function unstake(uint256 tokenId) external returns (uint256 paid);

    /// @notice Closes a locked position: 10% of the principal is burned, earned rewards are paid and the
    ///         unearned reserve returns to the pool. Refused for a blacklisted owner and while DTA is paused
    ///         token-wide (DTAStaking's own pause does not stop it).
    /// @return paid Principal after penalty plus rewards paid to the owner.
    function unstakeEarly(uint256 tokenId) external returns (uint256 paid);

    /// @notice Adds `amount` to the rewards pool from the caller (needs an allowance).
    function fundRewards(uint256 amount) external;

    /// @notice Applies the 1.0× unlock weight to an unlocked position: its voting units fall from principal ×
    ///         lock weight to the principal. Anyone may call it; every action on the position applies it too.
    /// @dev O(1). Reverts with `UnlockWeightNotDue` while the position is locked; a no-op (no event) when the
    ///      weight was already applied.
    /// @param tokenId The position's receipt id.
    function poke(uint256 tokenId) external;

    /// @notice Governance moves `amount` of the unreserved rewards pool to `to` (to migrate or rebalance pools).
    ///         Never principal, never a reserved reward: reverts with `ExceedsUnreservedPool` beyond
    ///         `poolAvailable()`.
    /// @param to Receiver of the DTA.
    /// @param amount DTA in base units.
    function withdrawUnreservedRewards(address to, uint256 amount) external;
}
