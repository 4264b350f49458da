// SPDX-License-Identifier: MIT
// Bounds here are the SPEC's inclusive limits (score 0 … 100, average ≥ 80): keep them as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {IEcosystemBonusSource} from "../interfaces/IEcosystemBonusSource.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {ServiceFees} from "../revenue/ServiceFees.sol";
import {DataAccess} from "./DataAccess.sol";
import {DataLedger} from "./DataLedger.sol";

/// @title Data contributions and the 40M data contribution rewards pool
/// @notice A contributor submits a data hash with a category and a licence (open, or restricted with a premium
///         price; `DataAccess`); a hash is accepted once. A validator scores each contribution once, 0 … 100, and
///         its reward — the governance-set base reward (10 DTA by default) × the score's multiplier (< 50: 0×,
///         50–79: 1×, 80–94: 1.5×, ≥ 95: 2×) — is reserved from the pool there and then, claimable by the
///         contributor. A pool that cannot cover a reward gives what is left and says so (`DataPoolShort`); an
///         empty one still scores. A contributor whose last 5 scored contributions average ≥ 80 gets the staking
///         contract's +15% data-quality bonus.
/// @dev O(1) per action, no on-chain enumeration (lists come from the indexer). DTA's blacklist and pause reach
///      through it (`ComplianceGuard`): a blacklisted address cannot submit, buy, be approved or be paid, and no
///      value moves while DTA is paused.
contract DataContributions is DataAccess, IEcosystemBonusSource {
    /// @notice Longest category name, in bytes.
    uint256 public constant MAX_CATEGORY_LENGTH = 32;

    /// @param dta The DTA token.
    /// @param fees The shared service fees (burn rate and split).
    /// @param revenue The revenue distributor (platform share of premiums).
    /// @param admin Receives the admin role (the governance timelock): sets the base reward, adds categories,
    ///        grants the validator role and may release the unreserved pool.
    /// @param validator Receives the validator role at deployment (a dev account locally), or address zero to
    ///        leave it to the timelock.
    constructor(
        IStakingToken dta,
        ServiceFees fees,
        address revenue,
        address admin,
        address validator
    ) DataLedger(dta, fees, revenue) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (validator != address(0)) _grantRole(VALIDATOR_ROLE, validator);
        _addCategory("Industrial sensors");
        _addCategory("Energy");
        _addCategory("Mobility");
        _addCategory("Environment");
        _addCategory("Health");
        _addCategory("Smart home");
        _addCategory("Other");
    }

    /// @notice Submits a data hash. The data stays off-chain; only its hash, category and licence are public.
    /// @param dataHash The data's hash (non-zero, never submitted before).
    /// @param categoryId A data category id.
    /// @param licence Open (premium 0) or restricted (premium 1 … `MAX_PREMIUM_PRICE`).
    /// @param premiumPrice What an approved buyer pays for a restricted contribution.
    /// @return contributionId The new contribution's id.
    function submit(
        bytes32 dataHash,
        uint16 categoryId,
        Licence licence,
        uint256 premiumPrice
    ) external returns (uint256 contributionId) {
        if (dataHash == bytes32(0)) revert EmptyDataHash();
        uint256 existing = _idOfHash[dataHash];
        if (existing != 0) revert DuplicateDataHash(dataHash, existing);
        if (categoryId >= categoryCount) revert UnknownDataCategory(categoryId);
        _checkPremium(licence, premiumPrice);
        _requireCompliant(msg.sender);
        contributionId = ++_lastContributionId;
        _contributions[contributionId] = Contribution({
            contributor: msg.sender,
            categoryId: categoryId,
            licence: licence,
            scored: false,
            score: 0,
            submittedAt: uint40(block.timestamp),
            premiumPrice: uint64(premiumPrice),
            reward: 0
        });
        _hashes[contributionId] = dataHash;
        _idOfHash[dataHash] = contributionId;
        emit ContributionSubmitted(contributionId, msg.sender, categoryId, dataHash, licence, premiumPrice);
    }

    /// @notice Scores a contribution, once, and reserves its reward from the pool. Validator only; not one's own.
    /// @param contributionId The contribution.
    /// @param quality The score, 0 … 100.
    function score(uint256 contributionId, uint8 quality) external onlyRole(VALIDATOR_ROLE) {
        Contribution storage c = _contribution(contributionId);
        if (c.scored) revert AlreadyScored(contributionId);
        if (quality > MAX_SCORE) revert InvalidScore(quality);
        address contributor = c.contributor;
        if (contributor == msg.sender) revert ValidatorIsContributor(contributionId, msg.sender);
        uint256 multiplier = multiplierBps(quality);
        uint256 reward = _reserveReward(contributionId, contributor, (baseReward * multiplier) / 10_000);
        c.scored = true;
        c.score = quality;
        c.reward = uint64(reward);
        _recordScore(_windows[contributor], quality);
        emit ContributionScored(contributionId, contributor, msg.sender, quality, multiplier, reward);
    }

    /// @notice Pays the caller's reserved rewards.
    /// @return amount The rewards paid.
    function claimRewards() external nonReentrant returns (uint256 amount) {
        amount = _rewardOwed[msg.sender];
        if (amount == 0) revert NoDataReward(msg.sender);
        _rewardOwed[msg.sender] = 0;
        totalRewardOwed -= amount;
        emit DataRewardClaimed(msg.sender, amount);
        _pay(msg.sender, amount);
    }

    /// @notice Sets the base reward (the reward at 1×). Governance only; rewards already reserved stay.
    /// @param reward 1 … `MAX_BASE_REWARD` base units.
    function setBaseReward(uint256 reward) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (reward == 0 || reward > MAX_BASE_REWARD) revert InvalidBaseReward(reward, MAX_BASE_REWARD);
        emit BaseRewardUpdated(baseReward, reward);
        baseReward = reward;
    }

    /// @notice Adds a data category. Governance only.
    /// @param name 1 … 32 bytes.
    /// @return categoryId The new category's id.
    function addCategory(string calldata name) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint16) {
        return _addCategory(name);
    }

    /// @notice Moves unreserved DTA out of the data pool (to migrate or rebalance pools). Governance only;
    ///         rewards already reserved stay.
    /// @param to The recipient.
    /// @param amount At most `poolAvailable()`.
    function releaseDataPool(address to, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 available = poolAvailable();
        if (amount > available) revert ExceedsUnreservedDataPool(amount, available);
        emit DataPoolReleased(to, amount);
        _pay(to, amount);
    }

    /// @inheritdoc IEcosystemBonusSource
    /// @dev O(1): the last five scores are kept as a ring with their sum.
    function hasStakingBonus(address account) external view returns (bool eligible) {
        ScoreWindow storage w = _windows[account];
        return w.count == BONUS_WINDOW && uint256(w.sum) >= BONUS_MIN_AVERAGE * BONUS_WINDOW;
    }

    /// @notice ERC-165: AccessControl's interfaces and `IEcosystemBonusSource`.
    /// @param interfaceId The interface id.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IEcosystemBonusSource).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @dev Reserves `needed` for the contributor from the pool, or what the pool still holds.
    function _reserveReward(
        uint256 contributionId,
        address contributor,
        uint256 needed
    ) private returns (uint256 reward) {
        if (needed == 0) return 0;
        uint256 available = poolAvailable();
        reward = needed < available ? needed : available;
        if (reward < needed) emit DataPoolShort(contributionId, needed, reward);
        if (reward == 0) return 0;
        totalRewardOwed += reward;
        _rewardOwed[contributor] += reward;
    }

    /// @dev Puts `value` in the window, replacing the oldest of five.
    function _recordScore(ScoreWindow storage w, uint8 value) private {
        uint8 slot = w.next;
        if (w.count < BONUS_WINDOW) ++w.count;
        else w.sum -= w.scores[slot];
        w.scores[slot] = value;
        w.sum += value;
        w.next = (slot + 1) % BONUS_WINDOW;
    }

    function _addCategory(string memory name) private returns (uint16 categoryId) {
        uint256 length = bytes(name).length;
        if (length == 0 || length > MAX_CATEGORY_LENGTH) {
            revert InvalidDataCategoryName(length, MAX_CATEGORY_LENGTH);
        }
        categoryId = categoryCount;
        ++categoryCount;
        _categoryNames[categoryId] = name;
        emit DataCategoryAdded(categoryId, name);
    }
}
