// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";
import {IEcosystemBonusSource} from "../interfaces/IEcosystemBonusSource.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {StakePositionArt} from "./StakePositionArt.sol";
import {StakingTables} from "./StakingTables.sol";

/// @title DTA staking positions
/// @notice Lock DTA for 30/90/180/365 days in a tier (Bronze … Diamond) and earn a fixed APY, raised by the
///         ecosystem bonuses the staker qualifies for. Each position is an ERC-721 receipt ("DTASP"): whoever
///         holds it owns the principal, the rewards and the voting power. The whole reward a position can earn
///         is reserved from the rewards pool when it is opened, so the pool never owes more than it holds:
///         `token.balanceOf(this) >= totalStaked + totalReserved` at every moment.
/// @dev Every action is O(1): one packed storage slot per position, packed global totals, no loop over users
///      or positions. Voting power is OpenZeppelin `Votes` (block-number checkpoints), with one voting unit per
///      base unit staked × lock weight. The rewards pool is simply the DTA balance not owed to anyone, so a
///      plain transfer (e.g. from a revenue distributor) tops it up.
contract DTAStaking is IDTAStaking, ERC721, Votes, AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IStakingToken;
    using SafeCast for uint256;

    /// @notice Role that may pause new stakes and compounds (never claims or withdrawals).
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /// @notice Share of the principal burned by an early unstake, in basis points (10%).
    uint256 public constant EARLY_UNSTAKE_PENALTY_BPS = 1_000;

    /// @notice Gas a bonus source may use to answer `hasStakingBonus`; more is treated as "no bonus".
    uint256 public constant BONUS_CHECK_GAS = 50_000;

    uint256 private constant _BONUS_KINDS = 4;

    /// @dev One position in one storage slot (48 + 48 + 48 + 32 + 32 + 16 + 8 + 24 = 256 bits). DTA's whole
    ///      supply (1e13 base units) fits in 48 bits; timestamps fit in 32 bits until 2106.
    struct Position {
        uint48 principal;
        uint48 reserved; // whole reward of the current segment [start, unlock]
        uint48 claimed; // part of `reserved` paid out
        uint32 start;
        uint32 unlock;
        uint16 apyBps;
        uint8 lockIndex;
        uint24 ownedIndex; // index in the owner's position list
    }

    /// @dev Global totals in one slot, so every action pays one storage write for them.
    struct Totals {
        uint96 staked;
        uint96 reserved; // reserved and not yet paid
        uint32 lastTokenId;
        uint8 sourceMask; // bit k set when the source of BonusKind k is set
    }

    /// @notice The staked token (DTA).
    IStakingToken public immutable token;

    /// @notice Renders the receipts' on-chain metadata (deployed by the constructor).
    StakePositionArt public immutable art;

    Totals private _totals;
    uint48[5] private _stakedByTier;
    mapping(uint256 tokenId => Position) private _positions;
    mapping(address account => uint256) private _votingUnits;
    /// @dev Owner → packed list of its token ids, eight uint32 ids per slot.
    mapping(address owner => mapping(uint256 slot => uint256 ids)) private _ownedIds;
    mapping(BonusKind kind => IEcosystemBonusSource) private _bonusSources;

    /// @param stakingToken The DTA token.
    /// @param admin Receives the admin role (sets bonus sources) and the guardian role (the governance timelock).
    constructor(
        IStakingToken stakingToken,
        address admin
    ) ERC721("DTA Stake Position", "DTASP") EIP712("DTA Stake Position", "1") {
        if (address(stakingToken) == address(0) || admin == address(0)) revert ZeroAddress();
        token = stakingToken;
        art = new StakePositionArt();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, admin);
    }

    /// @notice A required address was the zero address.
    error ZeroAddress();

    // ─── staking actions ────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IDTAStaking
    function stake(uint256 amount, uint256 lockDays) external nonReentrant whenNotPaused returns (uint256) {
        return _stake(amount, lockDays);
    }

    /// @inheritdoc IDTAStaking
    function stakeWithPermit(
        uint256 amount,
        uint256 lockDays,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant whenNotPaused returns (uint256) {
        // A permit front-run from the mempool is already spent: fall back to the allowance it created.
        try token.permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        return _stake(amount, lockDays);
    }

    /// @inheritdoc IDTAStaking
    function claim(uint256 tokenId) external nonReentrant returns (uint256 amount) {
        address owner = _authorizedOwner(tokenId);
        Position memory p = _positions[tokenId];
        amount = _earned(p) - p.claimed;
        if (amount == 0) revert NothingToClaim(tokenId);

        _positions[tokenId].claimed = p.claimed + uint48(amount);
        _totals.reserved -= uint96(amount);
        emit RewardsClaimed(owner, tokenId, amount);
        token.safeTransfer(owner, amount);
    }

    /// @inheritdoc IDTAStaking
    /// @dev The new segment runs from now to the unchanged unlock time at the new principal's tier and the
    ///      owner's current bonuses; the old segment's unpaid reserve is released before the new one is taken.
    function compound(uint256 tokenId) external nonReentrant whenNotPaused returns (uint256 compounded) {
        address owner = _authorizedOwner(tokenId);
        Position memory p = _positions[tokenId];
        // solhint-disable-next-line gas-strict-inequalities
        if (block.timestamp >= p.unlock) revert PositionUnlocked(tokenId, p.unlock);
        compounded = _earned(p) - p.claimed;
        if (compounded == 0) revert NothingToCompound(tokenId);

        Totals memory t = _totals;
        uint256 oldPrincipal = p.principal;
        uint256 newPrincipal = oldPrincipal + compounded;
        Tier oldTier = StakingTables.tierOf(oldPrincipal);
        Tier newTier = StakingTables.tierOf(newPrincipal);
        uint256 apy = _effectiveApy(owner, newTier, p.lockIndex, t.sourceMask);
        uint256 reward = StakingTables.reward(newPrincipal, apy, p.unlock - block.timestamp);

        t.reserved -= p.reserved - p.claimed; // the earned part becomes principal, the rest is released
        t.staked += uint96(compounded);
        uint256 available = _poolAvailable(t);
        if (reward > available) revert InsufficientRewardPool(reward, available);
        t.reserved += uint96(reward);
        _totals = t;
        _stakedByTier[uint8(oldTier)] -= uint48(oldPrincipal);
        _stakedByTier[uint8(newTier)] += uint48(newPrincipal);

        p.principal = newPrincipal.toUint48();
        p.reserved = reward.toUint48();
        p.claimed = 0;
        p.start = uint32(block.timestamp);
        p.apyBps = uint16(apy);
        _positions[tokenId] = p;

        uint256 addedUnits =
            StakingTables.votingUnits(newPrincipal, p.lockIndex) -
                StakingTables.votingUnits(oldPrincipal, p.lockIndex);
        _votingUnits[owner] += addedUnits;
        _transferVotingUnits(address(0), owner, addedUnits);
        emit Compounded(owner, tokenId, compounded, newPrincipal, newTier, apy, reward);
    }

    /// @inheritdoc IDTAStaking
    function unstake(uint256 tokenId) external nonReentrant returns (uint256 paid) {
        address owner = _authorizedOwner(tokenId);
        Position memory p = _positions[tokenId];
        if (block.timestamp < p.unlock) revert PositionLocked(tokenId, p.unlock);
        uint256 rewards = p.reserved - p.claimed;

        _close(tokenId, p);
        _totals.reserved -= uint96(rewards);
        paid = p.principal + rewards;
        emit Unstaked(owner, tokenId, p.principal, rewards);
        token.safeTransfer(owner, paid);
    }

    /// @inheritdoc IDTAStaking
    function unstakeEarly(uint256 tokenId) external nonReentrant returns (uint256 paid) {
        address owner = _authorizedOwner(tokenId);
        Position memory p = _positions[tokenId];
        // solhint-disable-next-line gas-strict-inequalities
        if (block.timestamp >= p.unlock) revert PositionUnlocked(tokenId, p.unlock);
        uint256 earnedNow = _earned(p);
        uint256 rewards = earnedNow - p.claimed;
        uint256 penalty = (uint256(p.principal) * EARLY_UNSTAKE_PENALTY_BPS) / 10_000;

        _close(tokenId, p);
        _totals.reserved -= p.reserved - p.claimed; // rewards are paid now, the unearned rest is released
        paid = p.principal - penalty + rewards;
        emit UnstakedEarly(owner, tokenId, p.principal - penalty, penalty, rewards, p.reserved - earnedNow);
        if (penalty > 0) token.burn(penalty);
        token.safeTransfer(owner, paid);
    }

    /// @inheritdoc IDTAStaking
    function fundRewards(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        emit RewardsFunded(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    // ─── governance ─────────────────────────────────────────────────────────────────────────────────────

    /// @notice Sets (or clears with address zero) the contract that decides eligibility for one bonus.
    /// @dev Affects only stakes and compounds made afterwards; open positions keep their APY.
    /// @param kind Which bonus.
    /// @param source Contract implementing `IEcosystemBonusSource`, or address zero for no bonus.
    function setBonusSource(
        BonusKind kind,
        IEcosystemBonusSource source
    ) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _bonusSources[kind] = source;
        uint8 bit = uint8(1 << uint8(kind));
        uint8 mask = _totals.sourceMask;
        _totals.sourceMask = address(source) == address(0) ? mask & ~bit : mask | bit;
        emit BonusSourceUpdated(kind, address(source));
    }

    /// @notice Stops new stakes and compounds. Claims, unstakes and early unstakes keep working.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resumes new stakes and compounds.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    // ─── views for the UI ───────────────────────────────────────────────────────────────────────────────

    /// @notice Everything about one position (reverts for a token that does not exist).
    /// @param tokenId The receipt id.
    function position(uint256 tokenId) public view returns (PositionView memory v) {
        v.owner = _requireOwned(tokenId);
        Position memory p = _positions[tokenId];
        v.principal = p.principal;
        v.lockIndex = p.lockIndex;
        v.lockDays = StakingTables.lockDays(p.lockIndex);
        v.lockSeconds = v.lockDays * 1 days;
        v.tier = StakingTables.tierOf(p.principal);
        v.apyBps = p.apyBps;
        v.bonusPercent = StakingTables.bonusPercentFromApy(v.tier, p.lockIndex, p.apyBps);
        v.start = p.start;
        v.unlock = p.unlock;
        v.reserved = p.reserved;
        v.claimed = p.claimed;
        v.earned = _earned(p);
        v.claimable = v.earned - p.claimed;
        v.votingUnits = StakingTables.votingUnits(p.principal, p.lockIndex);
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

    /// @notice The receipt ids owned by `owner`, in no particular order (a view for the UI; not for use
    ///         in transactions, its cost grows with the owner's position count).
    function positionsOf(address owner) external view returns (uint256[] memory tokenIds) {
        uint256 count = balanceOf(owner);
        tokenIds = new uint256[](count);
        for (uint256 i = 0; i < count; ++i) tokenIds[i] = _ownedIdAt(owner, i);
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

    /// @notice The APY `account` would get now for staking `amount` at `lockIndex`, with its current bonuses.
    function effectiveApyBps(
        address account,
        uint256 amount,
        uint256 lockIndex
    ) public view returns (uint256) {
        StakingTables.lockDays(lockIndex); // validates the index
        return _effectiveApy(account, StakingTables.tierOf(amount), lockIndex, _totals.sourceMask);
    }

    /// @notice Which ecosystem bonuses `account` qualifies for now, and their sum in percent.
    /// @return eligible Indexed by `BonusKind`: twin, data quality, governance, AI service.
    /// @return bonusPercent Sum of the applying bonuses (0 … 70).
    function bonusesOf(
        address account
    ) external view returns (bool[4] memory eligible, uint256 bonusPercent) {
        uint8 mask = _bonusMask(account, _totals.sourceMask);
        for (uint256 k = 0; k < _BONUS_KINDS; ++k) eligible[k] = (mask >> k) & 1 == 1;
        bonusPercent = StakingTables.bonusPercent(mask);
    }

    /// @notice The whole reward `account` would earn by staking `amount` at `lockIndex` now.
    function previewReward(
        address account,
        uint256 amount,
        uint256 lockIndex
    ) external view returns (uint256) {
        uint256 apy = effectiveApyBps(account, amount, lockIndex);
        return StakingTables.reward(amount, apy, StakingTables.lockDays(lockIndex) * 1 days);
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

    /// @notice The contract deciding eligibility for bonus `kind` (address zero: unset, no bonus).
    function bonusSource(BonusKind kind) external view returns (IEcosystemBonusSource) {
        return _bonusSources[kind];
    }

    /// @notice On-chain metadata: Base64 JSON with an SVG card showing tier, amount, APY and unlock date.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        PositionView memory v = position(tokenId);
        return
            art.tokenURI(
                StakePositionArt.Card({
                    tokenId: tokenId,
                    tier: v.tier,
                    principal: v.principal,
                    apyBps: v.apyBps,
                    bonusPercent: v.bonusPercent,
                    lockDays: v.lockDays,
                    unlock: v.unlock,
                    votingUnits: v.votingUnits
                })
            );
    }

    /// @inheritdoc ERC721
    function supportsInterface(
        bytes4 interfaceId
    ) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    // ─── internals ──────────────────────────────────────────────────────────────────────────────────────

    function _stake(uint256 amount, uint256 lockDays) private returns (uint256 tokenId) {
        uint256 lockIndex = StakingTables.lockIndexOf(lockDays);
        Tier tier = StakingTables.tierOf(amount);
        Totals memory t = _totals;
        uint256 apy = _effectiveApy(msg.sender, tier, lockIndex, t.sourceMask);
        uint256 unlock = block.timestamp + lockDays * 1 days;
        uint256 reward = StakingTables.reward(amount, apy, lockDays * 1 days);
        uint256 available = _poolAvailable(t);
        if (reward > available) revert InsufficientRewardPool(reward, available);

        tokenId = uint256(t.lastTokenId) + 1;
        t.lastTokenId = tokenId.toUint32();
        t.staked += uint96(amount);
        t.reserved += uint96(reward);
        _totals = t;
        _stakedByTier[uint8(tier)] += amount.toUint48();
        _positions[tokenId] = Position({
            principal: uint48(amount),
            reserved: reward.toUint48(),
            claimed: 0,
            start: uint32(block.timestamp),
            unlock: unlock.toUint32(),
            apyBps: uint16(apy),
            lockIndex: uint8(lockIndex),
            ownedIndex: 0 // set by _update when the receipt is minted
        });

        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Staked(msg.sender, tokenId, amount, lockDays, tier, apy, unlock, reward);
        // Every state change is written: the receiver callback can only see a finished position.
        _safeMint(msg.sender, tokenId);
    }

    /// @dev Burns the receipt (moving its votes and owner index) and removes the principal from the totals.
    function _close(uint256 tokenId, Position memory p) private {
        _burn(tokenId);
        delete _positions[tokenId];
        _totals.staked -= p.principal;
        _stakedByTier[uint8(StakingTables.tierOf(p.principal))] -= p.principal;
    }

    /// @dev The owner of `tokenId`, after checking the caller is it or is approved for it.
    function _authorizedOwner(uint256 tokenId) private view returns (address owner) {
        owner = _requireOwned(tokenId);
        _checkAuthorized(owner, msg.sender, tokenId);
    }

    /// @dev Linear per second over the segment [start, unlock]; exactly `reserved` from unlock on.
    function _earned(Position memory p) private view returns (uint256) {
        // solhint-disable-next-line gas-strict-inequalities
        if (block.timestamp >= p.unlock) return p.reserved;
        return (uint256(p.reserved) * (block.timestamp - p.start)) / (p.unlock - p.start);
    }

    function _poolAvailable(Totals memory t) private view returns (uint256) {
        uint256 balance = token.balanceOf(address(this));
        uint256 owed = uint256(t.staked) + t.reserved;
        return balance > owed ? balance - owed : 0;
    }

    function _effectiveApy(
        address account,
        Tier tier,
        uint256 lockIndex,
        uint8 sourceMask
    ) private view returns (uint256) {
        uint256 bonus = sourceMask == 0 ? 0 : StakingTables.bonusPercent(_bonusMask(account, sourceMask));
        return (StakingTables.baseApyBps(tier, lockIndex) * (100 + bonus)) / 100;
    }

    function _bonusMask(address account, uint8 sourceMask) private view returns (uint8 mask) {
        for (uint256 k = 0; k < _BONUS_KINDS; ++k) {
            if ((sourceMask >> k) & 1 == 1 && _hasBonus(_bonusSources[BonusKind(k)], account)) {
                mask |= uint8(1 << k);
            }
        }
    }

    /// @dev Gas-capped staticcall reading only 32 bytes back: a source that reverts, loops, returns garbage
    ///      or has no code means "no bonus" and can never block staking.
    function _hasBonus(IEcosystemBonusSource source, address account) private view returns (bool) {
        bytes memory data = abi.encodeCall(IEcosystemBonusSource.hasStakingBonus, (account));
        bool success;
        uint256 result;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            success := staticcall(BONUS_CHECK_GAS, source, add(data, 0x20), mload(data), 0x00, 0x20)
            result := mload(0x00)
            if lt(returndatasize(), 0x20) {
                success := 0
            }
        }
        // A failure with almost no gas left may be the caller starving the source (63/64 rule): don't
        // silently drop a bonus the staker is owed.
        if (!success && gasleft() < BONUS_CHECK_GAS / 63) revert BonusCheckOutOfGas();
        return success && result == 1;
    }

    // ─── receipt transfers: move votes and the owner index with the position ───────────────────────────

    /// @dev Every mint, transfer and burn passes here. A receiver without a delegate is self-delegated, so
    ///      staked positions carry voting power without an extra transaction (it can delegate elsewhere).
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        Position storage p = _positions[tokenId];
        uint256 units = StakingTables.votingUnits(p.principal, p.lockIndex);
        if (from != address(0)) {
            _votingUnits[from] -= units;
            _removeOwnedId(from, p.ownedIndex);
        }
        if (to != address(0)) {
            if (delegates(to) == address(0)) _delegate(to, to);
            _votingUnits[to] += units;
            uint256 index = balanceOf(to) - 1;
            p.ownedIndex = index.toUint24();
            _setOwnedId(to, index, tokenId);
        }
        _transferVotingUnits(from, to, units);
    }

    /// @dev Voting units of an account: Σ principal × lock weight over the positions it owns.
    function _getVotingUnits(address account) internal view override returns (uint256) {
        return _votingUnits[account];
    }

    /// @dev Swap-and-pop; `balanceOf(from)` has already been decremented, so it is the last index.
    function _removeOwnedId(address from, uint256 index) private {
        uint256 last = balanceOf(from);
        if (index != last) {
            uint256 movedId = _ownedIdAt(from, last);
            _setOwnedId(from, index, movedId);
            _positions[movedId].ownedIndex = uint24(index);
        }
        _setOwnedId(from, last, 0);
    }

    function _ownedIdAt(address owner, uint256 index) private view returns (uint256) {
        return uint32(_ownedIds[owner][index >> 3] >> ((index & 7) * 32));
    }

    function _setOwnedId(address owner, uint256 index, uint256 tokenId) private {
        uint256 shift = (index & 7) * 32;
        uint256 word = _ownedIds[owner][index >> 3];
        _ownedIds[owner][index >> 3] = (word & ~(uint256(type(uint32).max) << shift)) | (tokenId << shift);
    }
}
