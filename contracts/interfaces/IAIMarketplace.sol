// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title AI service marketplace: shapes, events and custom errors
/// @notice What the marketplace stores and everything it announces or refuses, in one place for the indexer
///         and the app (the functions live in `contracts/marketplace/`). Amounts are DTA base units (4 decimals).
interface IAIMarketplace {
    /// @notice One listed service.
    /// @param provider Who listed it and is paid for its queries.
    /// @param pricePerQuery Price of one query.
    /// @param categoryId Index into the categories.
    /// @param paused A paused service takes no payments (and does not count for the staking bonus).
    /// @param ratingCount How many payers rated it (one rating per payer).
    /// @param ratingSum Σ of those ratings (average = ratingSum / ratingCount).
    /// @param queries Queries paid for so far.
    /// @param revenue Σ of what payers paid for it (before the burn and the platform share).
    struct Service {
        address provider;
        uint64 pricePerQuery;
        uint16 categoryId;
        bool paused;
        uint32 ratingCount;
        uint40 ratingSum;
        uint64 queries;
        uint96 revenue;
    }

    /// @notice One paid request: `queries` queries of `serviceId` bought by `payer`.
    struct Request {
        address payer;
        uint64 serviceId;
        uint32 queries;
    }

    // ─── events ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A provider listed a service and paid the listing fee to platform revenue.
    event ServiceListed(
        uint256 indexed serviceId,
        address indexed provider,
        uint16 indexed categoryId,
        string name,
        string metadataURI,
        uint256 pricePerQuery,
        uint256 listingFee
    );
    /// @notice The provider changed the price of one query.
    event ServicePriceUpdated(uint256 indexed serviceId, uint256 previousPrice, uint256 pricePerQuery);
    /// @notice The provider changed the service's metadata URI.
    event ServiceMetadataUpdated(uint256 indexed serviceId, string metadataURI);
    /// @notice The provider paused the service: no payments until resumed.
    event ServicePaused(uint256 indexed serviceId);
    /// @notice The provider resumed the service.
    event ServiceResumed(uint256 indexed serviceId);
    /// @notice Governance added a category (the seven SPEC categories are added at deployment).
    event CategoryAdded(uint16 indexed categoryId, string name);
    /// @notice Governance changed the listing fee.
    event ListingFeeUpdated(uint256 previousFee, uint256 listingFee);
    /// @notice A payer paid for queries. `amount = queries × pricePerQuery = burned + toPlatform + toProvider`;
    ///         `bonus` is the provider bonus reserved from the provider pool for this payment (0 when the
    ///         service does not qualify or the pool is empty).
    event QueriesPaid(
        uint256 indexed requestId,
        uint256 indexed serviceId,
        address indexed payer,
        uint256 queries,
        uint256 pricePerQuery,
        uint256 amount,
        uint256 burned,
        uint256 toPlatform,
        uint256 toProvider,
        uint256 bonus
    );
    /// @notice The provider posted the response to a request.
    event ResponsePosted(uint256 indexed requestId, uint256 indexed serviceId, bytes32 responseHash);
    /// @notice A payer rated a service (`previousRating` 0: first rating; otherwise it was replaced).
    event ServiceRated(
        uint256 indexed serviceId,
        address indexed rater,
        uint8 rating,
        uint8 previousRating,
        uint256 ratingSum,
        uint256 ratingCount
    );
    /// @notice A qualifying payment's bonus could not be (fully) reserved: the provider pool holds less than
    ///         `needed`. `reserved` is what it could still give (0 once the pool is empty).
    event ProviderPoolShort(uint256 indexed serviceId, uint256 needed, uint256 reserved);
    /// @notice A provider claimed its reserved bonuses.
    event ProviderBonusClaimed(address indexed provider, uint256 amount);
    /// @notice Governance moved unreserved DTA out of the provider pool (to migrate or rebalance pools).
    event ProviderPoolReleased(address indexed to, uint256 amount);

    // ─── errors ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A service name must be 1 … `maxLength` bytes.
    error InvalidServiceName(uint256 length, uint256 maxLength);
    /// @notice A metadata URI must be 1 … `maxLength` bytes.
    error InvalidMetadataURI(uint256 length, uint256 maxLength);
    /// @notice A category name must be 1 … `maxLength` bytes.
    error InvalidCategoryName(uint256 length, uint256 maxLength);
    /// @notice No category has this id.
    error UnknownCategory(uint256 categoryId);
    /// @notice A price per query must be 1 … `maxPrice` base units.
    error InvalidPrice(uint256 pricePerQuery, uint256 maxPrice);
    /// @notice The listing fee governance sets may be at most `maxFee`.
    error ListingFeeTooHigh(uint256 fee, uint256 maxFee);
    /// @notice No service has this id.
    error UnknownService(uint256 serviceId);
    /// @notice Only the service's provider may do this.
    error NotServiceProvider(uint256 serviceId, address caller);
    /// @notice The service is paused.
    error ServiceIsPaused(uint256 serviceId);
    /// @notice The service is not paused.
    error ServiceNotPaused(uint256 serviceId);
    /// @notice A payment buys 1 … `maxQueries` queries.
    error InvalidQueryCount(uint256 queries, uint256 maxQueries);
    /// @notice The price is above the most the payer accepted (it was raised after the quote).
    error PriceAboveAccepted(uint256 pricePerQuery, uint256 maxPricePerQuery);
    /// @notice No request has this id.
    error UnknownRequest(uint256 requestId);
    /// @notice The request already has its response.
    error ResponseAlreadyPosted(uint256 requestId);
    /// @notice A response must carry a non-zero hash.
    error EmptyHash();
    /// @notice A rating is 1 … 5.
    error InvalidRating(uint256 rating);
    /// @notice Only an address that paid for the service may rate it.
    error NotAPayer(uint256 serviceId, address account);
    /// @notice A provider may not rate its own service.
    error ProviderCannotRate(uint256 serviceId);
    /// @notice The provider has no reserved bonus to claim.
    error NoProviderBonus(address provider);
    /// @notice Governance may release only the unreserved provider pool.
    error ExceedsUnreservedProviderPool(uint256 amount, uint256 available);
    /// @notice A required address was the zero address.
    error ZeroAddress();
}
