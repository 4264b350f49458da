// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDTAStaking} from "../interfaces/IDTAStaking.sol";

/// @title The staking tables: tiers, locks, base APY, lock weights, ecosystem bonuses, reward maths
/// @notice Pure functions shared by DTAStaking and mirrored in TypeScript by lib/staking (a test compares them).
library StakingTables {
    uint256 internal constant UNIT = 10 ** 4; // DTA has 4 decimals
    uint256 internal constant BRONZE_MIN = 1_000 * UNIT;
    uint256 internal constant SILVER_MIN = 10_000 * UNIT;
    uint256 internal constant GOLD_MIN = 50_000 * UNIT;
    uint256 internal constant PLATINUM_MIN = 100_000 * UNIT;
    uint256 internal constant DIAMOND_MIN = 500_000 * UNIT;

    uint256 internal constant BPS = 10_000;
    uint256 internal constant YEAR = 365 days;

    // Base APY in basis points, 12 bits per entry, entry (tier * 4 + lockIndex); one row per tier holds the
    // 30/90/180/365-day values. Packing keeps the lookup a shift instead of a storage or memory array.
    uint256 private constant _BRONZE = 800 | (900 << 12) | (1050 << 24) | (1200 << 36);
    uint256 private constant _SILVER = 1000 | (1150 << 12) | (1300 << 24) | (1500 << 36);
    uint256 private constant _GOLD = 1200 | (1400 << 12) | (1600 << 24) | (1800 << 36);
    uint256 private constant _PLATINUM = 1500 | (1700 << 12) | (1950 << 24) | (2200 << 36);
    uint256 private constant _DIAMOND = 1800 | (2000 << 12) | (2250 << 24) | (2500 << 36);
    uint256 private constant _APY_TABLE =
        _BRONZE | (_SILVER << 48) | (_GOLD << 96) | (_PLATINUM << 144) | (_DIAMOND << 192);

    // Lock days and lock weights (percent) for lock index 0..3, 16 bits each.
    uint256 private constant _LOCK_DAYS = 30 | (90 << 16) | (180 << 32) | (365 << 48);
    uint256 private constant _LOCK_WEIGHT_PCT = 100 | (125 << 16) | (150 << 32) | (200 << 48);

    // Bonus percent by BonusKind (twin 20, data quality 15, governance 10, AI service 25), 8 bits each.
    uint256 private constant _BONUS_PCT = 20 | (15 << 8) | (10 << 16) | (25 << 24);

    // Each tier minimum is inclusive (spec: "Bronze ≥ 1,000").
    // solhint-disable gas-strict-inequalities
    /// @dev Tier of `amount`; reverts below the Bronze minimum.
    function tierOf(uint256 amount) internal pure returns (IDTAStaking.Tier) {
        if (amount >= DIAMOND_MIN) return IDTAStaking.Tier.Diamond;
        if (amount >= PLATINUM_MIN) return IDTAStaking.Tier.Platinum;
        if (amount >= GOLD_MIN) return IDTAStaking.Tier.Gold;
        if (amount >= SILVER_MIN) return IDTAStaking.Tier.Silver;
        if (amount >= BRONZE_MIN) return IDTAStaking.Tier.Bronze;
        revert IDTAStaking.AmountBelowMinimum(amount, BRONZE_MIN);
    }
    // solhint-enable gas-strict-inequalities

    /// @dev Lock index 0..3 for 30/90/180/365 days; reverts for any other period.
    function lockIndexOf(uint256 lockDays_) internal pure returns (uint256) {
        if (lockDays_ == 30) return 0;
        if (lockDays_ == 90) return 1;
        if (lockDays_ == 180) return 2;
        if (lockDays_ == 365) return 3;
        revert IDTAStaking.InvalidLockPeriod(lockDays_);
    }

    function lockDays(uint256 lockIndex) internal pure returns (uint256) {
        _checkLockIndex(lockIndex);
        return (_LOCK_DAYS >> (lockIndex * 16)) & 0xffff;
    }

    function baseApyBps(IDTAStaking.Tier tier, uint256 lockIndex) internal pure returns (uint256) {
        _checkLockIndex(lockIndex);
        return (_APY_TABLE >> ((uint256(tier) * 4 + lockIndex) * 12)) & 0xfff;
    }

    /// @dev Voting units of a position: amount × lock weight (1.0 / 1.25 / 1.5 / 2.0), rounded down.
    function votingUnits(uint256 amount, uint256 lockIndex) internal pure returns (uint256) {
        _checkLockIndex(lockIndex);
        return (amount * ((_LOCK_WEIGHT_PCT >> (lockIndex * 16)) & 0xffff)) / 100;
    }

    /// @dev Sum in percent of the bonuses whose bit is set in `mask` (bit k = BonusKind k).
    function bonusPercent(uint8 mask) internal pure returns (uint256 sum) {
        for (uint256 k = 0; k < 4; ++k) {
            if ((mask >> k) & 1 == 1) sum += (_BONUS_PCT >> (k * 8)) & 0xff;
        }
    }

    /// @dev Recovers the bonus percent from an effective APY (apy = ⌊base × (100 + bonus) / 100⌋, and
    ///      base ≥ 800 > 100, so ⌈apy × 100 / base⌉ = 100 + bonus exactly).
    function bonusPercentFromApy(
        IDTAStaking.Tier tier,
        uint256 lockIndex,
        uint256 apyBps
    ) internal pure returns (uint256) {
        uint256 base = baseApyBps(tier, lockIndex);
        return (apyBps * 100 + base - 1) / base - 100;
    }

    /// @dev Whole reward of `amount` at `apyBps` over `seconds_`, rounded down.
    function reward(uint256 amount, uint256 apyBps, uint256 seconds_) internal pure returns (uint256) {
        return (amount * apyBps * seconds_) / (BPS * YEAR);
    }

    function _checkLockIndex(uint256 lockIndex) private pure {
        if (lockIndex > 3) revert IDTAStaking.InvalidLockIndex(lockIndex);
    }
}
