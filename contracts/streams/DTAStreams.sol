// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {StreamLedger} from "./StreamLedger.sol";

/// @title DTA payment streams
/// @notice A payer opens a stream of DTA to a recipient at a rate per second (18-decimal fixed point, so a data
///         feed can be paid fractions of a base unit per second), deposits and tops up; the recipient withdraws
///         what has accrued; the payer pauses and resumes; either side stops it (what accrued goes to the
///         recipient, the rest back to the payer). Each stream is an ERC-721 ("DSTREAM") owned by its recipient:
///         transferring it moves the right to withdraw. Learned from Sablier Flow (snapshot debt, rounding that
///         favours solvency, depletion time), for one token and without fees.
/// @dev O(1) per action. DTA's blacklist and pause reach through it (`ComplianceGuard`): no stream NFT moves from
///      or to a blacklisted address, nothing is deposited for or paid to one, and nothing moves while DTA is
///      paused. The payer's own side is enforced by DTA itself on `transferFrom`.
contract DTAStreams is StreamLedger {
    using SafeERC20 for IStakingToken;

    /// @param dta The DTA token.
    constructor(IStakingToken dta) ERC721("DTA Payment Stream", "DSTREAM") StreamLedger(dta) {
        if (address(dta) == address(0)) revert ZeroAddress();
    }

    /// @notice Opens a stream to `recipient` and deposits `initialDeposit` (approved beforehand).
    /// @param recipient Receives the stream's NFT and its flow (not the caller).
    /// @param ratePerSecond DTA per second, 18-decimal fixed point (above zero).
    /// @param initialDeposit At least one second of flow, in base units.
    /// @return streamId The new stream's id.
    function open(
        address recipient,
        uint128 ratePerSecond,
        uint128 initialDeposit
    ) external nonReentrant returns (uint256 streamId) {
        return _open(recipient, ratePerSecond, initialDeposit);
    }

    /// @notice `open` with an EIP-2612 permit for exactly `initialDeposit`, in one transaction.
    function openWithPermit(
        address recipient,
        uint128 ratePerSecond,
        uint128 initialDeposit,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 streamId) {
        // A permit front-run from the mempool is already spent: fall back to the allowance it created.
        try token.permit(msg.sender, address(this), initialDeposit, deadline, v, r, s) {} catch {}
        return _open(recipient, ratePerSecond, initialDeposit);
    }

    /// @notice Tops up a stream (approved beforehand). Anyone may fund a stream; refunds go to its sender.
    ///         A top-up first covers any debt the stream ran up while dry.
    /// @param streamId The stream (not stopped).
    /// @param amount Above zero, in base units.
    function deposit(uint256 streamId, uint128 amount) external nonReentrant {
        _deposit(streamId, amount);
    }

    /// @notice `deposit` with an EIP-2612 permit for exactly `amount`, in one transaction.
    function depositWithPermit(
        uint256 streamId,
        uint128 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant {
        try token.permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _deposit(streamId, amount);
    }

    /// @notice Withdraws `amount` of what has accrued to `to`. The recipient or an address it approved only.
    /// @param streamId The stream.
    /// @param to Where the DTA goes (not blacklisted).
    /// @param amount Above zero, at most `withdrawable(streamId)`.
    function withdraw(uint256 streamId, address to, uint128 amount) external nonReentrant {
        _withdraw(streamId, to, amount);
    }

    /// @notice Withdraws everything that has accrued to `to`. The recipient or an address it approved only.
    /// @param streamId The stream.
    /// @param to Where the DTA goes.
    /// @return amount What was withdrawn.
    function withdrawMax(uint256 streamId, address to) external nonReentrant returns (uint128 amount) {
        amount = uint128(withdrawable(streamId));
        _withdraw(streamId, to, amount);
    }

    /// @notice Pauses the flow; what accrued stays withdrawable. Sender only.
    /// @param streamId The stream.
    function pause(uint256 streamId) external {
        Stream storage s = _senderStream(streamId);
        if (s.paused) revert StreamIsPaused(streamId);
        uint256 owedScaled = _totalDebtScaled(s);
        s.snapshotDebtScaled = owedScaled;
        s.snapshotTime = uint40(block.timestamp);
        s.paused = true;
        emit StreamPaused(streamId, owedScaled / SCALE);
    }

    /// @notice Resumes the flow at the same rate from now. Sender only.
    /// @param streamId The stream.
    function resume(uint256 streamId) external {
        Stream storage s = _senderStream(streamId);
        if (!s.paused) revert StreamNotPaused(streamId);
        s.snapshotTime = uint40(block.timestamp);
        s.paused = false;
        emit StreamResumed(streamId);
    }

    /// @notice Stops the stream for good: what accrued and is covered goes to the recipient, the rest of the
    ///         balance back to the sender; uncovered debt is forgiven. Sender or recipient only.
    /// @param streamId The stream.
    function stop(uint256 streamId) external nonReentrant {
        Stream storage s = _stream(streamId);
        if (s.stopped) revert StreamIsStopped(streamId);
        address sender = s.sender;
        address recipient = _ownerOf(streamId);
        if (msg.sender != sender && msg.sender != recipient) revert NotStreamParty(streamId, msg.sender);
        uint256 owed = _totalDebtScaled(s) / SCALE;
        uint256 balance = s.balance;
        uint256 toRecipient = owed < balance ? owed : balance;
        uint256 refunded = balance - toRecipient;
        s.balance = 0;
        s.snapshotDebtScaled = 0;
        s.snapshotTime = uint40(block.timestamp);
        s.stopped = true;
        emit StreamStopped(streamId, msg.sender, recipient, toRecipient, refunded, owed - toRecipient);
        _requireTokenNotPaused();
        if (toRecipient > 0) {
            _requireCompliant(recipient);
            token.safeTransfer(recipient, toRecipient);
        }
        if (refunded > 0) {
            _requireCompliant(sender);
            token.safeTransfer(sender, refunded);
        }
    }

    // ─── internals ──────────────────────────────────────────────────────────────────────────────────────

    function _open(
        address recipient,
        uint128 ratePerSecond,
        uint128 amount
    ) private returns (uint256 streamId) {
        if (recipient == address(0)) revert ZeroAddress();
        if (recipient == msg.sender) revert SelfStream(recipient);
        if (ratePerSecond == 0) revert ZeroRate();
        // One second of flow, rounded up to whole base units.
        uint256 minimum = (uint256(ratePerSecond) + SCALE - 1) / SCALE;
        if (amount < minimum) revert DepositBelowOneSecond(amount, minimum);
        streamId = ++_lastStreamId;
        _streams[streamId] = Stream({
            sender: msg.sender,
            snapshotTime: uint40(block.timestamp),
            paused: false,
            stopped: false,
            ratePerSecond: ratePerSecond,
            balance: amount,
            snapshotDebtScaled: 0
        });
        // The mint checks the pause and the recipient's compliance; DTA checks the sender's on transferFrom.
        _mint(recipient, streamId);
        emit StreamOpened(streamId, msg.sender, recipient, ratePerSecond, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _deposit(uint256 streamId, uint128 amount) private {
        Stream storage s = _stream(streamId);
        if (s.stopped) revert StreamIsStopped(streamId);
        if (amount == 0) revert ZeroAmount();
        _requireTokenNotPaused();
        _requireCompliant(_ownerOf(streamId));
        uint128 balance = s.balance + amount;
        s.balance = balance;
        emit StreamDeposited(streamId, msg.sender, amount, balance);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _withdraw(uint256 streamId, address to, uint128 amount) private {
        Stream storage s = _stream(streamId);
        address recipient = _ownerOf(streamId);
        if (!_isAuthorized(recipient, msg.sender, streamId)) revert NotStreamRecipient(streamId, msg.sender);
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint256 owedScaled = _totalDebtScaled(s);
        uint256 available = _covered(s, owedScaled / SCALE);
        if (amount > available) revert Overdraw(streamId, amount, available);
        _requireTokenNotPaused();
        _requireCompliant(recipient);
        _requireCompliant(to);
        uint256 amountScaled = uint256(amount) * SCALE;
        uint256 snapshot = s.snapshotDebtScaled;
        if (amountScaled > snapshot) {
            // Part of the ongoing flow is paid: bring it into the snapshot first (only a flowing stream gets here).
            s.snapshotDebtScaled = owedScaled - amountScaled;
            s.snapshotTime = uint40(block.timestamp);
        } else {
            s.snapshotDebtScaled = snapshot - amountScaled;
        }
        uint128 balance = s.balance - amount;
        s.balance = balance;
        emit StreamWithdrawn(streamId, to, msg.sender, amount, balance);
        token.safeTransfer(to, amount);
    }

    /// @dev The stream, reverting unless `msg.sender` is its sender and it is not stopped.
    function _senderStream(uint256 streamId) private view returns (Stream storage s) {
        s = _stream(streamId);
        if (s.sender != msg.sender) revert NotStreamSender(streamId, msg.sender);
        if (s.stopped) revert StreamIsStopped(streamId);
    }

    /// @dev Every mint and transfer of a stream NFT: DTA not paused, neither side blacklisted.
    function _update(address to, uint256 streamId, address auth) internal override returns (address) {
        _requireCompliantMove(_ownerOf(streamId), to);
        return super._update(to, streamId, auth);
    }
}
