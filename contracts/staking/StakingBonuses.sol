// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";
import {IEcosystemBonusSource} from "../interfaces/IEcosystemBonusSource.sol";
import {StakingTables} from "./StakingTables.sol";

/// @title Ecosystem bonus sources of DTA staking
/// @notice The four contracts (twin, data quality, governance, AI service) that decide whether a staker
///         qualifies for each APY bonus, set by the admin, the gas-capped checks that read them, and the APY
///         (base rate raised by those bonuses) a stake would get.
/// @dev Which sources are set is a bit mask kept by the inheriting contract (next to its other totals, so a
///      stake reads it with them in one slot), through `_bonusSourceMask` and `_setBonusSourceMask`.
abstract contract StakingBonuses is IDTAStaking, AccessControl {
    /// @notice Gas a bonus source may use to answer `hasStakingBonus`; more is treated as "no bonus".
    uint256 public constant BONUS_CHECK_GAS = 50_000;

    uint256 private constant _BONUS_KINDS = 4;

    mapping(BonusKind kind => IEcosystemBonusSource) private _bonusSources;

    /// @notice Sets (or clears with address zero) the contract that decides eligibility for one bonus.
    /// @dev Affects only stakes and compounds made afterwards; open positions keep their APY.
    /// @param kind Which bonus.
    /// @param source Contract implementing `IEcosystemBonusSource`, or address zero for no bonus.
    function setBonusSource(
        BonusKind kind,
        IEcosystemBonusSource source
    ) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _bonusSources[kind] = source;
        uint8 bit = uint8(1 << uint8(kind));
        uint8 mask = _bonusSourceMask();
        _setBonusSourceMask(address(source) == address(0) ? mask & ~bit : mask | bit);
        emit BonusSourceUpdated(kind, address(source));
    }

    /// @notice The contract deciding eligibility for bonus `kind` (address zero: unset, no bonus).
    /// @param kind Which bonus.
    /// @return The source contract, or address zero.
    function bonusSource(BonusKind kind) external view returns (IEcosystemBonusSource) {
        return _bonusSources[kind];
    }

    /// @notice Which ecosystem bonuses `account` qualifies for now, and their sum in percent.
    /// @param account The staker to check.
    /// @return eligible Indexed by `BonusKind`: twin, data quality, governance, AI service.
    /// @return bonusPercent Sum of the applying bonuses (0 … 70).
    function bonusesOf(
        address account
    ) external view returns (bool[4] memory eligible, uint256 bonusPercent) {
        uint8 mask = _bonusMask(account, _bonusSourceMask());
        for (uint256 k = 0; k < _BONUS_KINDS; ++k) eligible[k] = (mask >> k) & 1 == 1;
        bonusPercent = StakingTables.bonusPercent(mask);
    }

    /// @notice The APY `account` would get now for staking `amount` at `lockIndex`, with its current bonuses.
    function effectiveApyBps(
        address account,
        uint256 amount,
        uint256 lockIndex
    ) public view returns (uint256) {
        StakingTables.lockDays(lockIndex); // validates the index
        return _effectiveApy(account, StakingTables.tierOf(amount), lockIndex, _bonusSourceMask());
    }

    /// @notice The whole reward `account` would earn by staking `amount` at `lockIndex` now.
    function previewReward(
        address account,
        uint256 amount,
        uint256 lockIndex
    ) external view returns (uint256) {
        uint256 apy = effectiveApyBps(account, amount, lockIndex);
        return StakingTables.reward(amount, apy, StakingTables.lockDays(lockIndex) * 1 days);
    }

    /// @dev Bit k set when the source of `BonusKind` k is set.
    function _bonusSourceMask() internal view virtual returns (uint8);

    /// @dev Stores the mask `_bonusSourceMask` returns.
    function _setBonusSourceMask(uint8 mask) internal virtual;

    /// @dev Base APY of `tier` and `lockIndex`, raised by the bonuses `account` qualifies for now.
    function _effectiveApy(
        address account,
        Tier tier,
        uint256 lockIndex,
        uint8 sourceMask
    ) internal view returns (uint256) {
        uint256 bonus = sourceMask == 0 ? 0 : StakingTables.bonusPercent(_bonusMask(account, sourceMask));
        return (StakingTables.baseApyBps(tier, lockIndex) * (100 + bonus)) / 100;
    }

    /// @dev Bit k set when `account` qualifies for `BonusKind` k; asks only the sources set in `sourceMask`.
    function _bonusMask(address account, uint8 sourceMask) internal view returns (uint8 mask) {
        for (uint256 k = 0; k < _BONUS_KINDS; ++k) {
            if ((sourceMask >> k) & 1 == 1 && _hasBonus(_bonusSources[BonusKind(k)], account)) {
                mask |= uint8(1 << k);
            }
        }
    }

    /// @dev Gas-capped staticcall reading only 32 bytes back: a source that reverts, loops, returns garbage
    ///      or has no code means "no bonus" and can never block staking.
    function _hasBonus(IEcosystemBonusSource source, address account) private view returns (bool) {
        bytes memory data = abi.encodeCall(IEcosystemBonusSource.hasStakingBonus, (account));
        bool success;
        uint256 result;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            success := staticcall(BONUS_CHECK_GAS, source, add(data, 0x20), mload(data), 0x00, 0x20)
            result := mload(0x00)
            if lt(returndatasize(), 0x20) {
                success := 0
            }
        }
        // A failure with almost no gas left may be the caller starving the source (63/64 rule): don't
        // silently drop a bonus the staker is owed.
        if (!success && gasleft() < BONUS_CHECK_GAS / 63) revert BonusCheckOutOfGas();
        return success && result == 1;
    }
}
