// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title BIVE → DTA swap
/// @notice Swaps legacy BIVE 1:1 into DTA from the 110M swap pool (scaled between the tokens' decimals).
///         Swapped BIVE is locked here forever: no function moves it out. Swaps within 90 days of genesis
///         earn a 10% bonus from the 20M early-holder pool while it lasts; after the window anyone can send
///         the bonus nobody earned back to the governance timelock, so no DTA stays stranded here.
contract BiveSwap is AccessControl, Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Role that may pause and unpause swaps.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice How long after genesis swaps earn the early-holder bonus.
    uint256 public constant BONUS_WINDOW = 90 days;
    /// @notice The early-holder bonus, in basis points of the swapped DTA amount.
    uint256 public constant BONUS_BPS = 1_000;

    /// @notice The legacy BIVE token.
    IERC20 public immutable bive;
    /// @notice The DTA token.
    IERC20 public immutable dta;
    /// @notice Genesis timestamp; the bonus window runs from here.
    uint256 public immutable genesisTimestamp;
    /// @notice The governance timelock, which receives the unused bonus after the window.
    address public immutable timelock;
    /// @notice BIVE base units per DTA base unit when BIVE has more decimals (else 1).
    uint256 public immutable biveUnitsPerDtaUnit;
    /// @notice DTA base units per BIVE base unit when DTA has more decimals (else 1).
    uint256 public immutable dtaUnitsPerBiveUnit;

    /// @notice DTA left in the 1:1 swap pool, in base units.
    uint256 public swapPoolRemaining;
    /// @notice DTA left in the early-holder bonus pool, in base units.
    uint256 public bonusPoolRemaining;
    /// @notice DTA paid out 1:1 so far (bonus excluded), in base units.
    uint256 public totalSwapped;
    /// @notice DTA paid as bonus so far, in base units.
    uint256 public totalBonusPaid;

    /// @notice Emitted on every swap.
    event Swapped(address indexed account, uint256 biveAmount, uint256 dtaAmount, uint256 bonus);
    /// @notice Emitted when the pools are funded.
    event PoolsFunded(address indexed from, uint256 swapAmount, uint256 bonusAmount);
    /// @notice Emitted when the bonus left after the window is sent to the timelock.
    event UnusedBonusReturned(address indexed caller, address indexed timelock, uint256 amount);

    /// @notice The amount converts to zero DTA.
    error ZeroAmount();
    /// @notice The swap pool holds less DTA than the swap needs.
    error SwapPoolExhausted(uint256 requested, uint256 available);
    /// @notice A required address was the zero address.
    error ZeroAddress();
    /// @notice The bonus window is still open until `endsAt`; the bonus pool is still owed to swappers.
    error BonusWindowOpen(uint256 endsAt);
    /// @notice The bonus pool is empty: there is nothing to return.
    error NoUnusedBonus();

    /// @param biveToken The legacy BIVE token.
    /// @param dtaToken The DTA token.
    /// @param genesis Genesis timestamp (seconds).
    /// @param admin Receives the admin role and, after the window, the unused bonus (the governance timelock).
    /// @param securityCouncil Receives the guardian role (the Security Council Safe).
    constructor(
        IERC20Metadata biveToken,
        IERC20Metadata dtaToken,
        uint256 genesis,
        address admin,
        address securityCouncil
    ) {
        if (
            address(biveToken) == address(0) ||
            address(dtaToken) == address(0) ||
            admin == address(0) ||
            securityCouncil == address(0)
        ) {
            revert ZeroAddress();
        }
        bive = biveToken;
        dta = dtaToken;
        genesisTimestamp = genesis;
        timelock = admin;
        uint8 biveDecimals = biveToken.decimals();
        uint8 dtaDecimals = dtaToken.decimals();
        biveUnitsPerDtaUnit = biveDecimals > dtaDecimals ? 10 ** (biveDecimals - dtaDecimals) : 1;
        dtaUnitsPerBiveUnit = dtaDecimals > biveDecimals ? 10 ** (dtaDecimals - biveDecimals) : 1;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, securityCouncil);
    }

    /// @notice Adds DTA to the swap and bonus pools (pulled from the caller with transferFrom).
    /// @param swapAmount DTA for the 1:1 swap pool.
    /// @param bonusAmount DTA for the early-holder bonus pool.
    function fundPools(uint256 swapAmount, uint256 bonusAmount) external nonReentrant {
        swapPoolRemaining += swapAmount;
        bonusPoolRemaining += bonusAmount;
        emit PoolsFunded(msg.sender, swapAmount, bonusAmount);
        dta.safeTransferFrom(msg.sender, address(this), swapAmount + bonusAmount);
    }

    /// @notice What a swap of `biveAmount` pays now: the 1:1 DTA amount, the bonus, and the BIVE it uses
    ///         (BIVE below one DTA base unit is not taken).
    /// @param biveAmount BIVE in its base units.
    function quote(
        uint256 biveAmount
    ) public view returns (uint256 dtaAmount, uint256 bonus, uint256 biveUsed) {
        dtaAmount = (biveAmount / biveUnitsPerDtaUnit) * dtaUnitsPerBiveUnit;
        biveUsed = (dtaAmount / dtaUnitsPerBiveUnit) * biveUnitsPerDtaUnit;
        if (bonusActive()) {
            bonus = (dtaAmount * BONUS_BPS) / 10_000;
            if (bonus > bonusPoolRemaining) bonus = bonusPoolRemaining;
        }
    }

    /// @notice Whether swaps made now are inside the 90-day bonus window.
    function bonusActive() public view returns (bool) {
        return block.timestamp < genesisTimestamp + BONUS_WINDOW;
    }

    /// @notice Swaps `biveAmount` BIVE (approved beforehand) into DTA, plus the bonus while it lasts.
    /// @param biveAmount BIVE in its base units.
    /// @return dtaAmount The 1:1 DTA paid.
    /// @return bonus The bonus DTA paid.
    function swap(
        uint256 biveAmount
    ) external nonReentrant whenNotPaused returns (uint256 dtaAmount, uint256 bonus) {
        return _swap(biveAmount);
    }

    /// @notice Approves with an EIP-2612 permit signature and swaps in one transaction.
    /// @dev A permit that fails (for example front-run) falls back to the existing allowance.
    /// @param biveAmount BIVE in its base units.
    /// @param deadline The permit's deadline.
    /// @param v Signature v.
    /// @param r Signature r.
    /// @param s Signature s.
    /// @return dtaAmount The 1:1 DTA paid.
    /// @return bonus The bonus DTA paid.
    function swapWithPermit(
        uint256 biveAmount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant whenNotPaused returns (uint256 dtaAmount, uint256 bonus) {
        try
            IERC20Permit(address(bive)).permit(msg.sender, address(this), biveAmount, deadline, v, r, s)
        {} catch {}
        return _swap(biveAmount);
    }

    /// @notice Sends the bonus pool left after the 90-day window to the timelock; anyone may call it.
    /// @dev At most 10% of the swap pool can ever be paid as bonus, so part of the bonus pool is always left.
    /// @return amount The DTA returned, in base units.
    function returnUnusedBonus() external nonReentrant returns (uint256 amount) {
        if (bonusActive()) revert BonusWindowOpen(genesisTimestamp + BONUS_WINDOW);
        amount = bonusPoolRemaining;
        if (amount == 0) revert NoUnusedBonus();
        bonusPoolRemaining = 0;
        emit UnusedBonusReturned(msg.sender, timelock, amount);
        dta.safeTransfer(timelock, amount);
    }

    /// @notice Stops swaps.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resumes swaps.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    function _swap(uint256 biveAmount) private returns (uint256 dtaAmount, uint256 bonus) {
        uint256 biveUsed;
        (dtaAmount, bonus, biveUsed) = quote(biveAmount);
        if (dtaAmount == 0) revert ZeroAmount();
        if (dtaAmount > swapPoolRemaining) revert SwapPoolExhausted(dtaAmount, swapPoolRemaining);
        swapPoolRemaining -= dtaAmount;
        bonusPoolRemaining -= bonus;
        totalSwapped += dtaAmount;
        totalBonusPaid += bonus;
        emit Swapped(msg.sender, biveUsed, dtaAmount, bonus);
        bive.safeTransferFrom(msg.sender, address(this), biveUsed);
        dta.safeTransfer(msg.sender, dtaAmount + bonus);
    }
}
