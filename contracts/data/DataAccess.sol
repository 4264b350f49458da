// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {DataLedger} from "./DataLedger.sol";

/// @title Privacy-compliant sharing of restricted contributions
/// @notice The data itself never comes on-chain. A restricted contribution is shared only with buyers its
///         contributor approves: grants and revocations are events an off-chain data host enforces. An approved
///         buyer pays the premium once, split at once exactly as `ServiceFees.split` says: the service burn first,
///         10% of the rest to platform revenue, the remainder to the contributor, so no base unit is lost.
abstract contract DataAccess is DataLedger {
    using SafeERC20 for IStakingToken;

    /// @notice The highest premium price: 1,000,000 DTA.
    uint256 public constant MAX_PREMIUM_PRICE = 1_000_000 * 10 ** 4;

    /// @notice Approves `buyer` for a restricted contribution. Contributor only.
    /// @param contributionId The contribution.
    /// @param buyer The buyer (not blacklisted, not the contributor).
    function grantAccess(uint256 contributionId, address buyer) external {
        _restrictedOwn(contributionId);
        if (buyer == address(0)) revert ZeroAddress();
        if (buyer == msg.sender) revert ContributorIsBuyer(contributionId);
        _requireCompliant(buyer);
        if (_granted[contributionId][buyer]) revert AccessUnchanged(contributionId, buyer, true);
        _granted[contributionId][buyer] = true;
        emit AccessGranted(contributionId, buyer);
    }

    /// @notice Withdraws `buyer`'s approval (a premium already paid is not refunded). Contributor only.
    /// @param contributionId The contribution.
    /// @param buyer The buyer.
    function revokeAccess(uint256 contributionId, address buyer) external {
        _restrictedOwn(contributionId);
        if (!_granted[contributionId][buyer]) revert AccessUnchanged(contributionId, buyer, false);
        _granted[contributionId][buyer] = false;
        emit AccessRevoked(contributionId, buyer);
    }

    /// @notice Changes a restricted contribution's premium price. Contributor only.
    /// @param contributionId The contribution.
    /// @param premiumPrice 1 … `MAX_PREMIUM_PRICE`.
    function setPremiumPrice(uint256 contributionId, uint256 premiumPrice) external {
        Contribution storage c = _restrictedOwn(contributionId);
        _checkPremium(Licence.Restricted, premiumPrice);
        emit PremiumPriceUpdated(contributionId, c.premiumPrice, premiumPrice);
        c.premiumPrice = uint64(premiumPrice);
    }

    /// @notice Pays a restricted contribution's premium (approved beforehand). Approved buyers only, once.
    /// @param contributionId The contribution.
    /// @param maxPrice The most the buyer accepts (a premium raised after the quote is refused).
    function payPremium(uint256 contributionId, uint256 maxPrice) external nonReentrant {
        _payPremium(contributionId, maxPrice);
    }

    /// @notice `payPremium` with an EIP-2612 permit for `maxPrice`, in one transaction.
    function payPremiumWithPermit(
        uint256 contributionId,
        uint256 maxPrice,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant {
        // A permit front-run from the mempool is already spent: fall back to the allowance it created.
        try token.permit(msg.sender, address(this), maxPrice, deadline, v, r, s) {} catch {}
        _payPremium(contributionId, maxPrice);
    }

    /// @notice What the contribution's premium costs now and how it would split.
    /// @param contributionId The contribution.
    /// @return amount The premium.
    /// @return burned The service burn.
    /// @return toPlatform Platform revenue.
    /// @return toContributor The contributor's share (the remainder).
    function quotePremium(
        uint256 contributionId
    ) external view returns (uint256 amount, uint256 burned, uint256 toPlatform, uint256 toContributor) {
        amount = _contribution(contributionId).premiumPrice;
        (burned, toPlatform, toContributor) = serviceFees.split(amount);
    }

    /// @dev Reverts unless the premium fits the licence: 0 for an open contribution, 1 … max for a restricted one.
    function _checkPremium(Licence licence, uint256 premiumPrice) internal pure {
        bool ok =
            licence == Licence.Open
                ? premiumPrice == 0
                : premiumPrice != 0 && premiumPrice < MAX_PREMIUM_PRICE + 1;
        if (!ok) revert InvalidPremiumPrice(premiumPrice, MAX_PREMIUM_PRICE);
    }

    function _payPremium(uint256 contributionId, uint256 maxPrice) private {
        Contribution storage c = _contribution(contributionId);
        if (c.licence != Licence.Restricted) revert NotRestricted(contributionId);
        if (!_granted[contributionId][msg.sender]) revert AccessNotGranted(contributionId, msg.sender);
        if (_paid[contributionId][msg.sender]) revert PremiumAlreadyPaid(contributionId, msg.sender);
        uint256 amount = c.premiumPrice;
        if (amount > maxPrice) revert PremiumAboveAccepted(amount, maxPrice);
        address contributor = c.contributor;
        _requireTokenNotPaused();
        _requireCompliant(msg.sender);
        _requireCompliant(contributor);
        _paid[contributionId][msg.sender] = true;
        (uint256 burned, uint256 toPlatform, uint256 toContributor) = serviceFees.split(amount);
        emit PremiumPaid(contributionId, msg.sender, contributor, amount, burned, toPlatform, toContributor);
        token.safeTransferFrom(msg.sender, address(this), amount);
        if (burned > 0) token.burn(burned);
        if (toPlatform > 0) token.safeTransfer(revenueDistributor, toPlatform);
        token.safeTransfer(contributor, toContributor);
    }

    /// @dev The contribution, reverting unless it is restricted and `msg.sender` is its contributor.
    function _restrictedOwn(uint256 contributionId) private view returns (Contribution storage c) {
        c = _ownContribution(contributionId);
        if (c.licence != Licence.Restricted) revert NotRestricted(contributionId);
    }
}
