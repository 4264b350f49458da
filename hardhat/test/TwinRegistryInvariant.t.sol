// SPDX-License-Identifier: MIT
// solhint-disable one-contract-per-file
pragma solidity ^0.8.28;

import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";
import {ITwinRegistry} from "../../contracts/interfaces/ITwinRegistry.sol";
import {RevenueDistributor} from "../../contracts/revenue/RevenueDistributor.sol";
import {ServiceFees} from "../../contracts/revenue/ServiceFees.sol";
import {TwinRegistry} from "../../contracts/twins/TwinRegistry.sol";
import {stakingVm as vm} from "./utils/StakingVm.sol";

/// @notice Drives TwinRegistry with random registrations, syncs, scores, slashes, jobs (buy, complete, decline,
///         reclaim), claims, transfers, deregistrations, withdrawals and time jumps by four actors, on a small
///         twin pool so windows also go unfunded. It deploys the stack (it is admin and quality oracle) and keeps
///         ghost books to check the registry against.
contract TwinsHandler {
    DTAToken public immutable token;
    TwinRegistry public immutable registry;
    ServiceFees public immutable fees;
    RevenueDistributor public immutable revenue;
    address[4] public actors = [address(0xA11CE), address(0xB0B), address(0xCA401), address(0xDA7E)];

    uint256[] public twinIds;
    uint256[] public jobIds;
    mapping(uint256 twinId => bool) public live;
    /// @notice Per twin: rewards reserved for it net of releases, and rewards paid out of it.
    mapping(uint256 twinId => uint256) public netReserved;
    mapping(uint256 twinId => uint256) public rewardsPaid;
    /// @notice Job payments taken in, and what left as burn, payouts or refunds.
    uint256 public jobsPaidIn;
    uint256 public jobsPaidOut;
    uint256 public completions;
    uint256 public unfundedSyncs;

    constructor() {
        token = new DTAToken(address(this), address(this), address(this));
        fees = new ServiceFees(address(this));
        revenue = new RevenueDistributor(token, address(this), address(0x51), address(0x52), address(0x53));
        registry = new TwinRegistry(
            IStakingToken(address(token)),
            fees,
            address(revenue),
            address(this),
            address(this)
        );
        // A small pool (200 DTA, about 14 full ×1.2 windows), so the campaign also meets an exhausted pool.
        token.transfer(address(registry), 200e4);
        for (uint256 i = 0; i < 4; ++i) {
            token.transfer(actors[i], 200_000e4);
            vm.prank(actors[i]);
            token.approve(address(registry), type(uint256).max);
        }
    }

    function twinCount() external view returns (uint256) {
        return twinIds.length;
    }

    function jobCount() external view returns (uint256) {
        return jobIds.length;
    }

    // ─── actions ────────────────────────────────────────────────────────────────────────────────────────

    function register(uint256 actorSeed, uint16 typeSeed) external {
        address actor = actors[actorSeed % 4];
        if (token.balanceOf(actor) < registry.BOND()) return;
        vm.prank(actor);
        uint256 id = registry.register(typeSeed % 7, "Category", "ipfs://twin");
        twinIds.push(id);
        live[id] = true;
    }

    function sync(uint256 idSeed, bytes32 dataHash) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok) return;
        if (dataHash == bytes32(0)) dataHash = bytes32(uint256(1));
        uint256 held = _held(id);
        vm.prank(registry.ownerOf(id));
        registry.recordSync(id, dataHash);
        _track(id, held);
        if (registry.twinOf(id).multiplierPct == 0) ++unfundedSyncs;
    }

    function setQuality(uint256 idSeed, uint256 score) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok) return;
        uint256 held = _held(id);
        registry.setQuality(id, score % 101, keccak256("reason"));
        _track(id, held);
    }

    function slash(uint256 idSeed, uint256 amount) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok) return;
        ITwinRegistry.Twin memory t = registry.twinOf(id);
        uint256 maxAmount = uint256(t.bond) / 10;
        if (t.quality >= 50 || maxAmount == 0) return;
        registry.slash(id, _bound(amount, 1, maxAmount), keccak256("slash"));
    }

    function claim(uint256 idSeed) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok || registry.pendingRewards(id) == 0) return;
        vm.prank(registry.ownerOf(id));
        rewardsPaid[id] += registry.claimRewards(id);
    }

    function transfer(uint256 idSeed, uint256 toSeed) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok) return;
        address from = registry.ownerOf(id);
        vm.prank(from);
        registry.transferFrom(from, actors[toSeed % 4], id);
    }

    function deregister(uint256 idSeed) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok || registry.twinOf(id).cooldownEnds != 0) return;
        uint256 held = _held(id);
        vm.prank(registry.ownerOf(id));
        registry.deregister(id);
        _track(id, held);
    }

    function withdraw(uint256 idSeed) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok) return;
        ITwinRegistry.Twin memory t = registry.twinOf(id);
        if (t.cooldownEnds == 0 || block.timestamp < t.cooldownEnds) return;
        rewardsPaid[id] += t.unclaimed;
        vm.prank(registry.ownerOf(id));
        registry.withdrawBond(id);
        live[id] = false;
    }

    function buy(uint256 idSeed, uint256 buyerSeed, uint256 hoursBought) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok || !registry.isActive(id)) return;
        address buyer = actors[buyerSeed % 4];
        hoursBought = _bound(hoursBought, 1, 1_000);
        uint256 rate = registry.rateOf(id);
        if (token.balanceOf(buyer) < hoursBought * rate) return;
        vm.prank(buyer);
        jobIds.push(registry.buySimulation(id, hoursBought, rate));
        jobsPaidIn += hoursBought * rate;
    }

    function setRate(uint256 idSeed, uint256 rate) external {
        (uint256 id, bool ok) = _liveTwin(idSeed);
        if (!ok) return;
        vm.prank(registry.ownerOf(id));
        registry.setSimulationRate(id, _bound(rate, 100, 1_000_000));
    }

    function setBurnRate(uint256 bps) external {
        fees.setServiceBurnBps(_bound(bps, 200, 500));
    }

    function complete(uint256 jobSeed, bytes32 resultHash) external {
        (uint256 jobId, ITwinRegistry.Job memory j, bool ok) = _openJob(jobSeed);
        if (!ok || !live[j.twinId] || block.timestamp > j.deadline) return;
        if (resultHash == bytes32(0)) resultHash = bytes32(uint256(1));
        address owner = registry.ownerOf(j.twinId);
        uint256 before = token.balanceOf(owner) + token.balanceOf(address(revenue)) + token.totalBurned();
        vm.prank(owner);
        registry.completeJob(jobId, resultHash);
        jobsPaidOut +=
            token.balanceOf(owner) +
            token.balanceOf(address(revenue)) +
            token.totalBurned() -
            before;
        ++completions;
    }

    function decline(uint256 jobSeed) external {
        (uint256 jobId, ITwinRegistry.Job memory j, bool ok) = _openJob(jobSeed);
        if (!ok || !live[j.twinId]) return;
        uint256 before = token.balanceOf(j.buyer);
        vm.prank(registry.ownerOf(j.twinId));
        registry.declineJob(jobId);
        jobsPaidOut += token.balanceOf(j.buyer) - before;
    }

    function reclaim(uint256 jobSeed) external {
        (uint256 jobId, ITwinRegistry.Job memory j, bool ok) = _openJob(jobSeed);
        if (!ok || block.timestamp <= j.deadline) return;
        uint256 before = token.balanceOf(j.buyer);
        vm.prank(j.buyer);
        registry.reclaimJob(jobId);
        jobsPaidOut += token.balanceOf(j.buyer) - before;
    }

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + _bound(secondsSeed, 1, 3 days));
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────

    function _liveTwin(uint256 seed) private view returns (uint256 id, bool ok) {
        if (twinIds.length == 0) return (0, false);
        id = twinIds[seed % twinIds.length];
        ok = live[id];
    }

    function _openJob(
        uint256 seed
    ) private view returns (uint256 jobId, ITwinRegistry.Job memory j, bool ok) {
        if (jobIds.length == 0) return (0, j, false);
        jobId = jobIds[seed % jobIds.length];
        j = registry.jobOf(jobId);
        ok = j.status == ITwinRegistry.JobStatus.Open;
    }

    /// @dev What the registry holds for the twin's rewards: reserved for the window plus settled, unclaimed.
    function _held(uint256 id) private view returns (uint256) {
        ITwinRegistry.Twin memory t = registry.twinOf(id);
        return uint256(t.reserved) + t.unclaimed;
    }

    /// @dev A non-paying action changed what is held for the twin: the difference came from or went to the pool.
    function _track(uint256 id, uint256 heldBefore) private {
        uint256 heldAfter = _held(id);
        if (heldAfter >= heldBefore) netReserved[id] += heldAfter - heldBefore;
        else netReserved[id] -= heldBefore - heldAfter;
    }

    function _bound(uint256 x, uint256 min, uint256 max) private pure returns (uint256) {
        return min + (x % (max - min + 1));
    }
}

/// @notice Invariants of TwinRegistry under the handler's random action sequences.
contract TwinRegistryInvariantTest {
    TwinsHandler private handler;

    error InvariantBroken(string what, uint256 actual, uint256 expected);

    function setUp() public {
        handler = new TwinsHandler();
    }

    /// @notice The only contract the fuzzer calls.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_balanceIsBondsRewardsEscrowAndPool() public view {
        TwinRegistry registry = handler.registry();
        uint256 balance = handler.token().balanceOf(address(registry));
        uint256 owed = registry.totalBonded() + registry.totalRewardsOwed() + registry.totalEscrowed();
        if (balance < owed) revert InvariantBroken("balance >= owed", balance, owed);
        if (balance != owed + registry.poolAvailable())
            revert InvariantBroken("balance == owed + pool", balance, owed + registry.poolAvailable());
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_totalsAreSumsOverTwinsAndJobs() public view {
        TwinRegistry registry = handler.registry();
        uint256 bonds;
        uint256 rewards;
        for (uint256 i = 0; i < handler.twinCount(); ++i) {
            uint256 id = handler.twinIds(i);
            if (!handler.live(id)) continue;
            ITwinRegistry.Twin memory t = registry.twinOf(id);
            bonds += t.bond;
            rewards += uint256(t.reserved) + t.unclaimed;
        }
        uint256 escrowed;
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            ITwinRegistry.Job memory j = registry.jobOf(handler.jobIds(i));
            if (j.status == ITwinRegistry.JobStatus.Open) escrowed += j.amount;
        }
        if (bonds != registry.totalBonded())
            revert InvariantBroken("sum bonds", bonds, registry.totalBonded());
        if (rewards != registry.totalRewardsOwed())
            revert InvariantBroken("sum rewards held", rewards, registry.totalRewardsOwed());
        if (escrowed != registry.totalEscrowed())
            revert InvariantBroken("sum escrowed", escrowed, registry.totalEscrowed());
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_jobPaymentsInEqualBurnedPaidOutAndEscrowed() public view {
        uint256 paidIn = handler.jobsPaidIn();
        uint256 accounted = handler.jobsPaidOut() + handler.registry().totalEscrowed();
        if (paidIn != accounted) revert InvariantBroken("paid in == out + escrowed", accounted, paidIn);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_noTwinPaidMoreThanReserved() public view {
        TwinRegistry registry = handler.registry();
        for (uint256 i = 0; i < handler.twinCount(); ++i) {
            uint256 id = handler.twinIds(i);
            uint256 paid = handler.rewardsPaid(id);
            uint256 reserved = handler.netReserved(id);
            if (paid > reserved) revert InvariantBroken("paid <= reserved", paid, reserved);
            if (!handler.live(id)) continue;
            ITwinRegistry.Twin memory t = registry.twinOf(id);
            uint256 held = uint256(t.reserved) + t.unclaimed;
            if (paid + held != reserved)
                revert InvariantBroken("paid + held == reserved", paid + held, reserved);
            uint256 pending = registry.pendingRewards(id);
            if (pending > held) revert InvariantBroken("pending <= held", pending, held);
        }
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_bonusCountIsActiveTwinsOwned() public view {
        TwinRegistry registry = handler.registry();
        for (uint256 a = 0; a < 4; ++a) {
            address actor = handler.actors(a);
            uint256 active;
            for (uint256 i = 0; i < handler.twinCount(); ++i) {
                uint256 id = handler.twinIds(i);
                if (handler.live(id) && registry.ownerOf(id) == actor && registry.isActive(id)) ++active;
            }
            if (active != registry.activeTwinCount(actor))
                revert InvariantBroken("active twins", registry.activeTwinCount(actor), active);
            if ((active > 0) != registry.hasStakingBonus(actor)) revert InvariantBroken("bonus", active, 0);
        }
    }
}
