// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ICompliantToken} from "../interfaces/ICompliantToken.sol";

/// @title DTA's blacklist and pause, applied to a contract that holds DTA for someone
/// @notice A blacklisted address can neither send nor receive value by any path, and nothing moves while DTA is
///         paused: not the token itself, and equally not a receipt or NFT that stands for DTA held here (a
///         staking receipt, a twin, a marketplace escrow). Inherit this and call its checks wherever such a
///         claim on DTA changes hands, is paid out or is topped up.
/// @dev Reads the rule from the token itself (one `isBlacklisted` and one `paused` call), so the compliance
///      and guardian roles act in one place and every contract follows at once. The inheriting contract names
///      the token through `_compliantToken`, so this adds no constructor argument.
abstract contract ComplianceGuard {
    /// @notice The address is blacklisted by DTA's compliance role (same signature as DTAToken's error, so a
    ///         wallet decodes both alike).
    /// @param account The blacklisted address.
    error AccountBlacklisted(address account);

    /// @notice DTA is paused token-wide, so no value held for anyone may move.
    error TokenPaused();

    /// @dev The DTA token whose blacklist and pause apply.
    function _compliantToken() internal view virtual returns (ICompliantToken);

    /// @dev Reverts with `AccountBlacklisted` when `account` is blacklisted (address zero, a mint's or burn's
    ///      other side, is never).
    function _requireCompliant(address account) internal view {
        if (account != address(0) && _compliantToken().isBlacklisted(account))
            revert AccountBlacklisted(account);
    }

    /// @dev Reverts with `TokenPaused` while DTA is paused token-wide.
    function _requireTokenNotPaused() internal view {
        if (_compliantToken().paused()) revert TokenPaused();
    }

    /// @dev A claim on DTA moves from `from` to `to` (either may be address zero for a mint or burn): neither
    ///      may be blacklisted and DTA may not be paused.
    function _requireCompliantMove(address from, address to) internal view {
        _requireTokenNotPaused();
        _requireCompliant(from);
        _requireCompliant(to);
    }
}
