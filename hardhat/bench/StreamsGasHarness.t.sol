// SPDX-License-Identifier: MIT
// solhint-disable no-console, interface-starts-with-i, gas-small-strings
pragma solidity ^0.8.28;

import {console} from "hardhat/console.sol";
import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {DTAStreams} from "../../contracts/streams/DTAStreams.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";

/// @notice The cheatcodes this harness uses (forge-std is not a dependency of this project).
interface StreamsHarnessVm {
    /// @notice Sets block.timestamp.
    function warp(uint256 timestamp) external;
}

/// @dev The cheatcode address: address(uint160(uint256(keccak256("hevm cheat code")))).
StreamsHarnessVm constant vm = StreamsHarnessVm(address(uint160(uint256(keccak256("hevm cheat code")))));

/// @title DTAStreams gas measured the way Sablier Flow's own benchmark measured SablierFlow
/// @notice Sablier's `benchmark/Flow.Gas.t.sol` (sablier-labs/flow, removed in #393): `setUp` creates and funds
///         100 streams between one sender and one recipient; the test then measures each function on stream 50
///         (and the next ids) as `gasleft()` before minus after a low-level call from the test contract, after
///         warping 2 days — no 21,000 intrinsic gas, no calldata cost, slots touched earlier in the test warm.
///         This harness repeats that for DTAStreams (this contract is the sender; one recipient), so the figures
///         compare with Sablier's (withdrawals are made by this contract as the recipient's approved operator).
///         Sablier's `create` does not deposit; DTAStreams' `open` always does (a
///         stream must hold at least one second of flow), so its row includes the token transfer Sablier's
///         omits. Prints `GAS|<scenario>| <gas> 0` lines that `npm run bench` reads.
contract StreamsGasHarness {
    uint128 private constant RATE = 1e15; // 0.001 DTA per second
    uint128 private constant DEPOSIT = 50_000e4; // 50,000 DTA
    uint128 private constant WITHDRAW = 100e4; // 100 DTA
    address private recipient;

    DTAToken private token;
    DTAStreams private streams;
    uint256 private streamId;

    function setUp() public {
        token = new DTAToken(address(this), address(this), address(this));
        streams = new DTAStreams(IStakingToken(address(token)));
        token.approve(address(streams), type(uint256).max);
        recipient = address(new StreamRecipient(streams));
        vm.warp(1_800_000_000);
        for (uint256 i = 0; i < 100; ++i) streams.open(recipient, RATE, DEPOSIT);
        streamId = 50;
    }

    /// @notice Every scenario in one test, in Sablier's order where both have the function.
    function test_gasReport() public {
        _measure(
            "Stream open (create + deposit)",
            abi.encodeCall(DTAStreams.open, (recipient, RATE, DEPOSIT))
        );
        _measure("Stream deposit (top up)", abi.encodeCall(DTAStreams.deposit, (streamId, DEPOSIT)));
        _measure("Stream pause", abi.encodeCall(DTAStreams.pause, (streamId)));
        _measure("Stream resume", abi.encodeCall(DTAStreams.resume, (streamId)));
        _measure("Stream stop (solvent: pay + refund)", abi.encodeCall(DTAStreams.stop, (++streamId)));
        // A stream that ran dry long ago: the withdrawal takes the whole balance.
        ++streamId;
        vm.warp(block.timestamp + 1_000 days);
        _measure(
            "Stream withdraw (insolvent stream)",
            abi.encodeCall(DTAStreams.withdraw, (streamId, recipient, WITHDRAW))
        );
        ++streamId;
        streams.deposit(streamId, uint128(streams.debt(streamId)) + DEPOSIT);
        _measure(
            "Stream withdraw (solvent stream)",
            abi.encodeCall(DTAStreams.withdraw, (streamId, recipient, WITHDRAW))
        );
        _measure("Stream withdrawMax", abi.encodeCall(DTAStreams.withdrawMax, (++streamId, recipient)));
    }

    /// @dev Sablier's `computeGas`: warp 2 days, then gasleft() around a low-level call from the test contract.
    function _measure(string memory scenario, bytes memory payload) private {
        vm.warp(block.timestamp + 2 days);
        uint256 initial = gasleft();
        (bool ok, ) = address(streams).call(payload);
        uint256 used = initial - gasleft();
        require(ok, scenario);
        console.log(string.concat("GAS|", scenario, "|"), used, uint256(0));
    }
}

/// @notice The streams' recipient: approves the harness as its operator for every stream, so the harness withdraws
///         for it (Sablier's benchmark, too, withdraws to the recipient from the test contract).
contract StreamRecipient {
    constructor(DTAStreams streams) {
        streams.setApprovalForAll(msg.sender, true);
    }
}
