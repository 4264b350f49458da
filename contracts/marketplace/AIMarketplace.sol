// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEcosystemBonusSource} from "../interfaces/IEcosystemBonusSource.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {ServiceFees} from "../revenue/ServiceFees.sol";
import {MarketplaceLedger} from "./MarketplaceLedger.sol";
import {MarketplacePayments} from "./MarketplacePayments.sol";

/// @title AI service marketplace
/// @notice Providers list AI services (`MarketplaceListings`); users pay per query, split into the service burn,
///         platform revenue and the provider's share, and providers post responses (`MarketplacePayments`);
///         payers rate services 1–5 (here). The marketplace holds the 60M AI provider rewards pool and pays the
///         5% provider bonus from it. A provider with an active (not paused) service gets the staking contract's
///         +25% AI-service bonus.
/// @dev O(1) per action, no on-chain enumeration (lists come from the indexer). DTA's blacklist and pause reach
///      through it (`ComplianceGuard`): no payment from, and no payout to, a blacklisted address, and nothing
///      moves while DTA is paused.
contract AIMarketplace is MarketplacePayments, IEcosystemBonusSource {
    /// @notice Lowest rating.
    uint8 public constant MIN_RATING = 1;
    /// @notice Highest rating.
    uint8 public constant MAX_RATING = 5;

    /// @param dta The DTA token.
    /// @param fees The shared service fees (burn rate and split).
    /// @param revenue The revenue distributor (listing fees and the platform share of payments).
    /// @param admin Receives the admin role (the governance timelock): sets the listing fee, adds categories and
    ///        may release the unreserved provider pool.
    constructor(
        IStakingToken dta,
        ServiceFees fees,
        address revenue,
        address admin
    ) MarketplaceLedger(dta, fees, revenue) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _addCategory("NLP");
        _addCategory("Computer Vision");
        _addCategory("Predictive Analytics");
        _addCategory("Anomaly Detection");
        _addCategory("Optimization");
        _addCategory("Generative AI");
        _addCategory("Other");
    }

    /// @notice Rates a service 1 … 5. Only an address that paid for it may rate, once: a new rating replaces
    ///         the caller's previous one. The provider may not rate its own service.
    /// @param serviceId The service.
    /// @param rating 1 … 5.
    function rate(uint256 serviceId, uint8 rating) external {
        Service storage s = _service(serviceId);
        if (rating < MIN_RATING || rating > MAX_RATING) revert InvalidRating(rating);
        if (msg.sender == s.provider) revert ProviderCannotRate(serviceId);
        if (_queriesBy[serviceId][msg.sender] == 0) revert NotAPayer(serviceId, msg.sender);
        uint8 previous = _ratings[serviceId][msg.sender];
        _ratings[serviceId][msg.sender] = rating;
        if (previous == 0) ++s.ratingCount;
        s.ratingSum = s.ratingSum - previous + rating;
        emit ServiceRated(serviceId, msg.sender, rating, previous, s.ratingSum, s.ratingCount);
    }

    /// @inheritdoc IEcosystemBonusSource
    /// @dev O(1): a per-provider count of active services kept on every listing, pause and resume.
    function hasStakingBonus(address account) external view returns (bool eligible) {
        return _activeServices[account] > 0;
    }

    /// @notice ERC-165: AccessControl's interfaces and `IEcosystemBonusSource`.
    /// @param interfaceId The interface id.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IEcosystemBonusSource).interfaceId || super.supportsInterface(interfaceId);
    }
}
