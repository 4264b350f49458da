// SPDX-License-Identifier: MIT
// Bounds here are the SPEC's inclusive limits (quality ≥ 90, ≥ 50, 1 … 1,000 hours): keep them as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {ServiceFees} from "../revenue/ServiceFees.sol";
import {TwinLedger} from "./TwinLedger.sol";

/// @title Paid simulation jobs on twins
/// @notice Anyone buys 1–1,000 whole hours on an active twin at its rate; the payment is escrowed with the job
///         for 7 days. The owner completes it with a result hash (the service burn first, then 10% platform
///         revenue to the `RevenueDistributor` and the remainder to the owner) or declines it (refund); after
///         the deadline the buyer can take the whole payment back. Jobs belong to the twin, so whoever owns it
///         is the one who completes (and is paid).
abstract contract TwinSimulations is TwinLedger {
    using SafeERC20 for IStakingToken;

    /// @notice The rate a new twin starts with: 0.1 DTA per hour.
    uint256 public constant DEFAULT_RATE_PER_HOUR = 1_000;
    /// @notice The most hours one job may buy.
    uint256 public constant MAX_HOURS = 1_000;
    /// @notice How long the owner has to complete a job before the buyer may reclaim it.
    uint256 public constant JOB_DEADLINE = 7 days;

    /// @notice The governance-set service burn rate and payment split (shared with the marketplace).
    ServiceFees public immutable serviceFees;
    /// @notice Receives the platform revenue share (distributes whatever DTA it holds).
    address public immutable revenueDistributor;

    /// @notice Lowest simulation rate an owner may set (governance; default 0.01 DTA/hour).
    uint96 public minRatePerHour = 100;
    /// @notice Highest simulation rate an owner may set (governance; default 100 DTA/hour).
    uint96 public maxRatePerHour = 1_000_000;

    /// @param fees The shared service fees contract.
    /// @param revenue The revenue distributor.
    constructor(ServiceFees fees, address revenue) {
        if (address(fees) == address(0) || revenue == address(0)) revert ZeroAddress();
        serviceFees = fees;
        revenueDistributor = revenue;
    }

    /// @notice Sets the bounds owners' rates must keep. Governance only; a twin whose rate falls outside is
    ///         charged at the nearest bound until its owner sets a new rate.
    /// @param minRate Lowest rate per hour (> 0).
    /// @param maxRate Highest rate per hour (≥ `minRate`).
    function setRateBounds(uint256 minRate, uint256 maxRate) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (minRate == 0 || minRate > maxRate || maxRate > type(uint96).max) {
            revert InvalidRateBounds(minRate, maxRate);
        }
        minRatePerHour = uint96(minRate);
        maxRatePerHour = uint96(maxRate);
        emit RateBoundsUpdated(minRate, maxRate);
    }

    /// @notice Sets the twin's simulation rate, within the governance bounds. Owner only.
    /// @param twinId The twin.
    /// @param ratePerHour Base units per hour.
    function setSimulationRate(uint256 twinId, uint256 ratePerHour) external {
        _requireTwinOwner(twinId);
        if (ratePerHour < minRatePerHour || ratePerHour > maxRatePerHour) {
            revert RateOutOfBounds(ratePerHour, minRatePerHour, maxRatePerHour);
        }
        _twins[twinId].ratePerHour = uint96(ratePerHour);
        emit SimulationRateUpdated(twinId, ratePerHour);
    }

    /// @notice The rate a job on the twin costs now (the owner's rate held within the current bounds).
    /// @param twinId The twin.
    function rateOf(uint256 twinId) public view returns (uint256) {
        _requireOwned(twinId);
        uint256 rate = _twins[twinId].ratePerHour;
        if (rate < minRatePerHour) return minRatePerHour;
        if (rate > maxRatePerHour) return maxRatePerHour;
        return rate;
    }

    /// @notice Buys `hoursBought` simulation hours on an active twin; the payment (hours × rate) is escrowed.
    /// @param twinId The twin.
    /// @param hoursBought 1 … 1,000 whole hours.
    /// @param maxRate The most the buyer accepts to pay per hour (a rate raised after the quote is refused).
    /// @return jobId The new job.
    function buySimulation(
        uint256 twinId,
        uint256 hoursBought,
        uint256 maxRate
    ) external nonReentrant returns (uint256 jobId) {
        return _buy(twinId, hoursBought, maxRate);
    }

    /// @notice `buySimulation` with an EIP-2612 permit, in one transaction. The permit is for the most the
    ///         buyer accepts to pay, `hoursBought × maxRate` (the largest uint256 when that overflows, i.e. a
    ///         buyer accepting any rate signs an unlimited permit); only `hours × rate` is taken.
    function buySimulationWithPermit(
        uint256 twinId,
        uint256 hoursBought,
        uint256 maxRate,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 jobId) {
        // A permit front-run from the mempool is already spent: fall back to the allowance it created.
        uint256 value = Math.saturatingMul(hoursBought, maxRate);
        try token.permit(msg.sender, address(this), value, deadline, v, r, s) {} catch {}
        return _buy(twinId, hoursBought, maxRate);
    }

    /// @notice Completes an open job before its deadline: burns the service burn, sends 10% of the rest to
    ///         platform revenue and pays the remainder to the twin's owner. Owner only.
    /// @param jobId The job.
    /// @param resultHash Hash of the simulation result (non-zero).
    function completeJob(uint256 jobId, bytes32 resultHash) external nonReentrant {
        Job storage j = _openJob(jobId);
        uint256 twinId = j.twinId;
        address owner = _requireTwinOwner(twinId);
        if (resultHash == bytes32(0)) revert EmptyHash();
        if (block.timestamp > j.deadline) revert JobExpired(jobId, j.deadline);
        uint256 amount = j.amount;
        (uint256 burned, uint256 toPlatform, uint256 toOwner) = serviceFees.split(amount);
        j.status = JobStatus.Completed;
        totalEscrowed -= amount;
        emit JobCompleted(jobId, twinId, owner, resultHash, burned, toPlatform, toOwner);
        _pay(owner, toOwner);
        if (burned > 0) token.burn(burned);
        if (toPlatform > 0) token.safeTransfer(revenueDistributor, toPlatform);
    }

    /// @notice Declines an open job and refunds the buyer. Owner only.
    /// @param jobId The job.
    function declineJob(uint256 jobId) external nonReentrant {
        Job storage j = _openJob(jobId);
        _requireTwinOwner(j.twinId);
        j.status = JobStatus.Declined;
        totalEscrowed -= j.amount;
        emit JobDeclined(jobId, j.twinId, j.buyer, j.amount);
        _pay(j.buyer, j.amount);
    }

    /// @notice Takes the whole payment of an open job back after its deadline. Buyer only.
    /// @param jobId The job.
    function reclaimJob(uint256 jobId) external nonReentrant {
        Job storage j = _openJob(jobId);
        if (msg.sender != j.buyer) revert NotJobBuyer(jobId, msg.sender);
        if (block.timestamp <= j.deadline) revert JobNotExpired(jobId, j.deadline);
        j.status = JobStatus.Reclaimed;
        totalEscrowed -= j.amount;
        emit JobReclaimed(jobId, j.twinId, j.buyer, j.amount);
        _pay(j.buyer, j.amount);
    }

    function _buy(uint256 twinId, uint256 hoursBought, uint256 maxRate) private returns (uint256 jobId) {
        uint256 rate = rateOf(twinId);
        _requireActive(twinId);
        if (hoursBought == 0 || hoursBought > MAX_HOURS) revert InvalidHours(hoursBought, MAX_HOURS);
        if (rate > maxRate) revert RateAboveAccepted(rate, maxRate);
        _requireTokenNotPaused();
        _requireCompliant(msg.sender);
        uint256 amount = hoursBought * rate;
        uint40 deadline = uint40(block.timestamp + JOB_DEADLINE);
        jobId = ++_lastJobId;
        _jobs[jobId] = Job({
            buyer: msg.sender,
            deadline: deadline,
            hoursBought: uint16(hoursBought),
            status: JobStatus.Open,
            amount: uint128(amount),
            twinId: uint128(twinId)
        });
        totalEscrowed += amount;
        emit SimulationPurchased(jobId, twinId, msg.sender, hoursBought, rate, amount, deadline);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _openJob(uint256 jobId) private view returns (Job storage j) {
        j = _job(jobId);
        if (j.status != JobStatus.Open) revert JobNotOpen(jobId, j.status);
    }
}
