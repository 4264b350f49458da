// SPDX-License-Identifier: MIT
// Bounds here are the SPEC's inclusive limits (≥ 5 ratings, average ≥ 4.0, 1 … 1,000 queries): keep them as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {MarketplaceListings} from "./MarketplaceListings.sol";

/// @title Pay per query, responses, and the provider bonus from the 60M provider pool
/// @notice A payer buys 1 … 1,000 queries of an active service at `queries × price`, naming the most it accepts
///         per query. The payment is split at once, exactly as `ServiceFees.split` says: the service burn is
///         burned first, 10% of the rest goes to platform revenue and the provider receives the remainder, so
///         no base unit is lost. Each payment is a request with its own id, to which the provider posts a
///         response hash. A service with at least 5 ratings averaging at least 4.0 earns its provider a 5% bonus
///         on each payment's amount, reserved from the provider pool at payment time while the pool lasts
///         (claimable with `claimProviderBonus`); a pool that cannot cover it gives what is left and says so
///         with `ProviderPoolShort`.
/// @dev Wash trading cannot farm the pool: a payment to oneself loses the burn and the platform share (at
///      least 11.8%) to earn a 5% bonus.
abstract contract MarketplacePayments is MarketplaceListings {
    using SafeERC20 for IStakingToken;

    /// @notice The most queries one payment may buy.
    uint256 public constant MAX_QUERIES_PER_PAYMENT = 1_000;
    /// @notice The provider bonus, in basis points of a qualifying payment (5%).
    uint256 public constant PROVIDER_BONUS_BPS = 500;
    /// @notice Ratings a service needs before it earns the provider bonus.
    uint256 public constant BONUS_MIN_RATINGS = 5;
    /// @notice Lowest average rating that earns the provider bonus, in hundredths (4.00).
    uint256 public constant BONUS_MIN_AVERAGE_X100 = 400;

    /// @notice Pays for `queries` queries of an active service (`queries × price`, approved beforehand).
    /// @param serviceId The service.
    /// @param queries 1 … 1,000.
    /// @param maxPricePerQuery The most the payer accepts per query (a price raised after the quote is refused).
    /// @return requestId The new request.
    function payForQueries(
        uint256 serviceId,
        uint256 queries,
        uint256 maxPricePerQuery
    ) external nonReentrant returns (uint256 requestId) {
        return _payForQueries(serviceId, queries, maxPricePerQuery);
    }

    /// @notice `payForQueries` with an EIP-2612 permit, in one transaction. The permit is for the most the payer
    ///         accepts to pay, `queries × maxPricePerQuery` (the largest uint256 when that overflows, i.e. a payer
    ///         accepting any price signs an unlimited permit); only `queries × price` is taken.
    function payForQueriesWithPermit(
        uint256 serviceId,
        uint256 queries,
        uint256 maxPricePerQuery,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 requestId) {
        // A permit front-run from the mempool is already spent: fall back to the allowance it created.
        uint256 value = Math.saturatingMul(queries, maxPricePerQuery);
        try token.permit(msg.sender, address(this), value, deadline, v, r, s) {} catch {}
        return _payForQueries(serviceId, queries, maxPricePerQuery);
    }

    /// @notice Posts the response to a request, once. Provider of the request's service only.
    /// @param requestId The request.
    /// @param responseHash Hash of the response (non-zero).
    function postResponse(uint256 requestId, bytes32 responseHash) external {
        uint256 serviceId = _request(requestId).serviceId;
        _ownService(serviceId);
        if (responseHash == bytes32(0)) revert EmptyHash();
        if (_responses[requestId] != bytes32(0)) revert ResponseAlreadyPosted(requestId);
        _responses[requestId] = responseHash;
        emit ResponsePosted(requestId, serviceId, responseHash);
    }

    /// @notice Pays the caller's reserved provider bonuses.
    /// @return amount The bonuses paid.
    function claimProviderBonus() external nonReentrant returns (uint256 amount) {
        amount = _bonusOwed[msg.sender];
        if (amount == 0) revert NoProviderBonus(msg.sender);
        _bonusOwed[msg.sender] = 0;
        totalBonusOwed -= amount;
        emit ProviderBonusClaimed(msg.sender, amount);
        _pay(msg.sender, amount);
    }

    /// @notice Moves unreserved DTA out of the provider pool (to migrate or rebalance pools). Governance only;
    ///         bonuses already reserved stay.
    /// @param to The recipient.
    /// @param amount At most `poolAvailable()`.
    function releaseProviderPool(
        address to,
        uint256 amount
    ) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 available = poolAvailable();
        if (amount > available) revert ExceedsUnreservedProviderPool(amount, available);
        emit ProviderPoolReleased(to, amount);
        _pay(to, amount);
    }

    /// @notice Whether the service earns the provider bonus now: at least 5 ratings averaging at least 4.0.
    /// @param serviceId The service.
    function earnsProviderBonus(uint256 serviceId) public view returns (bool) {
        Service storage s = _service(serviceId);
        return _qualifies(s.ratingCount, s.ratingSum);
    }

    /// @notice What a payment of `queries` queries of the service costs now and how it would split.
    /// @param serviceId The service.
    /// @param queries The number of queries.
    /// @return amount `queries × price`.
    /// @return burned The service burn.
    /// @return toPlatform Platform revenue.
    /// @return toProvider The provider's share (the remainder).
    function quote(
        uint256 serviceId,
        uint256 queries
    ) external view returns (uint256 amount, uint256 burned, uint256 toPlatform, uint256 toProvider) {
        amount = queries * _service(serviceId).pricePerQuery;
        (burned, toPlatform, toProvider) = serviceFees.split(amount);
    }

    function _payForQueries(
        uint256 serviceId,
        uint256 queries,
        uint256 maxPricePerQuery
    ) private returns (uint256 requestId) {
        Service storage s = _service(serviceId);
        if (s.paused) revert ServiceIsPaused(serviceId);
        if (queries == 0 || queries > MAX_QUERIES_PER_PAYMENT) {
            revert InvalidQueryCount(queries, MAX_QUERIES_PER_PAYMENT);
        }
        uint256 price = s.pricePerQuery;
        if (price > maxPricePerQuery) revert PriceAboveAccepted(price, maxPricePerQuery);
        address provider = s.provider;
        _requireTokenNotPaused();
        _requireCompliant(msg.sender);
        _requireCompliant(provider);
        uint256 amount = queries * price;
        requestId = ++_lastRequestId;
        _requests[requestId] = Request({
            payer: msg.sender,
            serviceId: uint64(serviceId),
            queries: uint32(queries)
        });
        s.queries += uint64(queries);
        s.revenue += uint96(amount);
        _queriesBy[serviceId][msg.sender] += queries;
        uint256 bonus =
            _qualifies(s.ratingCount, s.ratingSum) ? _reserveBonus(serviceId, provider, amount) : 0;
        _split(requestId, serviceId, provider, queries, price, bonus);
    }

    /// @dev Reserves 5% of `amount` for the provider from the pool, or what the pool still holds.
    function _reserveBonus(
        uint256 serviceId,
        address provider,
        uint256 amount
    ) private returns (uint256 bonus) {
        uint256 needed = (amount * PROVIDER_BONUS_BPS) / 10_000;
        // The payment is not pulled in yet, so the balance is the pool and the reserved bonuses only.
        uint256 available = poolAvailable();
        bonus = needed < available ? needed : available;
        if (bonus < needed) emit ProviderPoolShort(serviceId, needed, bonus);
        if (bonus == 0) return 0;
        totalBonusOwed += bonus;
        _bonusOwed[provider] += bonus;
        _bonusEarned[serviceId] += bonus;
    }

    /// @dev Pulls the payment in and splits it: burn, platform revenue, the provider's remainder.
    function _split(
        uint256 requestId,
        uint256 serviceId,
        address provider,
        uint256 queries,
        uint256 price,
        uint256 bonus
    ) private {
        uint256 amount = queries * price;
        (uint256 burned, uint256 toPlatform, uint256 toProvider) = serviceFees.split(amount);
        emit QueriesPaid(
            requestId,
            serviceId,
            msg.sender,
            queries,
            price,
            amount,
            burned,
            toPlatform,
            toProvider,
            bonus
        );
        token.safeTransferFrom(msg.sender, address(this), amount);
        if (burned > 0) token.burn(burned);
        if (toPlatform > 0) token.safeTransfer(revenueDistributor, toPlatform);
        token.safeTransfer(provider, toProvider);
    }

    /// @dev At least `BONUS_MIN_RATINGS` ratings averaging at least 4.00 (compared exactly: sum × 100 ≥ 400 × count).
    function _qualifies(uint256 ratingCount, uint256 ratingSum) internal pure returns (bool) {
        return ratingCount >= BONUS_MIN_RATINGS && ratingSum * 100 >= BONUS_MIN_AVERAGE_X100 * ratingCount;
    }
}
