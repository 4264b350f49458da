// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Multicall3 (aggregate3 subset)
/// @notice Batches read calls into one `eth_call`. Public chains have Multicall3 at its canonical address;
///         the local chain gets this implementation's runtime code placed there by the deploy script, so the
///         app batches reads the same way everywhere.
contract Multicall3 {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice A call that was not allowed to fail reverted.
    error CallFailed(uint256 index);

    /// @notice Runs each call in order and returns every result.
    /// @param calls The calls; a failing call reverts the batch unless `allowFailure` is set.
    /// @return returnData One result per call.
    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory returnData) {
        uint256 length = calls.length;
        returnData = new Result[](length);
        for (uint256 i = 0; i < length; ++i) {
            Call3 calldata call = calls[i];
            // solhint-disable-next-line avoid-low-level-calls
            (bool success, bytes memory data) = call.target.call(call.callData);
            if (!success && !call.allowFailure) revert CallFailed(i);
            returnData[i] = Result(success, data);
        }
    }

    /// @notice The current block number.
    function getBlockNumber() external view returns (uint256) {
        return block.number;
    }

    /// @notice The current block's timestamp.
    function getCurrentBlockTimestamp() external view returns (uint256 timestamp) {
        timestamp = block.timestamp;
    }

    /// @notice The native balance of `account`.
    /// @param account The address to read.
    function getEthBalance(address account) external view returns (uint256) {
        return account.balance;
    }
}
