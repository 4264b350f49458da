// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";

/// @title Malicious staker: re-enters the staking contract from the receipt's onERC721Received callback
/// @notice Records what each re-entry attempt returned, so a test can prove every one was refused.
contract ReentrantStakeReceiver is IERC721Receiver {
    IDTAStaking public immutable staking;
    IERC20 public immutable token;

    /// @notice Re-entry attempts made from the callback and how many of them succeeded.
    uint256 public attempts;
    uint256 public successes;
    /// @notice Revert data of the last refused attempt.
    bytes public lastRevertData;

    constructor(IDTAStaking staking_, IERC20 token_) {
        staking = staking_;
        token = token_;
    }

    /// @notice Stakes `amount` for `lockDays` from this contract's own balance.
    function attack(uint256 amount, uint256 lockDays) external returns (uint256) {
        token.approve(address(staking), type(uint256).max);
        return staking.stake(amount, lockDays);
    }

    /// @inheritdoc IERC721Receiver
    function onERC721Received(address, address, uint256 tokenId, bytes calldata) external returns (bytes4) {
        _try(abi.encodeCall(IDTAStaking.unstakeEarly, (tokenId)));
        _try(abi.encodeCall(IDTAStaking.claim, (tokenId)));
        _try(abi.encodeCall(IDTAStaking.stake, (1_000 * 10 ** 4, 30)));
        return IERC721Receiver.onERC721Received.selector;
    }

    function _try(bytes memory call) private {
        ++attempts;
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok, bytes memory data) = address(staking).call(call);
        if (ok) ++successes;
        else lastRevertData = data;
    }
}
