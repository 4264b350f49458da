// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title The compliance state of DTA that every contract holding DTA for someone must honour
/// @notice DTA's blacklist and token-wide pause, read by `ComplianceGuard` so a receipt, stream or payout
///         cannot carry value past them.
interface ICompliantToken {
    /// @notice Whether `account` is blacklisted (it can neither send nor receive value by any path).
    /// @param account The address to check.
    /// @return True when the compliance role has blacklisted `account`.
    function isBlacklisted(address account) external view returns (bool);

    /// @notice Whether the guardian has paused every DTA transfer.
    /// @return True while DTA is paused.
    function paused() external view returns (bool);
}
