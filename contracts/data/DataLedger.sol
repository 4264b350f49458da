// SPDX-License-Identifier: MIT
// Bounds here are the SPEC's inclusive limits (score ≥ 95, ≥ 80, ≥ 50; average ≥ 80): keep them as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ComplianceGuard} from "../compliance/ComplianceGuard.sol";
import {ICompliantToken} from "../interfaces/ICompliantToken.sol";
import {IDataContributions} from "../interfaces/IDataContributions.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {ServiceFees} from "../revenue/ServiceFees.sol";

/// @title The data-rewards ledger: contributions, score windows, rewards owed and the views over them
/// @notice Holds every contribution and the one total the contract owes: rewards reserved at scoring and not yet
///         claimed. The 40M data contribution pool is simply the DTA balance not owed, so the contract is solvent
///         by construction: `balance == totalRewardOwed + poolAvailable`. Premium payments never rest here: they
///         are burned and paid out in the transaction that brings them in.
/// @dev The actions live in `DataAccess` and `DataContributions`, which inherit this.
abstract contract DataLedger is IDataContributions, AccessControl, ReentrancyGuardTransient, ComplianceGuard {
    using SafeERC20 for IStakingToken;

    /// @notice Scores contributions (granted by the timelock; a dev account locally).
    bytes32 public constant VALIDATOR_ROLE = keccak256("VALIDATOR_ROLE");
    /// @notice Highest score.
    uint8 public constant MAX_SCORE = 100;
    /// @notice Scores in the window the staking bonus averages.
    uint8 public constant BONUS_WINDOW = 5;
    /// @notice Lowest average of the window that earns the staking bonus.
    uint256 public constant BONUS_MIN_AVERAGE = 80;
    /// @notice The default base reward: 10 DTA.
    uint256 public constant DEFAULT_BASE_REWARD = 10 * 10 ** 4;
    /// @notice The highest base reward governance may set: 1,000 DTA.
    uint256 public constant MAX_BASE_REWARD = 1_000 * 10 ** 4;

    /// @notice The DTA token (rewards and premiums).
    IStakingToken public immutable token;
    /// @notice The governance-set service burn rate and payment split (shared with twins and the marketplace).
    ServiceFees public immutable serviceFees;
    /// @notice Receives the platform share of premiums (distributes whatever DTA it holds).
    address public immutable revenueDistributor;

    /// @notice The reward of a contribution scored at 1× (governance-set).
    uint256 public baseReward = DEFAULT_BASE_REWARD;
    /// @notice Σ rewards reserved and not yet claimed.
    uint256 public totalRewardOwed;
    /// @notice How many data categories exist (ids 0 … count − 1).
    uint16 public categoryCount;

    /// @dev Id of the last contribution (ids start at 1).
    uint256 internal _lastContributionId;

    mapping(uint256 contributionId => Contribution) internal _contributions;
    mapping(uint256 contributionId => bytes32) internal _hashes;
    mapping(bytes32 dataHash => uint256 contributionId) internal _idOfHash;
    mapping(uint16 categoryId => string) internal _categoryNames;
    mapping(address contributor => uint256) internal _rewardOwed;
    mapping(address contributor => ScoreWindow) internal _windows;
    /// @dev Per restricted contribution and buyer: approved by the contributor, and premium paid.
    mapping(uint256 contributionId => mapping(address buyer => bool)) internal _granted;
    mapping(uint256 contributionId => mapping(address buyer => bool)) internal _paid;

    /// @param dta The DTA token.
    /// @param fees The shared service fees contract.
    /// @param revenue The revenue distributor.
    constructor(IStakingToken dta, ServiceFees fees, address revenue) {
        if (address(dta) == address(0) || address(fees) == address(0) || revenue == address(0)) {
            revert ZeroAddress();
        }
        token = dta;
        serviceFees = fees;
        revenueDistributor = revenue;
    }

    /// @notice Everything stored about a contribution (reverts for an unknown id).
    /// @param contributionId The contribution.
    function contributionOf(uint256 contributionId) external view returns (Contribution memory) {
        return _contribution(contributionId);
    }

    /// @notice The data hash of a contribution.
    /// @param contributionId The contribution.
    function dataHashOf(uint256 contributionId) external view returns (bytes32) {
        _contribution(contributionId);
        return _hashes[contributionId];
    }

    /// @notice The contribution that submitted `dataHash` (0: none).
    /// @param dataHash The data hash.
    function contributionIdOf(bytes32 dataHash) external view returns (uint256) {
        return _idOfHash[dataHash];
    }

    /// @notice The name of a data category.
    /// @param categoryId The category id.
    function categoryName(uint16 categoryId) external view returns (string memory) {
        if (categoryId >= categoryCount) revert UnknownDataCategory(categoryId);
        return _categoryNames[categoryId];
    }

    /// @notice The rewards reserved for `contributor` and not yet claimed.
    /// @param contributor The account.
    function rewardOwedTo(address contributor) external view returns (uint256) {
        return _rewardOwed[contributor];
    }

    /// @notice `contributor`'s last five scores (the staking bonus window).
    /// @param contributor The account.
    function scoreWindowOf(address contributor) external view returns (ScoreWindow memory) {
        return _windows[contributor];
    }

    /// @notice Whether `buyer` is approved for the contribution, and whether it paid the premium.
    /// @param contributionId The contribution.
    /// @param buyer The account.
    function accessOf(uint256 contributionId, address buyer) external view returns (bool granted, bool paid) {
        return (_granted[contributionId][buyer], _paid[contributionId][buyer]);
    }

    /// @notice The data pool not reserved for anyone: what new rewards can draw on.
    function poolAvailable() public view returns (uint256) {
        return token.balanceOf(address(this)) - totalRewardOwed;
    }

    /// @notice How many contributions were ever submitted (the last id).
    function contributionCount() external view returns (uint256) {
        return _lastContributionId;
    }

    /// @notice The multiplier of a score in basis points: < 50: 0×, 50–79: 1×, 80–94: 1.5×, ≥ 95: 2×.
    /// @param score 0 … 100.
    function multiplierBps(uint256 score) public pure returns (uint256) {
        if (score >= 95) return 20_000;
        if (score >= 80) return 15_000;
        if (score >= 50) return 10_000;
        return 0;
    }

    /// @notice The reward a contribution scored `score` would be given now (before the pool's limit).
    /// @param score 0 … 100.
    function rewardFor(uint256 score) public view returns (uint256) {
        return (baseReward * multiplierBps(score)) / 10_000;
    }

    /// @dev The contribution, reverting for an unknown id.
    function _contribution(uint256 contributionId) internal view returns (Contribution storage c) {
        c = _contributions[contributionId];
        if (c.contributor == address(0)) revert UnknownContribution(contributionId);
    }

    /// @dev The contribution, reverting unless `msg.sender` is its contributor.
    function _ownContribution(uint256 contributionId) internal view returns (Contribution storage c) {
        c = _contribution(contributionId);
        if (c.contributor != msg.sender) revert NotContributor(contributionId, msg.sender);
    }

    /// @dev Pays `amount` of the DTA held here to `to`: refused while DTA is paused or to a blacklisted address.
    function _pay(address to, uint256 amount) internal {
        _requireTokenNotPaused();
        _requireCompliant(to);
        if (amount > 0) token.safeTransfer(to, amount);
    }

    /// @inheritdoc ComplianceGuard
    function _compliantToken() internal view override returns (ICompliantToken) {
        return token;
    }
}
