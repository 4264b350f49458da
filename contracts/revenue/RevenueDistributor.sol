// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title Revenue distributor
/// @notice Collects platform revenue in DTA and splits it: 40% staking rewards pool, 30% platform development,
///         20% ecosystem growth, 10% burned. Anyone may trigger `distribute`. The burn share takes the remainder,
///         so no base unit is lost. Governance may change where shares go, never the shares themselves.
contract RevenueDistributor is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Share of revenue for the staking rewards pool, in basis points.
    uint256 public constant STAKING_BPS = 4_000;
    /// @notice Share of revenue for platform development, in basis points.
    uint256 public constant DEVELOPMENT_BPS = 3_000;
    /// @notice Share of revenue for ecosystem growth, in basis points.
    uint256 public constant ECOSYSTEM_BPS = 2_000;
    /// @notice Share of revenue burned, in basis points (takes the rounding remainder).
    uint256 public constant BURN_BPS = 1_000;

    /// @notice The DTA token.
    IERC20 public immutable dta;
    /// @notice Receives the staking rewards share.
    address public stakingRewardsPool;
    /// @notice Receives the platform development share.
    address public platformDevelopment;
    /// @notice Receives the ecosystem growth share.
    address public ecosystemGrowth;
    /// @notice Revenue distributed so far, in base units.
    uint256 public totalDistributed;

    /// @notice Emitted on every distribution.
    event RevenueDistributed(
        uint256 amount,
        uint256 toStaking,
        uint256 toDevelopment,
        uint256 toEcosystem,
        uint256 burned
    );
    /// @notice Emitted when governance changes the destinations.
    event DestinationsUpdated(
        address stakingRewardsPool,
        address platformDevelopment,
        address ecosystemGrowth
    );

    /// @notice There is no revenue to distribute.
    error NothingToDistribute();
    /// @notice A required address was the zero address.
    error ZeroAddress();

    /// @param dtaToken The DTA token.
    /// @param admin Receives the admin role (the governance timelock).
    /// @param staking Staking rewards pool.
    /// @param development Platform development wallet.
    /// @param ecosystem Ecosystem growth wallet.
    constructor(IERC20 dtaToken, address admin, address staking, address development, address ecosystem) {
        if (address(dtaToken) == address(0) || admin == address(0)) revert ZeroAddress();
        dta = dtaToken;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setDestinations(staking, development, ecosystem);
    }

    /// @notice How `amount` would be split: staking, development, ecosystem, burned.
    /// @param amount Revenue in base units.
    function split(
        uint256 amount
    ) public pure returns (uint256 toStaking, uint256 toDevelopment, uint256 toEcosystem, uint256 burned) {
        toStaking = (amount * STAKING_BPS) / 10_000;
        toDevelopment = (amount * DEVELOPMENT_BPS) / 10_000;
        toEcosystem = (amount * ECOSYSTEM_BPS) / 10_000;
        burned = amount - toStaking - toDevelopment - toEcosystem;
    }

    /// @notice Splits the whole DTA balance held here between the destinations and burns the burn share.
    /// @return amount The revenue distributed.
    function distribute() external nonReentrant returns (uint256 amount) {
        amount = dta.balanceOf(address(this));
        if (amount == 0) revert NothingToDistribute();
        (uint256 toStaking, uint256 toDevelopment, uint256 toEcosystem, uint256 burned) = split(amount);
        totalDistributed += amount;
        emit RevenueDistributed(amount, toStaking, toDevelopment, toEcosystem, burned);
        if (toStaking > 0) dta.safeTransfer(stakingRewardsPool, toStaking);
        if (toDevelopment > 0) dta.safeTransfer(platformDevelopment, toDevelopment);
        if (toEcosystem > 0) dta.safeTransfer(ecosystemGrowth, toEcosystem);
        ERC20Burnable(address(dta)).burn(burned);
    }

    /// @notice Changes where the shares go. Governance only; the shares are fixed.
    /// @param staking Staking rewards pool.
    /// @param development Platform development wallet.
    /// @param ecosystem Ecosystem growth wallet.
    function setDestinations(
        address staking,
        address development,
        address ecosystem
    ) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setDestinations(staking, development, ecosystem);
    }

    function _setDestinations(address staking, address development, address ecosystem) private {
        if (staking == address(0) || development == address(0) || ecosystem == address(0))
            revert ZeroAddress();
        stakingRewardsPool = staking;
        platformDevelopment = development;
        ecosystemGrowth = ecosystem;
        emit DestinationsUpdated(staking, development, ecosystem);
    }
}
