// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Data contributions: shapes, events and custom errors
/// @notice What the data-rewards contract stores and everything it announces or refuses, in one place for the
///         indexer and the app (the functions live in `contracts/data/`). Nothing personal is stored: only a
///         data hash, a category, a licence and the validator's score. Amounts are DTA base units (4 decimals).
interface IDataContributions {
    /// @notice How a contribution may be used. Open: anyone may use the data. Restricted: only buyers the
    ///         contributor approves, who pay its premium price.
    enum Licence {
        Open,
        Restricted
    }

    /// @notice One contribution.
    /// @param contributor Who submitted it and is paid its reward and premiums.
    /// @param categoryId Index into the categories.
    /// @param licence Open or restricted.
    /// @param scored Whether the validator has scored it (it is scored once).
    /// @param score 0 … 100 once scored.
    /// @param submittedAt When it was submitted.
    /// @param premiumPrice What an approved buyer pays for a restricted contribution (0 for an open one).
    /// @param reward The reward reserved for it from the data pool at scoring.
    struct Contribution {
        address contributor;
        uint16 categoryId;
        Licence licence;
        bool scored;
        uint8 score;
        uint40 submittedAt;
        uint64 premiumPrice;
        uint64 reward;
    }

    /// @notice A contributor's last five scores, the window the staking bonus reads.
    /// @param count Scores in the window (at most 5).
    /// @param next Slot the next score replaces.
    /// @param sum Σ of the scores in the window.
    /// @param scores The scores, a ring of 5.
    struct ScoreWindow {
        uint8 count;
        uint8 next;
        uint16 sum;
        uint8[5] scores;
    }

    // ─── events ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A contributor submitted a data hash.
    event ContributionSubmitted(
        uint256 indexed contributionId,
        address indexed contributor,
        uint16 indexed categoryId,
        bytes32 dataHash,
        Licence licence,
        uint256 premiumPrice
    );
    /// @notice The validator scored a contribution. `reward = baseReward × multiplierBps / 10,000` was reserved
    ///         from the data pool (less when the pool could not cover it: see `DataPoolShort`).
    event ContributionScored(
        uint256 indexed contributionId,
        address indexed contributor,
        address indexed validator,
        uint8 score,
        uint256 multiplierBps,
        uint256 reward
    );
    /// @notice A scored contribution's reward could not be (fully) reserved: the data pool holds less than
    ///         `needed`. `reserved` is what it could still give (0 once the pool is empty).
    event DataPoolShort(uint256 indexed contributionId, uint256 needed, uint256 reserved);
    /// @notice A contributor claimed its reserved rewards.
    event DataRewardClaimed(address indexed contributor, uint256 amount);
    /// @notice The contributor approved `buyer` for a restricted contribution (an off-chain data host serves
    ///         the data to an approved buyer that paid the premium).
    event AccessGranted(uint256 indexed contributionId, address indexed buyer);
    /// @notice The contributor withdrew `buyer`'s approval.
    event AccessRevoked(uint256 indexed contributionId, address indexed buyer);
    /// @notice An approved buyer paid a restricted contribution's premium. `amount = burned + toPlatform +
    ///         toContributor`.
    event PremiumPaid(
        uint256 indexed contributionId,
        address indexed buyer,
        address indexed contributor,
        uint256 amount,
        uint256 burned,
        uint256 toPlatform,
        uint256 toContributor
    );
    /// @notice The contributor changed a restricted contribution's premium price.
    event PremiumPriceUpdated(uint256 indexed contributionId, uint256 previousPrice, uint256 premiumPrice);
    /// @notice Governance changed the base reward.
    event BaseRewardUpdated(uint256 previousReward, uint256 baseReward);
    /// @notice Governance added a data category.
    event DataCategoryAdded(uint16 indexed categoryId, string name);
    /// @notice Governance moved unreserved DTA out of the data pool (to migrate or rebalance pools).
    event DataPoolReleased(address indexed to, uint256 amount);

    // ─── errors ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A data hash must be non-zero.
    error EmptyDataHash();
    /// @notice This data hash was already submitted (as contribution `contributionId`).
    error DuplicateDataHash(bytes32 dataHash, uint256 contributionId);
    /// @notice No data category has this id.
    error UnknownDataCategory(uint256 categoryId);
    /// @notice A category name must be 1 … `maxLength` bytes.
    error InvalidDataCategoryName(uint256 length, uint256 maxLength);
    /// @notice An open contribution has no premium; a restricted one's is 1 … `maxPrice` base units.
    error InvalidPremiumPrice(uint256 premiumPrice, uint256 maxPrice);
    /// @notice No contribution has this id.
    error UnknownContribution(uint256 contributionId);
    /// @notice The contribution was already scored (a contribution is scored once).
    error AlreadyScored(uint256 contributionId);
    /// @notice A score is 0 … 100.
    error InvalidScore(uint256 score);
    /// @notice A validator may not score its own contribution.
    error ValidatorIsContributor(uint256 contributionId, address validator);
    /// @notice The base reward governance sets must be 1 … `maxReward` base units.
    error InvalidBaseReward(uint256 baseReward, uint256 maxReward);
    /// @notice The contributor has no reserved reward to claim.
    error NoDataReward(address contributor);
    /// @notice Only the contribution's contributor may do this.
    error NotContributor(uint256 contributionId, address caller);
    /// @notice Access control applies only to restricted contributions.
    error NotRestricted(uint256 contributionId);
    /// @notice The contributor cannot be its own buyer.
    error ContributorIsBuyer(uint256 contributionId);
    /// @notice `buyer` already holds (or, for a revoke, does not hold) the contributor's approval.
    error AccessUnchanged(uint256 contributionId, address buyer, bool granted);
    /// @notice The buyer is not approved for this restricted contribution.
    error AccessNotGranted(uint256 contributionId, address buyer);
    /// @notice The buyer already paid this contribution's premium.
    error PremiumAlreadyPaid(uint256 contributionId, address buyer);
    /// @notice The premium is above the most the buyer accepted (it was raised after the quote).
    error PremiumAboveAccepted(uint256 premiumPrice, uint256 maxPrice);
    /// @notice Governance may release only the unreserved data pool.
    error ExceedsUnreservedDataPool(uint256 amount, uint256 available);
    /// @notice A required address was the zero address.
    error ZeroAddress();
}
