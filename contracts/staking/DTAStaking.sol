// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {StakePositionArt} from "./StakePositionArt.sol";
import {StakeReceiptVotes} from "./StakeReceiptVotes.sol";
import {StakingBonuses} from "./StakingBonuses.sol";
import {StakingLedger} from "./StakingLedger.sol";
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
///      plain transfer (e.g. from a revenue distributor) tops it up. The parts live in their own files:
///      `StakingLedger` (positions, totals and their views), `StakePositionIndex` (each owner's receipt ids),
///      `StakingBonuses` (the ecosystem bonus sources and the APY they give) and `StakeReceiptVotes` (the
///      receipts' votes, unlock weight and transfer rules); this contract holds the actions and the metadata.
///      DTA's blacklist and token-wide pause reach through the receipts (`ComplianceGuard`): a receipt cannot
///      move from or to a blacklisted address or while DTA is paused, and a blacklisted owner cannot claim,
///      compound, top up or unstake. A token-wide DTA pause therefore also stops claims and exits, which this
///      contract's own pause never does.
contract DTAStaking is
    IDTAStaking,
    AccessControl,
    Pausable,
    ReentrancyGuardTransient,
    StakingBonuses,
    StakeReceiptVotes
{
    using SafeERC20 for IStakingToken;
    using SafeCast for uint256;

    /// @notice Role that may pause new stakes, top-ups and compounds (never claims or withdrawals).
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /// @notice Share of the principal burned by an early unstake, in basis points (10%).
    uint256 public constant EARLY_UNSTAKE_PENALTY_BPS = 1_000;

    /// @notice Renders the receipts' on-chain metadata (deployed by the constructor).
    StakePositionArt public immutable art;

    /// @param stakingToken The DTA token.
    /// @param admin Receives the admin role (sets bonus sources; the governance timelock).
    /// @param securityCouncil Receives the guardian role (the Security Council Safe).
    constructor(
        IStakingToken stakingToken,
        address admin,
        address securityCouncil
    ) ERC721("DTA Stake Position", "DTASP") EIP712("DTA Stake Position", "1") StakingLedger(stakingToken) {
        if (address(stakingToken) == address(0) || admin == address(0) || securityCouncil == address(0)) {
            revert ZeroAddress();
        }
        art = new StakePositionArt();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, securityCouncil);
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
        _requireCompliant(owner);
        _applyUnlockWeight(tokenId, owner);
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
    ///      Moves no DTA, so it is not stopped by a token-wide pause; a blacklisted owner is refused.
    function compound(uint256 tokenId) external nonReentrant whenNotPaused returns (uint256 compounded) {
        (compounded, ) = _resegment(tokenId, 0);
    }

    /// @inheritdoc IDTAStaking
    function stakeMore(
        uint256 tokenId,
        uint256 amount
    ) external nonReentrant whenNotPaused returns (uint256 newPrincipal) {
        return _stakeMore(tokenId, amount);
    }

    /// @inheritdoc IDTAStaking
    function stakeMoreWithPermit(
        uint256 tokenId,
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant whenNotPaused returns (uint256 newPrincipal) {
        // As in stakeWithPermit: a front-run permit is already spent; fall back to the allowance it made.
        try token.permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        return _stakeMore(tokenId, amount);
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

    /// @notice Stops new stakes, top-ups and compounds. Claims, unstakes and early unstakes keep working (a
    ///         token-wide DTA pause, by contrast, stops them too, and receipt transfers).
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resumes new stakes, top-ups and compounds.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @inheritdoc IDTAStaking
    function withdrawUnreservedRewards(
        address to,
        uint256 amount
    ) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint256 available = _poolAvailable(_totals);
        if (amount > available) revert ExceedsUnreservedPool(amount, available);
        emit UnreservedRewardsWithdrawn(to, amount);
        token.safeTransfer(to, amount);
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
        uint48 principal = amount.toUint48(); // checked once, before any narrowing below
        uint256 lockIndex = StakingTables.lockIndexOf(lockDays);
        Tier tier = StakingTables.tierOf(amount);
        Totals memory t = _totals;
        uint256 apy = _effectiveApy(msg.sender, tier, lockIndex, t.sourceMask);
        uint256 unlock = block.timestamp + lockDays * 1 days;
        uint256 available = _poolAvailable(t);
        uint48 reward = StakingTables.reward(amount, apy, lockDays * 1 days).toUint48();
        if (reward > available) revert InsufficientRewardPool(reward, available);

        tokenId = uint256(t.lastTokenId) + 1;
        t.lastTokenId = tokenId.toUint32();
        t.staked += principal;
        t.reserved += reward;
        _totals = t;
        _stakedByTier[uint8(tier)] += principal;
        _positions[tokenId] = Position({
            principal: principal,
            reserved: reward,
            claimed: 0,
            start: uint32(block.timestamp),
            unlock: unlock.toUint32(),
            apyBps: uint16(apy),
            lockBits: uint8(lockIndex), // the lock weight applies until unlock
            ownedIndex: 0 // set by _update when the receipt is minted
        });

        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Staked(msg.sender, tokenId, amount, lockDays, tier, apy, unlock, reward);
        // Every state change is written: the receiver callback can only see a finished position.
        _safeMint(msg.sender, tokenId);
    }

    /// @dev Tops up a locked position with `amount` from the caller (see `_resegment`), then pulls it in.
    function _stakeMore(uint256 tokenId, uint256 amount) private returns (uint256 newPrincipal) {
        if (amount == 0) revert ZeroAmount();
        (, newPrincipal) = _resegment(tokenId, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev Starts a new reward segment on a locked position, shared by compound (`added` = 0) and stakeMore:
    ///      the earned, unclaimed rewards and `added` join the principal and the old segment's unpaid reserve
    ///      is released. A compound keeps the unlock time; a top-up restarts the lock (unlock = now + the
    ///      position's lock period), so extra weight and APY always buy a real lock. The reward from now to
    ///      the unlock is reserved at the new principal's tier and the owner's current bonuses. The caller
    ///      pulls `added` tokens after this returns.
    function _resegment(
        uint256 tokenId,
        uint256 added
    ) private returns (uint256 compounded, uint256 newPrincipal) {
        address owner = _authorizedOwner(tokenId);
        _requireCompliant(owner); // a blacklisted owner's position takes no value in, from anyone
        Position memory p = _positions[tokenId];
        // solhint-disable-next-line gas-strict-inequalities
        if (block.timestamp >= p.unlock) revert PositionUnlocked(tokenId, p.unlock);
        compounded = _earned(p) - p.claimed;
        if (compounded == 0 && added == 0) revert NothingToCompound(tokenId);

        uint256 oldUnits = _appliedVotingUnits(p);
        uint48 oldPrincipal = p.principal;
        newPrincipal = oldPrincipal + compounded + added;
        p.principal = newPrincipal.toUint48(); // checked before any narrowing below
        if (added > 0)
            p.unlock = (block.timestamp + StakingTables.lockDays(_lockIndexOf(p)) * 1 days).toUint32();
        Tier newTier = StakingTables.tierOf(newPrincipal);
        uint256 apy = _effectiveApy(owner, newTier, _lockIndexOf(p), _totals.sourceMask);
        uint48 reward = _reserveSegment(
            p,
            compounded,
            added,
            StakingTables.reward(newPrincipal, apy, p.unlock - block.timestamp)
        );
        _stakedByTier[uint8(StakingTables.tierOf(oldPrincipal))] -= oldPrincipal;
        _stakedByTier[uint8(newTier)] += p.principal;

        p.reserved = reward;
        p.claimed = 0;
        p.start = uint32(block.timestamp);
        p.apyBps = uint16(apy);
        p.lockBits = uint8(_lockIndexOf(p)); // locked again, so the lock weight applies
        _positions[tokenId] = p;

        _addVotingUnits(owner, _appliedVotingUnits(p) - oldUnits);
        if (added == 0) emit Compounded(owner, tokenId, compounded, newPrincipal, newTier, apy, reward);
        else
            emit StakeIncreased(
                owner,
                tokenId,
                added,
                compounded,
                newPrincipal,
                newTier,
                apy,
                reward,
                p.unlock
            );
    }

    /// @dev Moves the totals to a new segment of position `p` (still holding the old segment's reserve):
    ///      releases its unpaid reserve, counts `compounded` and `added` as staked and reserves `reward`,
    ///      refused when the pool cannot cover it. `added` is not pulled in yet, so it does not count as pool.
    function _reserveSegment(
        Position memory p,
        uint256 compounded,
        uint256 added,
        uint256 rewardWide
    ) private returns (uint48 reward) {
        Totals memory t = _totals;
        t.reserved -= p.reserved - p.claimed; // the earned part becomes principal, the rest is released
        t.staked += uint96(compounded); // ≤ the old reserve, a uint48
        uint256 available = _poolAvailable(t);
        if (rewardWide > available) revert InsufficientRewardPool(rewardWide, available);
        reward = rewardWide.toUint48();
        t.reserved += reward;
        t.staked += uint96(added); // ≤ the new principal, already checked to fit 48 bits
        _totals = t;
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

    /// @inheritdoc StakingBonuses
    function _bonusSourceMask() internal view override returns (uint8) {
        return _totals.sourceMask;
    }

    /// @inheritdoc StakingBonuses
    function _setBonusSourceMask(uint8 mask) internal override {
        _totals.sourceMask = mask;
    }
}
