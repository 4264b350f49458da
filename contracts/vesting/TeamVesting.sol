// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";

/// @title Team vesting wallet
/// @notice Linear vesting of one team & advisors group (core team, advisors, early contributors) over 730
///         days from genesis. Anyone may call `release(token)`; tokens always go to the beneficiary.
contract TeamVesting is VestingWallet {
    /// @notice The group's name in the genesis allocation table.
    string public group;

    /// @param groupName The group's name in the allocation table.
    /// @param beneficiary Receives the vested tokens.
    /// @param start Genesis timestamp (seconds).
    /// @param duration Vesting duration in seconds (730 days).
    constructor(
        string memory groupName,
        address beneficiary,
        uint64 start,
        uint64 duration
    ) VestingWallet(beneficiary, start, duration) {
        group = groupName;
    }
}
