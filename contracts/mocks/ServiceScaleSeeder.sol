// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @notice The part of AIMarketplace the seeder calls.
interface IAIMarketplaceLike {
    function listService(
        string calldata name,
        uint16 categoryId,
        string calldata metadataURI,
        uint256 pricePerQuery
    ) external returns (uint256);
    function payForQueries(
        uint256 serviceId,
        uint256 queries,
        uint256 maxPricePerQuery
    ) external returns (uint256);
    function rate(uint256 serviceId, uint8 rating) external;
    function listingFee() external view returns (uint256);
}

/// @title Local-chain helper for the service list benchmark (scripts/bench/lists.ts)
/// @notice Lists many services in one transaction (paying the listing fee for each) with varied names,
///         categories and prices; a second instance pays for and rates some of them, so usage and ratings vary.
///         Every event is emitted by AIMarketplace itself; this contract is only the caller. Never deployed by
///         Ignition.
contract ServiceScaleSeeder {
    using SafeERC20 for IERC20;

    /// @notice Lists `count` services numbered from `first` in `categories` categories (the number picks the
    ///         name, category and price), paying the marketplace's listing fee for each.
    function listMany(
        IAIMarketplaceLike market,
        IERC20 token,
        uint256 first,
        uint256 count,
        uint16 categories
    ) external {
        token.forceApprove(address(market), count * market.listingFee());
        for (uint256 n = first; n < first + count; ++n) {
            market.listService(
                string.concat(_word(n), " ", _word(n / 11 + 3), " model ", _digits(n)),
                uint16(n % categories),
                string.concat("ipfs://scale-service-", _digits(n)),
                100 + ((n * 7_919) % 99_900)
            );
        }
    }

    /// @notice Pays for 1–3 queries on every `step`-th service from `firstId` (`count` services in all) and
    ///         rates it 1–5.
    function payAndRateMany(
        IAIMarketplaceLike market,
        IERC20 token,
        uint256 firstId,
        uint256 count,
        uint256 step
    ) external {
        token.forceApprove(address(market), type(uint256).max);
        for (uint256 id = firstId; id < firstId + count; id += step) {
            market.payForQueries(id, 1 + (id % 3), type(uint256).max);
            market.rate(id, uint8(1 + ((id * 7) % 5)));
        }
    }

    function _word(uint256 n) private pure returns (string memory) {
        string[11] memory words = [
            "Vision",
            "Forecast",
            "Anomaly",
            "Language",
            "Route",
            "Energy",
            "Sensor",
            "Health",
            "Retail",
            "Fraud",
            "Speech"
        ];
        return words[n % 11];
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
