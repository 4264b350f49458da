// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Digital twin registry: types, events and custom errors
/// @notice The shapes the registry stores and everything it announces or refuses, in one place for the
///         indexer and the app (the functions live in `contracts/twins/`).
interface ITwinRegistry {
    /// @notice One twin. Amounts in DTA base units (4 decimals).
    /// @param bond The bond still held (10,000 DTA minus slashes).
    /// @param lastSync When the last data sync was recorded (0: never).
    /// @param windowEnd End of the reward window the last sync opened (`lastSync + 7 days`).
    /// @param accruedAt Rewards are settled up to this moment.
    /// @param typeId Index into the twin types.
    /// @param quality Quality score 0–100 (starts at 100; below 50 the twin is suspended).
    /// @param multiplierPct What the open window earns now, in percent of 50 DTA / 30 days: 120 (quality ≥ 90),
    ///        100, or 0 (no window, suspended, deregistering, or the pool could not cover it).
    /// @param reserved Reward reserved from the pool for the rest of the window (not yet settled).
    /// @param unclaimed Settled rewards not yet claimed.
    /// @param cooldownEnds When the bond can be withdrawn after `deregister` (0: not deregistering).
    /// @param deviceKey The one address besides the owner allowed to record syncs (0: none).
    /// @param ratePerHour Price of one simulation hour.
    struct Twin {
        uint96 bond;
        uint40 lastSync;
        uint40 windowEnd;
        uint40 accruedAt;
        uint16 typeId;
        uint8 quality;
        uint8 multiplierPct;
        uint96 reserved;
        uint96 unclaimed;
        uint40 cooldownEnds;
        address deviceKey;
        uint96 ratePerHour;
    }

    /// @notice Where a simulation job stands.
    enum JobStatus {
        None,
        Open,
        Completed,
        Declined,
        Reclaimed
    }

    /// @notice One simulation job; its payment stays escrowed here while `Open`.
    struct Job {
        address buyer;
        uint40 deadline;
        uint16 hoursBought;
        JobStatus status;
        uint128 amount;
        uint128 twinId;
    }

    // ─── events ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A twin was registered and its bond locked.
    event TwinRegistered(
        uint256 indexed twinId,
        address indexed owner,
        uint16 indexed typeId,
        string category,
        string metadataURI,
        uint256 bond
    );
    /// @notice The owner changed the twin's metadata URI.
    event MetadataUpdated(uint256 indexed twinId, string metadataURI);
    /// @notice The owner authorised a device key, or revoked it (`deviceKey` zero). A transfer also revokes it.
    event DeviceKeyUpdated(uint256 indexed twinId, address deviceKey);
    /// @notice Governance added a twin type.
    event TwinTypeAdded(uint16 indexed typeId, string name);
    /// @notice A data sync was recorded; it opened a reward window to `earnsUntil`. `multiplierPct` 0 means the
    ///         window earns nothing (suspended, deregistering, or the pool could not cover it).
    event DataSynced(
        uint256 indexed twinId,
        address indexed recordedBy,
        bytes32 dataHash,
        uint64 earnsUntil,
        uint8 multiplierPct,
        uint256 reserved
    );
    /// @notice The twin pool could not cover the reward a window needs: that window earns nothing (or only the
    ///         base rate when just the +20% could not be covered).
    event RewardPoolShort(uint256 indexed twinId, uint256 needed, uint256 available);
    /// @notice What the open window earns changed mid-window (quality change, suspension, deregistering).
    event RewardWindowUpdated(
        uint256 indexed twinId,
        uint64 earnsUntil,
        uint8 multiplierPct,
        uint256 reserved
    );
    /// @notice The owner claimed settled rewards.
    event RewardsClaimed(uint256 indexed twinId, address indexed owner, uint256 amount);
    /// @notice The quality oracle set a score.
    event QualityUpdated(uint256 indexed twinId, uint8 previousScore, uint8 score, bytes32 reasonHash);
    /// @notice The twin's score fell below 50: no rewards, no new simulation jobs.
    event TwinSuspended(uint256 indexed twinId);
    /// @notice The twin's score is back at 50 or more.
    event TwinReinstated(uint256 indexed twinId);
    /// @notice The quality oracle burned part of the bond.
    event TwinSlashed(uint256 indexed twinId, uint256 amount, uint256 bondLeft, bytes32 reasonHash);
    /// @notice The owner set the simulation rate.
    event SimulationRateUpdated(uint256 indexed twinId, uint256 ratePerHour);
    /// @notice Governance set the bounds of simulation rates.
    event RateBoundsUpdated(uint256 minRatePerHour, uint256 maxRatePerHour);
    /// @notice A buyer paid for simulation hours; the payment is escrowed until completion, decline or reclaim.
    event SimulationPurchased(
        uint256 indexed jobId,
        uint256 indexed twinId,
        address indexed buyer,
        uint256 hoursBought,
        uint256 ratePerHour,
        uint256 amount,
        uint64 deadline
    );
    /// @notice The owner completed a job: the payment was burned / paid to platform revenue / paid to the owner.
    event JobCompleted(
        uint256 indexed jobId,
        uint256 indexed twinId,
        address indexed owner,
        bytes32 resultHash,
        uint256 burned,
        uint256 toPlatform,
        uint256 toOwner
    );
    /// @notice The owner declined a job and the buyer was refunded.
    event JobDeclined(uint256 indexed jobId, uint256 indexed twinId, address indexed buyer, uint256 refund);
    /// @notice The buyer took the payment back after the deadline.
    event JobReclaimed(uint256 indexed jobId, uint256 indexed twinId, address indexed buyer, uint256 refund);
    /// @notice The owner started deregistering: no earnings or new jobs; the bond returns after the cooldown.
    event DeregistrationStarted(uint256 indexed twinId, uint64 cooldownEnds);
    /// @notice The bond (minus slashes) and unclaimed rewards were paid out and the twin burned.
    event BondWithdrawn(uint256 indexed twinId, address indexed owner, uint256 bond, uint256 rewards);

    // ─── errors ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Registering needs a balance of at least the bond.
    error InsufficientBalanceForBond(uint256 balance, uint256 required);
    /// @notice No twin type has this id.
    error UnknownTwinType(uint256 typeId);
    /// @notice A twin type name must be 1 … `maxLength` bytes.
    error InvalidTwinTypeName(uint256 length, uint256 maxLength);
    /// @notice A category label must be 1 … `maxLength` bytes.
    error InvalidCategory(uint256 length, uint256 maxLength);
    /// @notice A metadata URI must be 1 … `maxLength` bytes.
    error InvalidMetadataURI(uint256 length, uint256 maxLength);
    /// @notice Only the twin's owner may do this.
    error NotTwinOwner(uint256 twinId, address caller);
    /// @notice Only the owner or the twin's device key may record a sync.
    error NotSyncAuthorized(uint256 twinId, address caller);
    /// @notice A data sync or a job result must carry a non-zero hash.
    error EmptyHash();
    /// @notice A required address was the zero address.
    error ZeroAddress();
    /// @notice The twin is suspended (quality below 50).
    error TwinIsSuspended(uint256 twinId);
    /// @notice The twin is deregistering.
    error TwinIsDeregistering(uint256 twinId, uint256 cooldownEnds);
    /// @notice The twin is not deregistering.
    error TwinNotDeregistering(uint256 twinId);
    /// @notice The deregistration cooldown runs until `endsAt`.
    error CooldownNotOver(uint256 twinId, uint256 endsAt);
    /// @notice The twin has no settled rewards to claim.
    error NoTwinRewards(uint256 twinId);
    /// @notice A quality score is 0 … 100.
    error InvalidQualityScore(uint256 score);
    /// @notice Only a suspended twin (quality below 50) can be slashed.
    error TwinNotSuspended(uint256 twinId);
    /// @notice A slash is more than zero and at most 10% of the bond left.
    error InvalidSlashAmount(uint256 amount, uint256 maxAmount);
    /// @notice A job buys 1 … `maxHours` whole hours.
    error InvalidHours(uint256 hoursBought, uint256 maxHours);
    /// @notice The rate is outside the governance bounds.
    error RateOutOfBounds(uint256 ratePerHour, uint256 minRatePerHour, uint256 maxRatePerHour);
    /// @notice Governance bounds must satisfy 0 < min ≤ max.
    error InvalidRateBounds(uint256 minRatePerHour, uint256 maxRatePerHour);
    /// @notice The twin's rate is above the most the buyer accepted (it was raised after the quote).
    error RateAboveAccepted(uint256 ratePerHour, uint256 maxRatePerHour);
    /// @notice No job has this id.
    error UnknownJob(uint256 jobId);
    /// @notice The job is no longer open.
    error JobNotOpen(uint256 jobId, JobStatus status);
    /// @notice The job's deadline passed: only the buyer's reclaim remains.
    error JobExpired(uint256 jobId, uint256 deadline);
    /// @notice The buyer can reclaim only after the deadline.
    error JobNotExpired(uint256 jobId, uint256 deadline);
    /// @notice Only the job's buyer may reclaim it.
    error NotJobBuyer(uint256 jobId, address caller);
}
