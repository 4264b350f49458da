// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ComplianceGuard} from "../compliance/ComplianceGuard.sol";
import {IAIMarketplace} from "../interfaces/IAIMarketplace.sol";
import {ICompliantToken} from "../interfaces/ICompliantToken.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {ServiceFees} from "../revenue/ServiceFees.sol";

/// @title The marketplace's ledger: services, requests, ratings, the provider pool and the views over them
/// @notice Holds every service, request and rating, and the one total the marketplace owes: provider bonuses
///         reserved and not yet claimed. The 60M AI provider pool is simply the DTA balance not owed, so the
///         marketplace is solvent by construction: `balance == totalBonusOwed + poolAvailable`. Payments never
///         rest here: they are burned and paid out in the transaction that brings them in.
/// @dev The actions live in `MarketplaceListings`, `MarketplacePayments` and `AIMarketplace`, which inherit this.
abstract contract MarketplaceLedger is
    IAIMarketplace,
    AccessControl,
    ReentrancyGuardTransient,
    ComplianceGuard
{
    using SafeERC20 for IStakingToken;

    /// @notice The DTA token (listing fees, payments and bonuses).
    IStakingToken public immutable token;
    /// @notice The governance-set service burn rate and payment split (shared with the twin registry).
    ServiceFees public immutable serviceFees;
    /// @notice Receives listing fees and the platform share of payments (distributes whatever DTA it holds).
    address public immutable revenueDistributor;

    /// @notice Σ provider bonuses reserved and not yet claimed.
    uint256 public totalBonusOwed;

    /// @dev Id of the last service listed (ids start at 1).
    uint256 internal _lastServiceId;
    /// @dev Id of the last request paid (ids start at 1).
    uint256 internal _lastRequestId;

    mapping(uint256 serviceId => Service) internal _services;
    mapping(uint256 serviceId => string) internal _names;
    mapping(uint256 serviceId => string) internal _metadataURIs;
    mapping(uint256 requestId => Request) internal _requests;
    mapping(uint256 requestId => bytes32) internal _responses;
    /// @dev Queries each payer bought of each service (a rating needs at least one).
    mapping(uint256 serviceId => mapping(address payer => uint256)) internal _queriesBy;
    /// @dev Each payer's current rating of each service (0: none).
    mapping(uint256 serviceId => mapping(address payer => uint8)) internal _ratings;
    /// @dev Per service, the bonuses reserved for it so far.
    mapping(uint256 serviceId => uint256) internal _bonusEarned;
    /// @dev Per provider, bonuses reserved and not yet claimed.
    mapping(address provider => uint256) internal _bonusOwed;
    /// @dev Per provider, how many of its services are active (not paused): the staking bonus.
    mapping(address provider => uint256) internal _activeServices;

    /// @param dta The DTA token.
    /// @param fees The shared service fees contract.
    /// @param revenue The revenue distributor.
    constructor(IStakingToken dta, ServiceFees fees, address revenue) {
        if (address(dta) == address(0) || address(fees) == address(0) || revenue == address(0)) {
            revert ZeroAddress();
        }
        token = dta;
        serviceFees = fees;
        revenueDistributor = revenue;
    }

    /// @notice Everything stored about a service (reverts for an unknown id).
    /// @param serviceId The service.
    function serviceOf(uint256 serviceId) external view returns (Service memory) {
        return _service(serviceId);
    }

    /// @notice The service's name.
    /// @param serviceId The service.
    function nameOf(uint256 serviceId) external view returns (string memory) {
        _service(serviceId);
        return _names[serviceId];
    }

    /// @notice The service's metadata URI.
    /// @param serviceId The service.
    function metadataURIOf(uint256 serviceId) external view returns (string memory) {
        _service(serviceId);
        return _metadataURIs[serviceId];
    }

    /// @notice A paid request (reverts for an unknown id).
    /// @param requestId The request.
    /// @return request Who paid for how many queries of which service.
    /// @return responseHash The provider's response (zero until posted).
    function requestOf(
        uint256 requestId
    ) external view returns (Request memory request, bytes32 responseHash) {
        return (_request(requestId), _responses[requestId]);
    }

    /// @notice How many queries `payer` bought of the service (a rating needs at least one).
    /// @param serviceId The service.
    /// @param payer The account.
    function queriesBy(uint256 serviceId, address payer) external view returns (uint256) {
        return _queriesBy[serviceId][payer];
    }

    /// @notice `rater`'s current rating of the service (0: none).
    /// @param serviceId The service.
    /// @param rater The account.
    function ratingOf(uint256 serviceId, address rater) external view returns (uint8) {
        return _ratings[serviceId][rater];
    }

    /// @notice The provider bonuses reserved for the service so far.
    /// @param serviceId The service.
    function bonusEarnedBy(uint256 serviceId) external view returns (uint256) {
        return _bonusEarned[serviceId];
    }

    /// @notice The bonuses reserved for `provider` and not yet claimed.
    /// @param provider The account.
    function bonusOwedTo(address provider) external view returns (uint256) {
        return _bonusOwed[provider];
    }

    /// @notice How many active (not paused) services `provider` has: what the staking bonus reads.
    /// @param provider The account.
    function activeServiceCount(address provider) external view returns (uint256) {
        return _activeServices[provider];
    }

    /// @notice The provider pool not reserved for anyone: what new bonuses can draw on.
    function poolAvailable() public view returns (uint256) {
        return token.balanceOf(address(this)) - totalBonusOwed;
    }

    /// @notice How many services were ever listed (the last id).
    function serviceCount() external view returns (uint256) {
        return _lastServiceId;
    }

    /// @notice How many requests were ever paid (the last id).
    function requestCount() external view returns (uint256) {
        return _lastRequestId;
    }

    /// @dev The service, reverting for an unknown id.
    function _service(uint256 serviceId) internal view returns (Service storage s) {
        s = _services[serviceId];
        if (s.provider == address(0)) revert UnknownService(serviceId);
    }

    /// @dev The service, reverting unless `msg.sender` is its provider.
    function _ownService(uint256 serviceId) internal view returns (Service storage s) {
        s = _service(serviceId);
        if (s.provider != msg.sender) revert NotServiceProvider(serviceId, msg.sender);
    }

    /// @dev The request, reverting for an unknown id.
    function _request(uint256 requestId) internal view returns (Request storage r) {
        r = _requests[requestId];
        if (r.payer == address(0)) revert UnknownRequest(requestId);
    }

    /// @dev Pays `amount` of the DTA held here to `to`: refused while DTA is paused or to a blacklisted address.
    function _pay(address to, uint256 amount) internal {
        _requireTokenNotPaused();
        _requireCompliant(to);
        if (amount > 0) token.safeTransfer(to, amount);
    }

    /// @inheritdoc ComplianceGuard
    function _compliantToken() internal view override returns (ICompliantToken) {
        return token;
    }
}
