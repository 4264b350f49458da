// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Legacy BIVE (local stand-in)
/// @notice Stands in for the legacy BIVE token on the local chain: 18 decimals, a fixed set of seeded holders.
///         On a public chain the real BIVE address comes from configuration and this contract is not deployed.
contract LegacyBIVE is ERC20, ERC20Permit {
    /// @notice The holders and amounts arrays differ in length.
    error LengthMismatch();

    /// @param holders Seeded holders.
    /// @param amounts Each holder's balance in base units (18 decimals).
    constructor(
        address[] memory holders,
        uint256[] memory amounts
    ) ERC20("BIVE (legacy)", "BIVE") ERC20Permit("BIVE (legacy)") {
        if (holders.length != amounts.length) revert LengthMismatch();
        for (uint256 i = 0; i < holders.length; ++i) {
            _mint(holders[i], amounts[i]);
        }
    }
}
