// SPDX-License-Identifier: MIT
// Bounds here are the SPEC's inclusive limits (quality ≥ 90, ≥ 50, 1 … 1,000 hours): keep them as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {TwinLedger} from "./TwinLedger.sol";

/// @title Data syncs, sync rewards and the quality oracle
/// @notice An active twin earns 50 DTA per 30 days, accrued per second, for 7 days after each data sync, ×1.2
///         while its quality is at least 90, from the twin incentive pool. Each sync reserves the reward of its
///         7-day window (releasing what the previous window did not use), so a reward shown is a reward
///         reserved; when the pool cannot cover the window the sync is still recorded and earns nothing (or
///         the base rate, when only the +20% is short). The quality oracle scores twins 0–100 (below 50:
///         suspended) and may burn up to 10% of a suspended twin's bond per decision.
/// @dev Quality changes mid-window: accrual up to the change is settled at the old rate; the rest of the
///      window is re-reserved at the new rate. A lower rate releases the difference to the pool at once; a
///      higher rate takes the difference from the pool only when the pool covers it, otherwise the window
///      keeps its lower rate (the reserve already held covers that rate: settling in pieces rounds down, so
///      the pieces never exceed the whole). Accrual is also capped by `reserved`, so no twin is ever paid
///      more than was reserved for it.
abstract contract TwinRewards is TwinLedger {
    /// @notice The role that scores twins and slashes bonds (granted by the timelock).
    bytes32 public constant QUALITY_ORACLE_ROLE = keccak256("QUALITY_ORACLE_ROLE");

    /// @notice Base reward per `REWARD_PERIOD`: 50 DTA.
    uint256 public constant REWARD_PER_PERIOD = 50 * 10 ** 4;
    /// @notice The period `REWARD_PER_PERIOD` is earned over: 30 days.
    uint256 public constant REWARD_PERIOD = 30 days;
    /// @notice How long after a sync a twin earns: 7 days.
    uint256 public constant SYNC_WINDOW = 7 days;
    /// @notice Quality at or above which the reward is ×1.2.
    uint8 public constant HIGH_QUALITY = 90;
    /// @notice Quality below which a twin is suspended.
    uint8 public constant SUSPEND_BELOW = 50;
    /// @notice The most one slash may burn, in basis points of the bond left (10%).
    uint256 public constant MAX_SLASH_BPS = 1_000;

    uint8 private constant _BASE_PCT = 100;
    uint8 private constant _HIGH_QUALITY_PCT = 120;

    // ─── syncs and rewards ──────────────────────────────────────────────────────────────────────────────

    /// @notice Records a data sync (by the owner or the twin's device key) and opens a new 7-day reward
    ///         window, reserving its reward from the pool and releasing what the previous window left unused.
    /// @param twinId The twin.
    /// @param dataHash Hash of the data synced (non-zero).
    function recordSync(uint256 twinId, bytes32 dataHash) external nonReentrant {
        address owner = _requireOwned(twinId);
        Twin storage t = _twins[twinId];
        if (msg.sender != owner && (t.deviceKey == address(0) || msg.sender != t.deviceKey)) {
            revert NotSyncAuthorized(twinId, msg.sender);
        }
        if (dataHash == bytes32(0)) revert EmptyHash();
        _settle(t);
        uint40 nowTs = uint40(block.timestamp);
        t.lastSync = nowTs;
        t.windowEnd = nowTs + uint40(SYNC_WINDOW);
        t.accruedAt = nowTs;
        _reserveWindow(twinId, t, _multiplierFor(t));
        emit DataSynced(twinId, msg.sender, dataHash, t.windowEnd, t.multiplierPct, t.reserved);
    }

    /// @notice Pays the twin's settled rewards to its current owner.
    /// @param twinId The twin.
    /// @return amount The rewards paid.
    function claimRewards(uint256 twinId) external nonReentrant returns (uint256 amount) {
        address owner = _requireTwinOwner(twinId);
        Twin storage t = _twins[twinId];
        _settle(t);
        amount = t.unclaimed;
        if (amount == 0) revert NoTwinRewards(twinId);
        t.unclaimed = 0;
        totalRewardsOwed -= amount;
        emit RewardsClaimed(twinId, owner, amount);
        _pay(owner, amount);
    }

    /// @notice Rewards the twin could claim now (settled plus accrued in the open window).
    /// @param twinId The twin.
    function pendingRewards(uint256 twinId) external view returns (uint256) {
        _requireOwned(twinId);
        Twin storage t = _twins[twinId];
        return t.unclaimed + _accrued(t);
    }

    /// @notice The reward `duration` seconds earn at `multiplierPct` percent of the base rate (rounded down).
    /// @param duration Seconds.
    /// @param multiplierPct 100 (base) or 120 (quality ≥ 90).
    function rewardFor(uint256 duration, uint256 multiplierPct) public pure returns (uint256) {
        return (duration * REWARD_PER_PERIOD * multiplierPct) / (REWARD_PERIOD * 100);
    }

    // ─── quality oracle ─────────────────────────────────────────────────────────────────────────────────

    /// @notice Sets a twin's quality score. Below 50 suspends it (no rewards, no new jobs); 50 or more lifts a
    ///         suspension; 90 or more earns ×1.2. Takes effect from now (the rule is in the contract documentation).
    /// @param twinId The twin.
    /// @param score 0 … 100.
    /// @param reasonHash Hash of the oracle's reasoning (published off-chain).
    function setQuality(
        uint256 twinId,
        uint256 score,
        bytes32 reasonHash
    ) external onlyRole(QUALITY_ORACLE_ROLE) nonReentrant {
        address owner = _requireOwned(twinId);
        if (score > 100) revert InvalidQualityScore(score);
        Twin storage t = _twins[twinId];
        bool countedBefore = _counts(t);
        _settle(t);
        uint8 previous = t.quality;
        t.quality = uint8(score);
        _recount(owner, countedBefore, _counts(t));
        emit QualityUpdated(twinId, previous, uint8(score), reasonHash);
        if (previous >= SUSPEND_BELOW && score < SUSPEND_BELOW) emit TwinSuspended(twinId);
        else if (previous < SUSPEND_BELOW && score >= SUSPEND_BELOW) emit TwinReinstated(twinId);
        _reserveWindow(twinId, t, _multiplierFor(t));
        emit RewardWindowUpdated(twinId, t.windowEnd, t.multiplierPct, t.reserved);
    }

    /// @notice Burns part of a suspended twin's bond: more than zero and at most 10% of the bond left.
    /// @param twinId The twin (quality below 50).
    /// @param amount Base units to burn.
    /// @param reasonHash Hash of the oracle's reasoning (published off-chain).
    function slash(
        uint256 twinId,
        uint256 amount,
        bytes32 reasonHash
    ) external onlyRole(QUALITY_ORACLE_ROLE) nonReentrant {
        _requireOwned(twinId);
        Twin storage t = _twins[twinId];
        if (t.quality >= SUSPEND_BELOW) revert TwinNotSuspended(twinId);
        uint256 maxAmount = (uint256(t.bond) * MAX_SLASH_BPS) / 10_000;
        if (amount == 0 || amount > maxAmount) revert InvalidSlashAmount(amount, maxAmount);
        t.bond -= uint96(amount);
        totalBonded -= amount;
        emit TwinSlashed(twinId, amount, t.bond, reasonHash);
        token.burn(amount);
    }

    // ─── internals ──────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc TwinLedger
    function _suspendBelow() internal pure override returns (uint8) {
        return SUSPEND_BELOW;
    }

    /// @dev What a window opened or re-reserved now would earn: 0 while suspended or deregistering.
    function _multiplierFor(Twin storage t) internal view returns (uint8) {
        if (t.cooldownEnds != 0 || t.quality < SUSPEND_BELOW) return 0;
        return t.quality >= HIGH_QUALITY ? _HIGH_QUALITY_PCT : _BASE_PCT;
    }

    /// @dev Accrued since `accruedAt` in the open window, never more than is reserved.
    function _accrued(Twin storage t) internal view returns (uint256) {
        uint256 end = block.timestamp < t.windowEnd ? block.timestamp : t.windowEnd;
        if (t.multiplierPct == 0 || end <= t.accruedAt) return 0;
        uint256 amount = rewardFor(end - t.accruedAt, t.multiplierPct);
        return amount < t.reserved ? amount : t.reserved;
    }

    /// @dev Moves what accrued from the reserve to the unclaimed rewards (the total owed is unchanged).
    function _settle(Twin storage t) internal {
        uint256 amount = _accrued(t);
        if (amount > 0) {
            t.reserved -= uint96(amount);
            t.unclaimed += uint96(amount);
        }
        uint40 end = block.timestamp < t.windowEnd ? uint40(block.timestamp) : t.windowEnd;
        if (end > t.accruedAt) t.accruedAt = end;
    }

    /// @dev After `_settle`: reserves what the rest of the window earns at `wanted` percent, releasing the
    ///      reserve held so far. A shortfall falls back from 120% to 100%, then to nothing.
    function _reserveWindow(uint256 twinId, Twin storage t, uint8 wanted) internal {
        uint256 held = t.reserved;
        uint256 remaining = t.windowEnd > block.timestamp ? t.windowEnd - block.timestamp : 0;
        uint8 pct = remaining == 0 ? 0 : wanted;
        uint256 needed = rewardFor(remaining, pct);
        if (needed > held) {
            uint256 available = poolAvailable() + held;
            if (needed > available) {
                emit RewardPoolShort(twinId, needed, available);
                if (pct == _HIGH_QUALITY_PCT) {
                    pct = _BASE_PCT;
                    needed = rewardFor(remaining, pct);
                }
                if (needed > available) {
                    pct = 0;
                    needed = 0;
                }
            }
        }
        t.reserved = uint96(needed);
        t.multiplierPct = pct;
        totalRewardsOwed = totalRewardsOwed - held + needed;
    }
}
