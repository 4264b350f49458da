// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";

/// @title Test helper: opens many positions in one transaction (to prove per-action gas does not grow)
contract BatchStaker is IERC721Receiver {
    /// @notice Opens `count` positions of `amount` for `lockDays`, paid from this contract's balance.
    function stakeMany(
        IDTAStaking staking,
        IERC20 token,
        uint256 count,
        uint256 amount,
        uint256 lockDays
    ) external {
        token.approve(address(staking), count * amount);
        for (uint256 i = 0; i < count; ++i) staking.stake(amount, lockDays);
    }

    /// @inheritdoc IERC721Receiver
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC721Receiver.onERC721Received.selector;
    }
}
