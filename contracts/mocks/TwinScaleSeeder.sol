// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @notice The part of TwinRegistry the seeder calls.
interface ITwinRegistryLike {
    function register(
        uint16 typeId,
        string calldata category,
        string calldata metadataURI
    ) external returns (uint256);
    function setSimulationRate(uint256 twinId, uint256 ratePerHour) external;
    function setQuality(uint256 twinId, uint256 score, bytes32 reasonHash) external;
    function buySimulation(uint256 twinId, uint256 hoursBought, uint256 maxRate) external returns (uint256);
    function completeJob(uint256 jobId, bytes32 resultHash) external;
    function deregister(uint256 twinId) external;
    function transferFrom(address from, address to, uint256 twinId) external;
}

/// @title Local-chain helper for the twin list benchmark (scripts/bench/lists.ts)
/// @notice Registers many twins in one transaction with varied types, categories, rates, quality, jobs and
///         owners, so the benchmark lists 10,000 genuine TwinRegistry rows without 10,000 transactions. Every
///         event is emitted by the registry itself; this contract is only the caller (it bonds from its own DTA
///         and, for the quality scores, holds the oracle role the bench grants it). Never deployed by Ignition.
contract TwinScaleSeeder {
    using SafeERC20 for IERC20;

    uint256 private constant _BOND = 10_000 * 10 ** 4;
    uint256 private constant _CATEGORIES = 40;

    /// @notice Registers `count` twins numbered from `first` (the number picks type, category and extras):
    ///         every 3rd gets its own rate, every 4th a completed job, every 5th a quality score (some below 50,
    ///         so suspended), every 97th starts deregistering and every 10th goes to one of `owners`.
    function registerMany(
        ITwinRegistryLike registry,
        IERC20 token,
        uint256 first,
        uint256 count,
        address[] calldata owners
    ) external {
        token.forceApprove(address(registry), count * (_BOND + 100 * 10 ** 4));
        for (uint256 n = first; n < first + count; ++n) {
            uint256 id = registry.register(
                uint16(n % 7),
                string.concat("Category ", _digits(n % _CATEGORIES)),
                string.concat("ipfs://scale-twin-", _digits(n))
            );
            if (n % 3 == 0) registry.setSimulationRate(id, 100 + ((n * 7_919) % 99_900));
            if (n % 4 == 0) {
                uint256 jobId = registry.buySimulation(id, 1 + (n % 5), type(uint256).max);
                registry.completeJob(jobId, keccak256(abi.encode(n)));
            }
            if (n % 5 == 0) registry.setQuality(id, (n * 37) % 101, keccak256(abi.encode(n)));
            if (n % 97 == 0) registry.deregister(id);
            if (n % 10 == 0 && owners.length > 0) {
                registry.transferFrom(address(this), owners[(n / 10) % owners.length], id);
            }
        }
    }

    function _digits(uint256 value) private pure returns (string memory text) {
        if (value == 0) return "0";
        uint256 length;
        for (uint256 v = value; v != 0; v /= 10) ++length;
        bytes memory out = new bytes(length);
        for (uint256 v = value; v != 0; v /= 10) out[--length] = bytes1(uint8(48 + (v % 10)));
        return string(out);
    }
}
