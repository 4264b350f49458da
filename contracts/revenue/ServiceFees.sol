// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Service fees shared by every paid service (simulation jobs, the AI marketplace)
/// @notice One governance-set service burn rate and the SPEC's payment split: the burn (2% by default,
///         governance may set 2–5%) is taken first; of the rest 10% is platform revenue and the provider gets
///         the remainder, so no base unit is lost.
contract ServiceFees is AccessControl {
    /// @notice Lowest service burn rate governance may set, in basis points (2%).
    uint256 public constant MIN_SERVICE_BURN_BPS = 200;
    /// @notice Highest service burn rate governance may set, in basis points (5%).
    uint256 public constant MAX_SERVICE_BURN_BPS = 500;
    /// @notice Share of the payment after the burn that goes to platform revenue, in basis points (10%).
    uint256 public constant PLATFORM_BPS = 1_000;

    /// @notice The service burn rate in basis points, taken first from every service payment.
    uint256 public serviceBurnBps = MIN_SERVICE_BURN_BPS;

    /// @notice Emitted when governance changes the service burn rate.
    event ServiceBurnRateUpdated(uint256 previousBps, uint256 newBps);

    /// @notice The rate is outside `MIN_SERVICE_BURN_BPS` … `MAX_SERVICE_BURN_BPS`.
    error ServiceBurnRateOutOfBounds(uint256 bps, uint256 min, uint256 max);
    /// @notice A required address was the zero address.
    error ZeroAddress();

    /// @param admin Receives the admin role (the governance timelock), which sets the burn rate.
    constructor(address admin) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Sets the service burn rate. Governance only.
    /// @param bps The new rate in basis points, 200 … 500.
    function setServiceBurnBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps < MIN_SERVICE_BURN_BPS || bps > MAX_SERVICE_BURN_BPS) {
            revert ServiceBurnRateOutOfBounds(bps, MIN_SERVICE_BURN_BPS, MAX_SERVICE_BURN_BPS);
        }
        emit ServiceBurnRateUpdated(serviceBurnBps, bps);
        serviceBurnBps = bps;
    }

    /// @notice How a service payment of `amount` splits at the current burn rate.
    /// @param amount The payment in base units.
    /// @return burned Burned first (`amount × serviceBurnBps / 10,000`, rounded down).
    /// @return toPlatform 10% of the rest (rounded down), platform revenue.
    /// @return toProvider The remainder, so `burned + toPlatform + toProvider == amount`.
    function split(
        uint256 amount
    ) external view returns (uint256 burned, uint256 toPlatform, uint256 toProvider) {
        burned = (amount * serviceBurnBps) / 10_000;
        toPlatform = ((amount - burned) * PLATFORM_BPS) / 10_000;
        toProvider = amount - burned - toPlatform;
    }
}
