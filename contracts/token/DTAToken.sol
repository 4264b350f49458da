// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Pausable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Pausable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Digital Twin AI Token (DTA)
/// @notice The DTA token: 4 decimals, 1,000,000,000 DTA minted once at deployment and never again.
///         Burnable (supply only falls), pausable by the guardian role, and with a compliance blacklist
///         that blocks a listed address from sending, receiving or spending an allowance.
/// @dev There is deliberately no mint function: `_mint` is called exactly once, in the constructor.
contract DTAToken is ERC20, ERC20Burnable, ERC20Pausable, ERC20Permit, AccessControl {
    /// @notice Role that may pause and unpause every transfer.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice Role that may add addresses to and remove them from the blacklist.
    bytes32 public constant COMPLIANCE_ROLE = keccak256("COMPLIANCE_ROLE");

    /// @notice The whole supply, in base units (1,000,000,000 DTA with 4 decimals).
    uint256 public constant GENESIS_SUPPLY = 1_000_000_000 * 10 ** 4;

    /// @notice Whether an address is blacklisted.
    mapping(address account => bool) public isBlacklisted;

    /// @notice Total amount ever burned, in base units. `totalSupply() + totalBurned == GENESIS_SUPPLY`.
    uint256 public totalBurned;

    /// @notice Emitted when the compliance role changes an address's blacklist status.
    event BlacklistUpdated(address indexed account, bool blacklisted);

    /// @notice The address is blacklisted and can neither send, receive nor spend an allowance.
    error AccountBlacklisted(address account);
    /// @notice A required address was the zero address.
    error ZeroAddress();

    /// @param genesisHolder Receives the whole genesis supply, to distribute it to the allocation buckets.
    /// @param admin Receives the admin role (the governance timelock), which can revoke and reassign the others.
    /// @param securityCouncil Receives the guardian and compliance roles (the Security Council Safe), so a
    ///        pause or a blacklisting acts in minutes and is not announced by the timelock days ahead.
    constructor(
        address genesisHolder,
        address admin,
        address securityCouncil
    ) ERC20("Digital Twin AI Token", "DTA") ERC20Permit("Digital Twin AI Token") {
        if (genesisHolder == address(0) || admin == address(0) || securityCouncil == address(0)) {
            revert ZeroAddress();
        }
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, securityCouncil);
        _grantRole(COMPLIANCE_ROLE, securityCouncil);
        _mint(genesisHolder, GENESIS_SUPPLY);
    }

    /// @notice DTA uses 4 decimals: 1 DTA = 10,000 base units.
    function decimals() public pure override returns (uint8) {
        return 4;
    }

    /// @notice Stops every transfer, burn and permit-spend until `unpause`.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resumes transfers after `pause`.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @notice Adds `account` to or removes it from the blacklist.
    /// @param account The address to update.
    /// @param blacklisted True to block the address, false to unblock it.
    function setBlacklisted(address account, bool blacklisted) external onlyRole(COMPLIANCE_ROLE) {
        if (account == address(0)) revert ZeroAddress();
        isBlacklisted[account] = blacklisted;
        emit BlacklistUpdated(account, blacklisted);
    }

    /// @dev Every balance change passes here: mint (constructor only), transfer, transferFrom and burn.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Pausable) {
        if (isBlacklisted[from]) revert AccountBlacklisted(from);
        if (isBlacklisted[to]) revert AccountBlacklisted(to);
        if (to == address(0)) totalBurned += value;
        super._update(from, to, value);
    }

    /// @dev A blacklisted spender cannot use an allowance, however it was granted (approve or permit).
    function _spendAllowance(address owner, address spender, uint256 value) internal override {
        if (isBlacklisted[spender]) revert AccountBlacklisted(spender);
        super._spendAllowance(owner, spender, value);
    }
}
