// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Ecosystem bonus source
/// @notice Implemented by each contract that can grant a staking APY bonus: the twin registry (owns an active
///         twin), data rewards (data contribution quality), the governor (voted in governance) and the AI
///         marketplace (lists an active AI service). The staking contract asks it once per stake or compound.
/// @dev Must be a cheap `view` (the staking contract caps the call's gas) and must not revert for an unknown
///      account: a source that reverts, runs out of gas or returns malformed data simply grants no bonus.
interface IEcosystemBonusSource {
    /// @notice Whether `account` currently qualifies for this source's staking bonus.
    /// @param account The staker (the position owner at stake or compound time).
    /// @return eligible True when the bonus applies.
    function hasStakingBonus(address account) external view returns (bool eligible);
}
