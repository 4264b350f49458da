// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title Reserved pool
/// @notice Holds one genesis pool (for example the 120M staking rewards pool) until the contract that pays
///         from it is deployed; governance then moves the pool there. Only governance can move tokens out.
contract ReservedPool is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice The pool's name in the genesis allocation table (for example "Staking rewards pool").
    string public name;
    /// @notice The DTA token.
    IERC20 public immutable token;
    /// @notice The governance timelock, the only address that can move the pool.
    address public immutable governance;

    /// @notice Emitted when governance moves tokens out of the pool.
    event PoolReleased(address indexed to, uint256 amount);

    /// @notice The caller is not the governance timelock.
    error NotGovernance(address caller);
    /// @notice A required address was the zero address.
    error ZeroAddress();

    /// @param poolName The pool's name in the allocation table.
    /// @param dtaToken The DTA token.
    /// @param governanceTimelock The governance timelock.
    constructor(string memory poolName, IERC20 dtaToken, address governanceTimelock) {
        if (address(dtaToken) == address(0) || governanceTimelock == address(0)) revert ZeroAddress();
        name = poolName;
        token = dtaToken;
        governance = governanceTimelock;
    }

    /// @notice The pool's remaining balance, in base units.
    function balance() external view returns (uint256) {
        return token.balanceOf(address(this));
    }

    /// @notice Moves `amount` of the pool to `to` (its paying contract). Governance only.
    /// @param to The recipient.
    /// @param amount The amount in base units.
    function release(address to, uint256 amount) external nonReentrant {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        if (to == address(0)) revert ZeroAddress();
        emit PoolReleased(to, amount);
        token.safeTransfer(to, amount);
    }
}
