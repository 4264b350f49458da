// SPDX-License-Identifier: MIT
// Category ids run 0 … count − 1, so "id ≥ count" is the plain way to say "unknown": keep it as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {MarketplaceLedger} from "./MarketplaceLedger.sol";

/// @title Listing services: categories, the listing fee, prices, metadata, pause and resume
/// @notice A provider lists a service (name, category, metadata URI, price per query) paying the listing fee
///         (100 DTA by default, governance-set) straight to platform revenue. It may change the price and the
///         metadata and pause or resume the listing; a provider with at least one active (not paused) service
///         gets the staking contract's +25% AI-service bonus.
abstract contract MarketplaceListings is MarketplaceLedger {
    using SafeERC20 for IStakingToken;

    /// @notice The listing fee a new marketplace starts with: 100 DTA.
    uint256 public constant DEFAULT_LISTING_FEE = 100 * 10 ** 4;
    /// @notice The highest listing fee governance may set: 100,000 DTA.
    uint256 public constant MAX_LISTING_FEE = 100_000 * 10 ** 4;
    /// @notice The highest price of one query: 1,000,000 DTA.
    uint256 public constant MAX_PRICE_PER_QUERY = 1_000_000 * 10 ** 4;
    /// @notice Longest service name, in bytes.
    uint256 public constant MAX_NAME_LENGTH = 64;
    /// @notice Longest category name, in bytes.
    uint256 public constant MAX_CATEGORY_NAME_LENGTH = 32;
    /// @notice Longest metadata URI, in bytes.
    uint256 public constant MAX_METADATA_URI_LENGTH = 256;

    /// @notice What listing a service costs now (paid to platform revenue).
    uint256 public listingFee = DEFAULT_LISTING_FEE;
    /// @notice How many categories exist (ids 0 … count − 1).
    uint16 public categoryCount;

    mapping(uint16 categoryId => string) private _categoryNames;

    /// @notice Lists a service, paying `listingFee` (approved beforehand) to platform revenue.
    /// @param name 1 … 64 bytes.
    /// @param categoryId A category id.
    /// @param metadataURI 1 … 256 bytes (description, endpoint, terms).
    /// @param pricePerQuery 1 … `MAX_PRICE_PER_QUERY` base units.
    /// @return serviceId The new service's id.
    function listService(
        string calldata name,
        uint16 categoryId,
        string calldata metadataURI,
        uint256 pricePerQuery
    ) external nonReentrant returns (uint256 serviceId) {
        return _list(name, categoryId, metadataURI, pricePerQuery);
    }

    /// @notice `listService` with an EIP-2612 permit for exactly the listing fee, in one transaction.
    function listServiceWithPermit(
        string calldata name,
        uint16 categoryId,
        string calldata metadataURI,
        uint256 pricePerQuery,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 serviceId) {
        // A permit front-run from the mempool is already spent: fall back to the allowance it created.
        try token.permit(msg.sender, address(this), listingFee, deadline, v, r, s) {} catch {}
        return _list(name, categoryId, metadataURI, pricePerQuery);
    }

    /// @notice Sets the price of one query. Provider only; a payment made afterwards pays the new price, and
    ///         one quoted before is refused if the new price is above what its payer accepted.
    /// @param serviceId The service.
    /// @param pricePerQuery 1 … `MAX_PRICE_PER_QUERY` base units.
    function setPrice(uint256 serviceId, uint256 pricePerQuery) external {
        Service storage s = _ownService(serviceId);
        _checkPrice(pricePerQuery);
        emit ServicePriceUpdated(serviceId, s.pricePerQuery, pricePerQuery);
        s.pricePerQuery = uint64(pricePerQuery);
    }

    /// @notice Replaces the service's metadata URI. Provider only.
    /// @param serviceId The service.
    /// @param metadataURI 1 … 256 bytes.
    function setMetadataURI(uint256 serviceId, string calldata metadataURI) external {
        _ownService(serviceId);
        _checkLength(metadataURI, MAX_METADATA_URI_LENGTH, InvalidMetadataURI.selector);
        _metadataURIs[serviceId] = metadataURI;
        emit ServiceMetadataUpdated(serviceId, metadataURI);
    }

    /// @notice Pauses the service: it takes no payments until resumed. Provider only.
    /// @param serviceId The service.
    function pauseService(uint256 serviceId) external {
        Service storage s = _ownService(serviceId);
        if (s.paused) revert ServiceIsPaused(serviceId);
        s.paused = true;
        --_activeServices[s.provider];
        emit ServicePaused(serviceId);
    }

    /// @notice Resumes a paused service. Provider only.
    /// @param serviceId The service.
    function resumeService(uint256 serviceId) external {
        Service storage s = _ownService(serviceId);
        if (!s.paused) revert ServiceNotPaused(serviceId);
        s.paused = false;
        ++_activeServices[s.provider];
        emit ServiceResumed(serviceId);
    }

    /// @notice Sets the listing fee. Governance only.
    /// @param fee 0 … `MAX_LISTING_FEE` base units.
    function setListingFee(uint256 fee) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (fee > MAX_LISTING_FEE) revert ListingFeeTooHigh(fee, MAX_LISTING_FEE);
        emit ListingFeeUpdated(listingFee, fee);
        listingFee = fee;
    }

    /// @notice Adds a category. Governance only.
    /// @param name 1 … 32 bytes.
    /// @return categoryId The new category's id.
    function addCategory(
        string calldata name
    ) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint16 categoryId) {
        return _addCategory(name);
    }

    /// @notice The name of a category.
    /// @param categoryId The category id.
    function categoryName(uint16 categoryId) external view returns (string memory) {
        if (categoryId >= categoryCount) revert UnknownCategory(categoryId);
        return _categoryNames[categoryId];
    }

    /// @dev Adds a category (the constructor adds the SPEC's seven).
    function _addCategory(string memory name) internal returns (uint16 categoryId) {
        _checkLength(name, MAX_CATEGORY_NAME_LENGTH, InvalidCategoryName.selector);
        categoryId = categoryCount;
        ++categoryCount;
        _categoryNames[categoryId] = name;
        emit CategoryAdded(categoryId, name);
    }

    function _list(
        string calldata name,
        uint16 categoryId,
        string calldata metadataURI,
        uint256 pricePerQuery
    ) private returns (uint256 serviceId) {
        _checkLength(name, MAX_NAME_LENGTH, InvalidServiceName.selector);
        if (categoryId >= categoryCount) revert UnknownCategory(categoryId);
        _checkLength(metadataURI, MAX_METADATA_URI_LENGTH, InvalidMetadataURI.selector);
        _checkPrice(pricePerQuery);
        _requireTokenNotPaused();
        _requireCompliant(msg.sender);
        serviceId = ++_lastServiceId;
        Service storage s = _services[serviceId];
        s.provider = msg.sender;
        s.pricePerQuery = uint64(pricePerQuery);
        s.categoryId = categoryId;
        _names[serviceId] = name;
        _metadataURIs[serviceId] = metadataURI;
        ++_activeServices[msg.sender];
        uint256 fee = listingFee;
        emit ServiceListed(serviceId, msg.sender, categoryId, name, metadataURI, pricePerQuery, fee);
        if (fee > 0) token.safeTransferFrom(msg.sender, revenueDistributor, fee);
    }

    function _checkPrice(uint256 pricePerQuery) private pure {
        if (pricePerQuery == 0 || pricePerQuery > MAX_PRICE_PER_QUERY) {
            revert InvalidPrice(pricePerQuery, MAX_PRICE_PER_QUERY);
        }
    }

    /// @dev Reverts with `selector(length, maxLength)` unless 1 ≤ length ≤ maxLength.
    function _checkLength(string memory value, uint256 maxLength, bytes4 selector) private pure {
        uint256 length = bytes(value).length;
        if (length == 0 || length > maxLength) {
            // solhint-disable-next-line no-inline-assembly
            assembly ("memory-safe") {
                mstore(0x00, selector)
                mstore(0x04, length)
                mstore(0x24, maxLength)
                revert(0x00, 0x44)
            }
        }
    }
}
