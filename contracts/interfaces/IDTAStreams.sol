// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title DTA payment streams: shapes, events and custom errors
/// @notice What the streams contract stores and everything it announces or refuses, in one place for the indexer
///         and the app (the functions live in `contracts/streams/`). Amounts are DTA base units (4 decimals);
///         rates and debts marked "scaled" are 18-decimal fixed point (one base unit = 1e14 scaled units).
interface IDTAStreams {
    /// @notice What a stream is doing now. Depleted: everything deposited is owed to the recipient (any further
    ///         flow is uncovered debt until a top-up).
    enum Status {
        Streaming,
        Paused,
        Depleted,
        Stopped
    }

    /// @notice One stream; its recipient is the owner of the ERC-721 with the same id.
    /// @param sender The payer: pauses, resumes, stops and receives refunds.
    /// @param snapshotTime When `snapshotDebtScaled` was last brought up to date.
    /// @param paused No flow while paused (the rate is kept for the resume).
    /// @param stopped Stopped for good: settled and empty.
    /// @param ratePerSecond DTA per second, 18-decimal fixed point (1e18 = 1 DTA per second).
    /// @param balance DTA deposited and not yet withdrawn or refunded, in base units.
    /// @param snapshotDebtScaled What was owed to the recipient at `snapshotTime`, scaled.
    struct Stream {
        address sender;
        uint40 snapshotTime;
        bool paused;
        bool stopped;
        uint128 ratePerSecond;
        uint128 balance;
        uint256 snapshotDebtScaled;
    }

    // ─── events ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A payer opened a stream (the ERC-721 `Transfer` from address zero names the recipient too).
    event StreamOpened(
        uint256 indexed streamId,
        address indexed sender,
        address indexed recipient,
        uint256 ratePerSecond,
        uint256 deposit
    );
    /// @notice `funder` deposited into the stream; `balance` is the stream's balance after it.
    event StreamDeposited(uint256 indexed streamId, address indexed funder, uint256 amount, uint256 balance);
    /// @notice `amount` was withdrawn to `to` by `caller` (the recipient or its approved); `balance` after it.
    event StreamWithdrawn(
        uint256 indexed streamId,
        address indexed to,
        address indexed caller,
        uint256 amount,
        uint256 balance
    );
    /// @notice The sender paused the stream; `totalDebt` was owed at that moment (base units).
    event StreamPaused(uint256 indexed streamId, uint256 totalDebt);
    /// @notice The sender resumed the stream.
    event StreamResumed(uint256 indexed streamId);
    /// @notice `by` (sender or recipient) stopped the stream: `toRecipient` paid to the recipient, `refunded` to
    ///         the sender, `forgivenDebt` the uncovered debt nobody pays.
    event StreamStopped(
        uint256 indexed streamId,
        address indexed by,
        address indexed recipient,
        uint256 toRecipient,
        uint256 refunded,
        uint256 forgivenDebt
    );

    // ─── errors ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice No stream has this id.
    error UnknownStream(uint256 streamId);
    /// @notice A stream's rate per second must be above zero.
    error ZeroRate();
    /// @notice A payer may not stream to itself.
    error SelfStream(address account);
    /// @notice The opening deposit must cover at least one second of flow (`minimum` base units).
    error DepositBelowOneSecond(uint256 deposit, uint256 minimum);
    /// @notice An amount must be above zero.
    error ZeroAmount();
    /// @notice The stream was stopped.
    error StreamIsStopped(uint256 streamId);
    /// @notice The stream is paused.
    error StreamIsPaused(uint256 streamId);
    /// @notice The stream is not paused.
    error StreamNotPaused(uint256 streamId);
    /// @notice Only the stream's sender may do this.
    error NotStreamSender(uint256 streamId, address caller);
    /// @notice Only the stream's recipient (or an address it approved) may withdraw.
    error NotStreamRecipient(uint256 streamId, address caller);
    /// @notice Only the stream's sender or recipient may stop it.
    error NotStreamParty(uint256 streamId, address caller);
    /// @notice The withdrawal is more than has accrued and is covered by the balance.
    error Overdraw(uint256 streamId, uint256 amount, uint256 withdrawable);
    /// @notice A required address was the zero address.
    error ZeroAddress();
}
