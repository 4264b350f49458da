// SPDX-License-Identifier: MIT
// solhint-disable one-contract-per-file
pragma solidity ^0.8.28;

import {DTAStreams} from "../../contracts/streams/DTAStreams.sol";
import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {IDTAStreams} from "../../contracts/interfaces/IDTAStreams.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";
import {stakingVm as vm} from "./utils/StakingVm.sol";

/// @notice Drives DTAStreams with random opens (rates from a fraction of a base unit to many DTA per second),
///         top-ups, withdrawals (partial and max), pauses, resumes, stops by either side, NFT transfers and time
///         jumps, by two payers and three recipients. Ghost books per stream: deposited, withdrawn, refunded.
contract StreamsHandler {
    DTAToken public immutable token;
    DTAStreams public immutable streams;
    address[2] public payers = [address(0xFA1), address(0xFA2)];
    address[3] public recipients = [address(0xEC1), address(0xEC2), address(0xEC3)];

    uint256 public totalDeposited;
    uint256 public totalWithdrawn;
    uint256 public totalRefunded;
    mapping(uint256 streamId => uint256) public deposited;
    mapping(uint256 streamId => uint256) public withdrawn;
    mapping(uint256 streamId => uint256) public refunded;

    error Wrong(string what, uint256 actual, uint256 expected);

    constructor() {
        token = new DTAToken(address(this), address(this), address(this));
        streams = new DTAStreams(IStakingToken(address(token)));
        for (uint256 i = 0; i < 2; ++i) {
            token.transfer(payers[i], 100_000_000e4);
            vm.prank(payers[i]);
            token.approve(address(streams), type(uint256).max);
        }
    }

    function open(uint256 payerSeed, uint256 recipientSeed, uint256 rateSeed, uint256 depositSeed) external {
        if (streams.streamCount() >= 8) return;
        // 1e12 (0.01 base unit/s) … 1e19 (10 DTA/s).
        uint128 rate = uint128(_bound(rateSeed, 1e12, 1e19));
        uint256 minimum = (uint256(rate) + 1e14 - 1) / 1e14;
        uint128 amount = uint128(_bound(depositSeed, minimum, 100_000e4));
        vm.prank(payers[payerSeed % 2]);
        uint256 id = streams.open(recipients[recipientSeed % 3], rate, amount);
        deposited[id] += amount;
        totalDeposited += amount;
    }

    function topUp(uint256 streamSeed, uint256 amountSeed) external {
        (uint256 id, bool ok) = _live(streamSeed);
        if (!ok) return;
        uint128 amount = uint128(_bound(amountSeed, 1, 50_000e4));
        vm.prank(payers[amountSeed % 2]);
        streams.deposit(id, amount);
        deposited[id] += amount;
        totalDeposited += amount;
    }

    function withdraw(uint256 streamSeed, uint256 amountSeed, bool max) external {
        (uint256 id, bool ok) = _any(streamSeed);
        if (!ok) return;
        uint256 available = streams.withdrawable(id);
        if (available == 0) return;
        address recipient = streams.ownerOf(id);
        uint256 amount = max ? available : _bound(amountSeed, 1, available);
        uint256 before = token.balanceOf(recipient);
        vm.prank(recipient);
        if (max) streams.withdrawMax(id, recipient);
        else streams.withdraw(id, recipient, uint128(amount));
        uint256 got = token.balanceOf(recipient) - before;
        if (got != amount) revert Wrong("withdrawn", got, amount);
        withdrawn[id] += amount;
        totalWithdrawn += amount;
    }

    function togglePause(uint256 streamSeed) external {
        (uint256 id, bool ok) = _live(streamSeed);
        if (!ok) return;
        IDTAStreams.Stream memory s = streams.streamOf(id);
        vm.prank(s.sender);
        if (s.paused) streams.resume(id);
        else streams.pause(id);
    }

    function stop(uint256 streamSeed, bool byRecipient) external {
        (uint256 id, bool ok) = _live(streamSeed);
        if (!ok) return;
        address sender = streams.streamOf(id).sender;
        address recipient = streams.ownerOf(id);
        uint256 owed = streams.withdrawable(id);
        uint256 refund = streams.refundable(id);
        uint256[2] memory before = [token.balanceOf(sender), token.balanceOf(recipient)];
        vm.prank(byRecipient ? recipient : sender);
        streams.stop(id);
        if (token.balanceOf(recipient) - before[1] != owed) revert Wrong("to recipient", 0, owed);
        if (token.balanceOf(sender) - before[0] != refund) revert Wrong("refund", 0, refund);
        withdrawn[id] += owed;
        refunded[id] += refund;
        totalWithdrawn += owed;
        totalRefunded += refund;
    }

    function transfer(uint256 streamSeed, uint256 toSeed) external {
        (uint256 id, bool ok) = _any(streamSeed);
        if (!ok) return;
        address from = streams.ownerOf(id);
        address to = recipients[toSeed % 3];
        if (to == from) return;
        vm.prank(from);
        streams.transferFrom(from, to, id);
    }

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + _bound(secondsSeed, 1, 30 days));
    }

    function _any(uint256 seed) private view returns (uint256 id, bool ok) {
        uint256 count = streams.streamCount();
        if (count == 0) return (0, false);
        return ((seed % count) + 1, true);
    }

    function _live(uint256 seed) private view returns (uint256 id, bool ok) {
        (id, ok) = _any(seed);
        if (ok && streams.streamOf(id).stopped) ok = false;
    }

    function _bound(uint256 x, uint256 min, uint256 max) private pure returns (uint256) {
        return min + (x % (max - min + 1));
    }
}

/// @notice Invariants of DTAStreams under the handler's random action sequences.
contract StreamsInvariantTest {
    StreamsHandler private handler;

    error InvariantBroken(string what, uint256 actual, uint256 expected);

    function setUp() public {
        handler = new StreamsHandler();
    }

    /// @notice The only contract the fuzzer calls.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_withdrawnPlusRefundedPlusBalanceIsDeposited() public view {
        DTAStreams streams = handler.streams();
        uint256 held = handler.token().balanceOf(address(streams));
        uint256 sumBalances;
        for (uint256 id = 1; id <= streams.streamCount(); ++id) {
            uint256 balance = streams.streamOf(id).balance;
            sumBalances += balance;
            uint256 accounted = handler.withdrawn(id) + handler.refunded(id) + balance;
            if (accounted != handler.deposited(id))
                revert InvariantBroken(
                    "stream: withdrawn + refunded + balance",
                    accounted,
                    handler.deposited(id)
                );
            if (handler.withdrawn(id) > handler.deposited(id))
                revert InvariantBroken(
                    "stream: withdrawn <= deposited",
                    handler.withdrawn(id),
                    handler.deposited(id)
                );
        }
        if (held != sumBalances)
            revert InvariantBroken("contract balance == sum of balances", held, sumBalances);
        uint256 total = handler.totalWithdrawn() + handler.totalRefunded() + held;
        if (total != handler.totalDeposited())
            revert InvariantBroken(
                "withdrawn + refunded + held == deposited",
                total,
                handler.totalDeposited()
            );
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_withdrawableNeverExceedsBalance() public view {
        DTAStreams streams = handler.streams();
        for (uint256 id = 1; id <= streams.streamCount(); ++id) {
            IDTAStreams.Stream memory s = streams.streamOf(id);
            uint256 available = streams.withdrawable(id);
            if (available > s.balance)
                revert InvariantBroken("withdrawable <= balance", available, s.balance);
            if (available + streams.refundable(id) != s.balance)
                revert InvariantBroken("withdrawable + refundable == balance", available, s.balance);
            uint256 owed = streams.totalDebt(id);
            if (owed != available + streams.debt(id))
                revert InvariantBroken("total debt == covered + uncovered", owed, available);
            if (s.stopped && s.balance != 0) revert InvariantBroken("stopped holds nothing", s.balance, 0);
        }
    }
}
