// SPDX-License-Identifier: MIT
// Bounds here are the SPEC's inclusive limits (quality ≥ 90, ≥ 50, 1 … 1,000 hours): keep them as written.
// solhint-disable gas-strict-inequalities
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IEcosystemBonusSource} from "../interfaces/IEcosystemBonusSource.sol";
import {IStakingToken} from "../interfaces/IStakingToken.sol";
import {ServiceFees} from "../revenue/ServiceFees.sol";
import {TwinLedger} from "./TwinLedger.sol";
import {TwinRewards} from "./TwinRewards.sol";
import {TwinSimulations} from "./TwinSimulations.sol";

/// @title Digital twin registry
/// @notice Each twin is an ERC-721 ("DTWIN") backed by a 10,000 DTA performance bond. Whoever holds the NFT
///         owns the bond, the unclaimed rewards and the open jobs. Owners record data syncs (or let one device
///         key do it) to earn from the 80M twin incentive pool (`TwinRewards`), sell simulation hours
///         (`TwinSimulations`), and can deregister: after a 7-day cooldown the bond minus slashes comes back and
///         the NFT burns. An owner of at least one active twin (not suspended, not deregistering) gets the
///         staking contract's +20% twin bonus.
/// @dev O(1) per action, no on-chain enumeration (lists come from the indexer). DTA's blacklist and pause
///      reach through the NFTs (`ComplianceGuard`): no twin moves from or to a blacklisted address or while
///      DTA is paused, and nothing is paid to a blacklisted address.
contract TwinRegistry is TwinRewards, TwinSimulations, IEcosystemBonusSource {
    using SafeERC20 for IStakingToken;

    /// @notice How long a deregistering twin waits before its bond can be withdrawn.
    uint256 public constant DEREGISTER_COOLDOWN = 7 days;
    /// @notice Longest category label, in bytes.
    uint256 public constant MAX_CATEGORY_LENGTH = 32;
    /// @notice Longest twin type name, in bytes.
    uint256 public constant MAX_TYPE_NAME_LENGTH = 32;
    /// @notice Longest metadata URI, in bytes.
    uint256 public constant MAX_METADATA_URI_LENGTH = 256;

    /// @notice How many twin types exist (ids 0 … count − 1).
    uint16 public twinTypeCount;

    mapping(uint16 typeId => string) private _typeNames;
    mapping(uint256 twinId => string) private _categories;
    mapping(uint256 twinId => string) private _metadataURIs;

    /// @param dta The DTA token.
    /// @param fees The shared service fees (burn rate and split).
    /// @param revenue The revenue distributor (platform share of simulation payments).
    /// @param admin Receives the admin role (the governance timelock): adds types, sets rate bounds, grants
    ///        the quality oracle role.
    /// @param qualityOracle Receives the quality oracle role at deployment (a dev account locally), or address
    ///        zero to leave it to the timelock.
    constructor(
        IStakingToken dta,
        ServiceFees fees,
        address revenue,
        address admin,
        address qualityOracle
    ) ERC721("DTA Digital Twin", "DTWIN") TwinLedger(dta) TwinSimulations(fees, revenue) {
        if (address(dta) == address(0) || admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (qualityOracle != address(0)) _grantRole(QUALITY_ORACLE_ROLE, qualityOracle);
        _addType("Manufacturing");
        _addType("Energy");
        _addType("Healthcare");
        _addType("Smart City");
        _addType("Logistics");
        _addType("Agriculture");
        _addType("Other");
    }

    // ─── registration ───────────────────────────────────────────────────────────────────────────────────

    /// @notice Registers a twin, locking exactly `BOND` (approved beforehand). Needs a balance ≥ the bond.
    /// @param typeId A twin type id.
    /// @param category Category label, 1 … 32 bytes.
    /// @param metadataURI Metadata URI, 1 … 256 bytes.
    /// @return twinId The new twin's id.
    function register(
        uint16 typeId,
        string calldata category,
        string calldata metadataURI
    ) external nonReentrant returns (uint256 twinId) {
        return _register(typeId, category, metadataURI);
    }

    /// @notice `register` with an EIP-2612 permit for exactly `BOND`, in one transaction.
    function registerWithPermit(
        uint16 typeId,
        string calldata category,
        string calldata metadataURI,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 twinId) {
        // A permit front-run from the mempool is already spent: fall back to the allowance it created.
        try token.permit(msg.sender, address(this), BOND, deadline, v, r, s) {} catch {}
        return _register(typeId, category, metadataURI);
    }

    /// @notice Replaces the twin's metadata URI. Owner only.
    /// @param twinId The twin.
    /// @param metadataURI 1 … 256 bytes.
    function updateMetadata(uint256 twinId, string calldata metadataURI) external {
        _requireTwinOwner(twinId);
        _checkLength(metadataURI, MAX_METADATA_URI_LENGTH, InvalidMetadataURI.selector);
        _metadataURIs[twinId] = metadataURI;
        emit MetadataUpdated(twinId, metadataURI);
    }

    /// @notice Authorises `deviceKey` to record syncs for the twin (replacing any previous key). Owner only.
    /// @param twinId The twin.
    /// @param deviceKey The device's address (non-zero).
    function setDeviceKey(uint256 twinId, address deviceKey) external {
        _requireTwinOwner(twinId);
        if (deviceKey == address(0)) revert ZeroAddress();
        _twins[twinId].deviceKey = deviceKey;
        emit DeviceKeyUpdated(twinId, deviceKey);
    }

    /// @notice Revokes the twin's device key. Owner only.
    /// @param twinId The twin.
    function revokeDeviceKey(uint256 twinId) external {
        _requireTwinOwner(twinId);
        _twins[twinId].deviceKey = address(0);
        emit DeviceKeyUpdated(twinId, address(0));
    }

    /// @notice Adds a twin type. Governance only.
    /// @param name 1 … 32 bytes.
    /// @return typeId The new type's id.
    function addTwinType(string calldata name) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint16 typeId) {
        return _addType(name);
    }

    // ─── deregistration ─────────────────────────────────────────────────────────────────────────────────

    /// @notice Starts the 7-day cooldown: from now the twin earns nothing and takes no new jobs; open jobs can
    ///         still be completed, declined or reclaimed (their deadlines end by the cooldown's end). Owner only.
    /// @param twinId The twin.
    function deregister(uint256 twinId) external nonReentrant {
        address owner = _requireTwinOwner(twinId);
        Twin storage t = _twins[twinId];
        if (t.cooldownEnds != 0) revert TwinIsDeregistering(twinId, t.cooldownEnds);
        bool countedBefore = _counts(t);
        _settle(t);
        t.cooldownEnds = uint40(block.timestamp + DEREGISTER_COOLDOWN);
        _recount(owner, countedBefore, false);
        _reserveWindow(twinId, t, 0);
        emit DeregistrationStarted(twinId, t.cooldownEnds);
        emit RewardWindowUpdated(twinId, t.windowEnd, 0, 0);
    }

    /// @notice After the cooldown, pays the bond (minus slashes) and the unclaimed rewards to the owner and
    ///         burns the twin. Owner only.
    /// @param twinId The twin.
    function withdrawBond(uint256 twinId) external nonReentrant {
        address owner = _requireTwinOwner(twinId);
        Twin storage t = _twins[twinId];
        if (t.cooldownEnds == 0) revert TwinNotDeregistering(twinId);
        if (block.timestamp < t.cooldownEnds) revert CooldownNotOver(twinId, t.cooldownEnds);
        uint256 bond = t.bond;
        uint256 rewards = t.unclaimed;
        totalBonded -= bond;
        totalRewardsOwed -= rewards;
        _burn(twinId);
        delete _twins[twinId];
        delete _categories[twinId];
        delete _metadataURIs[twinId];
        emit BondWithdrawn(twinId, owner, bond, rewards);
        _pay(owner, bond + rewards);
    }

    // ─── views ──────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEcosystemBonusSource
    /// @dev O(1): a per-owner count kept on every transfer, suspension and deregistration.
    function hasStakingBonus(address account) external view returns (bool eligible) {
        return _activeTwins[account] > 0;
    }

    /// @notice The name of a twin type.
    /// @param typeId The type id.
    function twinTypeName(uint16 typeId) external view returns (string memory) {
        if (typeId >= twinTypeCount) revert UnknownTwinType(typeId);
        return _typeNames[typeId];
    }

    /// @notice The twin's category label.
    /// @param twinId The twin.
    function categoryOf(uint256 twinId) external view returns (string memory) {
        _requireOwned(twinId);
        return _categories[twinId];
    }

    /// @notice The twin's metadata URI.
    /// @param twinId The twin.
    function tokenURI(uint256 twinId) public view override returns (string memory) {
        _requireOwned(twinId);
        return _metadataURIs[twinId];
    }

    /// @inheritdoc TwinLedger
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IEcosystemBonusSource).interfaceId || super.supportsInterface(interfaceId);
    }

    // ─── internals ──────────────────────────────────────────────────────────────────────────────────────

    function _register(
        uint16 typeId,
        string calldata category,
        string calldata metadataURI
    ) private returns (uint256 twinId) {
        uint256 balance = token.balanceOf(msg.sender);
        if (balance < BOND) revert InsufficientBalanceForBond(balance, BOND);
        if (typeId >= twinTypeCount) revert UnknownTwinType(typeId);
        _checkLength(category, MAX_CATEGORY_LENGTH, InvalidCategory.selector);
        _checkLength(metadataURI, MAX_METADATA_URI_LENGTH, InvalidMetadataURI.selector);
        twinId = ++_lastTwinId;
        Twin storage t = _twins[twinId];
        t.bond = uint96(BOND);
        t.typeId = typeId;
        t.quality = 100;
        t.ratePerHour = uint96(DEFAULT_RATE_PER_HOUR);
        _categories[twinId] = category;
        _metadataURIs[twinId] = metadataURI;
        totalBonded += BOND;
        _mint(msg.sender, twinId);
        emit TwinRegistered(twinId, msg.sender, typeId, category, metadataURI, BOND);
        token.safeTransferFrom(msg.sender, address(this), BOND);
    }

    function _addType(string memory name) private returns (uint16 typeId) {
        _checkLength(name, MAX_TYPE_NAME_LENGTH, InvalidTwinTypeName.selector);
        typeId = twinTypeCount;
        ++twinTypeCount;
        _typeNames[typeId] = name;
        emit TwinTypeAdded(typeId, name);
    }

    /// @dev Reverts with `selector(length, maxLength)` unless 1 ≤ length ≤ maxLength.
    function _checkLength(string memory value, uint256 maxLength, bytes4 selector) private pure {
        uint256 length = bytes(value).length;
        if (length == 0 || length > maxLength) {
            // solhint-disable-next-line no-inline-assembly
            assembly ("memory-safe") {
                mstore(0x00, selector)
                mstore(0x04, length)
                mstore(0x24, maxLength)
                revert(0x00, 0x44)
            }
        }
    }

    /// @dev Every mint, transfer and burn: compliance, the owners' active-twin counts and the device key.
    function _update(address to, uint256 twinId, address auth) internal override returns (address from) {
        from = _ownerOf(twinId);
        _requireCompliantMove(from, to);
        Twin storage t = _twins[twinId];
        if (_counts(t)) {
            _recount(from, true, false);
            _recount(to, false, true);
        }
        // A new owner starts without the previous owner's device.
        if (from != address(0) && to != address(0) && t.deviceKey != address(0)) {
            t.deviceKey = address(0);
            emit DeviceKeyUpdated(twinId, address(0));
        }
        return super._update(to, twinId, auth);
    }
}
