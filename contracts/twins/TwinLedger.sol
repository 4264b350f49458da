// SPDX-License-Identifier: MIT
// Bounds here are the SPEC's inclusive limits (quality ≥ 90, ≥ 50, 1 … 1,000 hours): keep them as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ComplianceGuard} from "../compliance/ComplianceGuard.sol";
import {ICompliantToken} from "../interfaces/ICompliantToken.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {ITwinRegistry} from "../interfaces/ITwinRegistry.sol";

/// @title The twin registry's ledger: twins, jobs, the totals owed and the views over them
/// @notice Holds every twin and job and the three totals the registry owes (bonds, rewards, escrowed job
///         payments). The twin incentive pool is simply the DTA balance not owed to anyone, so the registry
///         is solvent by construction: `balance == totalBonded + totalRewardsOwed + totalEscrowed + poolAvailable`.
/// @dev The actions live in `TwinRewards`, `TwinSimulations` and `TwinRegistry`, which inherit this.
abstract contract TwinLedger is
    ITwinRegistry,
    ERC721,
    AccessControl,
    ReentrancyGuardTransient,
    ComplianceGuard
{
    using SafeERC20 for IStakingToken;

    /// @notice The performance bond every twin locks: exactly 10,000 DTA (4 decimals).
    uint256 public constant BOND = 10_000 * 10 ** 4;

    /// @notice The DTA token (bonds, rewards and job payments).
    IStakingToken public immutable token;

    /// @notice Σ bonds held for twins (after slashes).
    uint256 public totalBonded;
    /// @notice Σ rewards owed to twins: reserved for open windows plus settled and unclaimed.
    uint256 public totalRewardsOwed;
    /// @notice Σ payments escrowed with open simulation jobs.
    uint256 public totalEscrowed;

    /// @dev Id of the last twin minted (ids start at 1).
    uint256 internal _lastTwinId;
    /// @dev Id of the last simulation job (ids start at 1).
    uint256 internal _lastJobId;

    mapping(uint256 twinId => Twin) internal _twins;
    mapping(uint256 jobId => Job) internal _jobs;
    /// @dev Per owner, how many of its twins are active (not suspended, not deregistering): the staking bonus.
    mapping(address owner => uint256) internal _activeTwins;

    /// @param dta The DTA token (the inheriting constructor checks it is not address zero).
    constructor(IStakingToken dta) {
        token = dta;
    }

    /// @notice Everything stored about a twin (reverts for a twin that does not exist).
    /// @param twinId The twin.
    function twinOf(uint256 twinId) external view returns (Twin memory) {
        _requireOwned(twinId);
        return _twins[twinId];
    }

    /// @notice A simulation job (reverts for an unknown id).
    /// @param jobId The job.
    function jobOf(uint256 jobId) external view returns (Job memory) {
        return _job(jobId);
    }

    /// @notice Whether the twin takes jobs and earns: it exists, is not suspended and is not deregistering.
    /// @param twinId The twin.
    function isActive(uint256 twinId) public view returns (bool) {
        if (_ownerOf(twinId) == address(0)) return false;
        return _counts(_twins[twinId]);
    }

    /// @notice How many active twins `owner` has (what the staking bonus reads).
    /// @param owner The account.
    function activeTwinCount(address owner) external view returns (uint256) {
        return _activeTwins[owner];
    }

    /// @notice The twin pool not reserved for anyone: what new reward windows can draw on.
    function poolAvailable() public view returns (uint256) {
        return token.balanceOf(address(this)) - totalBonded - totalRewardsOwed - totalEscrowed;
    }

    /// @notice How many twins were ever registered (the last id; burned twins keep their id).
    function twinCount() external view returns (uint256) {
        return _lastTwinId;
    }

    /// @notice How many simulation jobs were ever bought (the last id).
    function jobCount() external view returns (uint256) {
        return _lastJobId;
    }

    /// @inheritdoc ERC721
    function supportsInterface(
        bytes4 interfaceId
    ) public view virtual override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    /// @dev Whether a twin counts as active (for the staking bonus and for taking jobs).
    function _counts(Twin storage t) internal view returns (bool) {
        return t.quality >= _suspendBelow() && t.cooldownEnds == 0;
    }

    /// @dev The quality under which a twin is suspended (`TwinRewards.SUSPEND_BELOW`).
    function _suspendBelow() internal pure virtual returns (uint8);

    /// @dev Reverts unless `msg.sender` owns `twinId`; returns the owner.
    function _requireTwinOwner(uint256 twinId) internal view returns (address owner) {
        owner = _requireOwned(twinId);
        if (owner != msg.sender) revert NotTwinOwner(twinId, msg.sender);
    }

    /// @dev Reverts unless the twin is active; the error says why not.
    function _requireActive(uint256 twinId) internal view {
        Twin storage t = _twins[twinId];
        if (t.cooldownEnds != 0) revert TwinIsDeregistering(twinId, t.cooldownEnds);
        if (t.quality < _suspendBelow()) revert TwinIsSuspended(twinId);
    }

    /// @dev The job, reverting for an unknown id.
    function _job(uint256 jobId) internal view returns (Job storage j) {
        j = _jobs[jobId];
        if (j.status == JobStatus.None) revert UnknownJob(jobId);
    }

    /// @dev Pays `amount` of the DTA held here to `to`: refused while DTA is paused or to a blacklisted address.
    function _pay(address to, uint256 amount) internal {
        _requireTokenNotPaused();
        _requireCompliant(to);
        if (amount > 0) token.safeTransfer(to, amount);
    }

    /// @dev Moves the owner's active-twin count when a twin starts or stops counting for the staking bonus.
    function _recount(address owner, bool countedBefore, bool countsNow) internal {
        if (countedBefore == countsNow || owner == address(0)) return;
        if (countsNow) ++_activeTwins[owner];
        else --_activeTwins[owner];
    }

    /// @inheritdoc ComplianceGuard
    function _compliantToken() internal view override returns (ICompliantToken) {
        return token;
    }
}
