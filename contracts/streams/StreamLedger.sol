// SPDX-License-Identifier: MIT
// "Runs dry" is inclusive: the first second at which the whole balance is owed. Keep the comparisons as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ComplianceGuard} from "../compliance/ComplianceGuard.sol";
import {ICompliantToken} from "../interfaces/ICompliantToken.sol";
import {IDTAStreams} from "../interfaces/IDTAStreams.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";

/// @title The streams' ledger: every stream and the debt maths over it (after Sablier Flow)
/// @notice A stream owes its recipient `ratePerSecond × seconds flowing`, kept as an 18-decimal "scaled" debt
///         so that rates far below one DTA base unit per second still accrue exactly over time. What is owed is
///         brought into `snapshotDebtScaled` whenever the flow changes (pause, withdraw past it). Scaled debt is
///         turned into base units rounding down, so the recipient is never owed a unit the balance lacks: the
///         recipient can withdraw `min(total debt, balance)` (`withdrawable`), the rest of the debt is
///         uncovered (`debt`) until a top-up covers it, and a stream never pays out more than was deposited.
/// @dev The actions live in `DTAStreams`, which inherits this.
abstract contract StreamLedger is IDTAStreams, ERC721, ReentrancyGuardTransient, ComplianceGuard {
    /// @notice Scaled units per DTA base unit: 18-decimal fixed point over DTA's 4 decimals.
    uint256 public constant SCALE = 1e14;

    /// @notice The DTA token streamed.
    IStakingToken public immutable token;

    /// @dev Id of the last stream opened (ids start at 1).
    uint256 internal _lastStreamId;

    mapping(uint256 streamId => Stream) internal _streams;

    /// @param dta The DTA token (the inheriting constructor checks it is not address zero).
    constructor(IStakingToken dta) {
        token = dta;
    }

    /// @notice Everything stored about a stream (reverts for an unknown id).
    /// @param streamId The stream.
    function streamOf(uint256 streamId) external view returns (Stream memory) {
        return _stream(streamId);
    }

    /// @notice How many streams were ever opened (the last id).
    function streamCount() external view returns (uint256) {
        return _lastStreamId;
    }

    /// @notice What the stream owes its recipient in total now, covered or not, in base units (rounded down).
    /// @param streamId The stream.
    function totalDebt(uint256 streamId) public view returns (uint256) {
        return _totalDebtScaled(_stream(streamId)) / SCALE;
    }

    /// @notice What the recipient can withdraw now: the debt the balance covers.
    /// @param streamId The stream.
    function withdrawable(uint256 streamId) public view returns (uint256) {
        Stream storage s = _stream(streamId);
        return _covered(s, _totalDebtScaled(s) / SCALE);
    }

    /// @notice The debt the balance does not cover (the stream ran dry), in base units.
    /// @param streamId The stream.
    function debt(uint256 streamId) external view returns (uint256) {
        Stream storage s = _stream(streamId);
        uint256 owed = _totalDebtScaled(s) / SCALE;
        return owed > s.balance ? owed - s.balance : 0;
    }

    /// @notice What the sender would get back if the stream were stopped now.
    /// @param streamId The stream.
    function refundable(uint256 streamId) external view returns (uint256) {
        Stream storage s = _stream(streamId);
        return s.balance - _covered(s, _totalDebtScaled(s) / SCALE);
    }

    /// @notice When the stream runs dry: the first second at which its whole balance is owed to the recipient.
    ///         0 when that moment has passed or the stream was stopped; the largest uint256 while paused (it does
    ///         not run dry while paused).
    /// @param streamId The stream.
    function depletionTime(uint256 streamId) external view returns (uint256) {
        Stream storage s = _stream(streamId);
        if (s.stopped) return 0;
        if (s.paused) return type(uint256).max;
        uint256 balanceScaled = uint256(s.balance) * SCALE;
        uint256 owedScaled = _totalDebtScaled(s);
        if (owedScaled >= balanceScaled) return 0;
        // Solve snapshotDebt + rate × (t − snapshotTime) ≥ balance for the least t: round the seconds up.
        uint256 left = balanceScaled - s.snapshotDebtScaled;
        uint256 rate = s.ratePerSecond;
        return s.snapshotTime + (left + rate - 1) / rate;
    }

    /// @notice What the stream is doing now (see `Status`).
    /// @param streamId The stream.
    function statusOf(uint256 streamId) external view returns (Status) {
        Stream storage s = _stream(streamId);
        if (s.stopped) return Status.Stopped;
        if (s.paused) return Status.Paused;
        if (_totalDebtScaled(s) >= uint256(s.balance) * SCALE) return Status.Depleted;
        return Status.Streaming;
    }

    /// @notice The stream's recipient (the NFT's owner).
    /// @param streamId The stream.
    function recipientOf(uint256 streamId) external view returns (address) {
        return _requireOwned(streamId);
    }

    /// @dev The stream, reverting for an unknown id.
    function _stream(uint256 streamId) internal view returns (Stream storage s) {
        s = _streams[streamId];
        if (s.sender == address(0)) revert UnknownStream(streamId);
    }

    /// @dev Scaled debt now: the snapshot plus what flowed since (nothing flows while paused or stopped).
    function _totalDebtScaled(Stream storage s) internal view returns (uint256) {
        uint256 owed = s.snapshotDebtScaled;
        if (s.paused || s.stopped) return owed;
        return owed + (block.timestamp - s.snapshotTime) * s.ratePerSecond;
    }

    /// @dev The part of `owed` (base units) the balance covers.
    function _covered(Stream storage s, uint256 owed) internal view returns (uint256) {
        uint256 balance = s.balance;
        return owed < balance ? owed : balance;
    }

    /// @inheritdoc ComplianceGuard
    function _compliantToken() internal view override returns (ICompliantToken) {
        return token;
    }
}
