// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDTAStaking} from "../interfaces/IDTAStaking.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {StakePositionIndex} from "./StakePositionIndex.sol";
import {StakingTables} from "./StakingTables.sol";

/// @title The DTA staking ledger: positions, totals and the views over them
/// @notice Holds every position and the global totals, and answers the UI's read-only questions about them:
///         a position's state and rewards, the tier and APY tables, the rewards pool and the totals.
/// @dev The state-changing actions live in DTAStaking, which inherits this. Storage is packed for O(1) actions:
///      one slot per position and one slot of global totals (which also keeps the bonus-source mask).
abstract contract StakingLedger is IDTAStaking, StakePositionIndex {
    /// @dev One position in one storage slot (48 + 48 + 48 + 32 + 32 + 16 + 8 + 24 = 256 bits). DTA's whole
    ///      supply (1e13 base units) fits in 48 bits; timestamps fit in 32 bits until 2106. The slot is full, so
    ///      `lockBits` carries two things: the lock index 0..3 in its low bits and, in bit 7, whether the
    ///      position's voting weight has fallen to 1.0× because it unlocked (see `_applyUnlockWeight`); read
    ///      them only through `_lockIndexOf` and `_unlockWeightApplied`.
    struct Position {
        uint48 principal;
        uint48 reserved; // whole reward of the current segment [start, unlock]
        uint48 claimed; // part of `reserved` paid out
        uint32 start;
        uint32 unlock;
        uint16 apyBps;
        uint8 lockBits; // lock index 0..3 | UNLOCK_WEIGHT_APPLIED
        uint24 ownedIndex; // index in the owner's position list
    }

    /// @dev Global totals in one slot, so every action pays one storage write for them.
    struct Totals {
        uint96 staked;
        uint96 reserved; // reserved and not yet paid
        uint32 lastTokenId;
        uint8 sourceMask; // bit k set when the source of BonusKind k is set
    }

    /// @dev Bit of `Position.lockBits` set once the unlocked position's weight fell to 1.0×.
    uint8 internal constant UNLOCK_WEIGHT_APPLIED = 0x80;
    uint8 private constant _LOCK_INDEX_MASK = 0x03;

    /// @notice The staked token (DTA).
    IStakingToken public immutable token;

    Totals internal _totals;
    uint48[5] internal _stakedByTier;
    mapping(uint256 tokenId => Position) internal _positions;

    /// @param stakingToken The DTA token (the inheriting constructor checks it is not address zero).
    constructor(IStakingToken stakingToken) {
        token = stakingToken;
    }

    /// @notice Everything about one position (reverts for a token that does not exist).
    /// @param tokenId The receipt id.
    function position(uint256 tokenId) public view returns (PositionView memory v) {
        v.owner = _requireOwned(tokenId);
        Position memory p = _positions[tokenId];
        v.principal = p.principal;
        uint256 lockIndex = _lockIndexOf(p);
        v.lockIndex = lockIndex;
        v.lockDays = StakingTables.lockDays(lockIndex);
        v.lockSeconds = v.lockDays * 1 days;
        v.tier = StakingTables.tierOf(p.principal);
        v.apyBps = p.apyBps;
        v.bonusPercent = StakingTables.bonusPercentFromApy(v.tier, lockIndex, p.apyBps);
        v.start = p.start;
        v.unlock = p.unlock;
        v.reserved = p.reserved;
        v.claimed = p.claimed;
        v.earned = _earned(p);
        v.claimable = v.earned - p.claimed;
        v.votingUnits = _appliedVotingUnits(p);
        v.unlockWeightPending = _unlockWeightDue(p);
    }

    /// @notice Rewards the position has earned in its current segment so far (claimed or not).
    function earned(uint256 tokenId) external view returns (uint256) {
        _requireOwned(tokenId);
        return _earned(_positions[tokenId]);
    }

    /// @notice Rewards the position owner could claim now.
    function claimable(uint256 tokenId) external view returns (uint256) {
        _requireOwned(tokenId);
        Position memory p = _positions[tokenId];
        return _earned(p) - p.claimed;
    }

    /// @notice Tier of a position holding `amount` base units; reverts below the Bronze minimum.
    function tierOf(uint256 amount) external pure returns (Tier) {
        return StakingTables.tierOf(amount);
    }

    /// @notice Base APY in basis points for `tier` and lock index 0..3 (30/90/180/365 days).
    function baseApyBps(Tier tier, uint256 lockIndex) external pure returns (uint256) {
        return StakingTables.baseApyBps(tier, lockIndex);
    }

    /// @notice Lock period in days for lock index 0..3.
    function lockDaysOf(uint256 lockIndex) external pure returns (uint256) {
        return StakingTables.lockDays(lockIndex);
    }

    /// @notice Voting units a position of `amount` locked at `lockIndex` carries (amount × lock weight).
    function votingUnitsOf(uint256 amount, uint256 lockIndex) external pure returns (uint256) {
        return StakingTables.votingUnits(amount, lockIndex);
    }

    /// @notice Rewards pool free to back new positions: balance − principal staked − rewards reserved unpaid.
    function poolAvailable() external view returns (uint256) {
        return _poolAvailable(_totals);
    }

    /// @notice Sum of the principal of all open positions.
    function totalStaked() external view returns (uint256) {
        return _totals.staked;
    }

    /// @notice Rewards reserved for open positions and not yet paid.
    function totalReserved() external view returns (uint256) {
        return _totals.reserved;
    }

    /// @notice Sum of the principal of all open positions in `tier`.
    function totalStakedByTier(Tier tier) external view returns (uint256) {
        return _stakedByTier[uint8(tier)];
    }

    /// @notice Number of positions ever opened (the last receipt id).
    function totalPositionsOpened() external view returns (uint256) {
        return _totals.lastTokenId;
    }

    /// @dev Linear per second over the segment [start, unlock]; exactly `reserved` from unlock on.
    function _earned(Position memory p) internal view returns (uint256) {
        // solhint-disable-next-line gas-strict-inequalities
        if (block.timestamp >= p.unlock) return p.reserved;
        return (uint256(p.reserved) * (block.timestamp - p.start)) / (p.unlock - p.start);
    }

    /// @dev Lock index 0..3 (30/90/180/365 days) of a position.
    function _lockIndexOf(Position memory p) internal pure returns (uint256) {
        return p.lockBits & _LOCK_INDEX_MASK;
    }

    /// @dev Whether the position's weight already fell to 1.0× at unlock.
    function _unlockWeightApplied(Position memory p) internal pure returns (bool) {
        return p.lockBits & UNLOCK_WEIGHT_APPLIED != 0;
    }

    /// @dev Whether the position has unlocked but still carries its lock weight (a `poke` would lower it).
    function _unlockWeightDue(Position memory p) internal view returns (bool) {
        // solhint-disable-next-line gas-strict-inequalities
        return !_unlockWeightApplied(p) && block.timestamp >= p.unlock;
    }

    /// @dev Voting units the position carries now, as counted in the votes: principal × lock weight while the
    ///      lock weight applies, principal × 1.0 once it fell at unlock.
    function _appliedVotingUnits(Position memory p) internal pure returns (uint256) {
        return
            _unlockWeightApplied(p) ? p.principal : StakingTables.votingUnits(p.principal, _lockIndexOf(p));
    }

    /// @dev The DTA balance not owed to anyone: neither principal staked nor rewards reserved unpaid.
    function _poolAvailable(Totals memory t) internal view returns (uint256) {
        uint256 balance = token.balanceOf(address(this));
        uint256 owed = uint256(t.staked) + t.reserved;
        return balance > owed ? balance - owed : 0;
    }

    // ─── storage hook of the position index ─────────────────────────────────────────────────────────────

    /// @inheritdoc StakePositionIndex
    function _setOwnedIndex(uint256 tokenId, uint256 index) internal override {
        _positions[tokenId].ownedIndex = uint24(index);
    }
}
