// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {FloorSqrt} from "../../contracts/utils/FloorSqrt.sol";

/// @notice `FloorSqrt.sqrt` is OpenZeppelin's `Math.sqrt` (the value the governance issue names), at lower gas.
contract FloorSqrtTest {
    /// @notice The same value as `Math.sqrt` for any uint256, and exactly ⌊√x⌋.
    function testFuzz_sameAsOpenZeppelin(uint256 x) public pure {
        uint256 r = FloorSqrt.sqrt(x);
        require(r == Math.sqrt(x), "differs from Math.sqrt");
        require(r * r <= x, "above the root");
        if (r < type(uint128).max) require((r + 1) * (r + 1) > x, "below the floor");
    }

    /// @notice Monotonic: more stake never weighs less.
    function testFuzz_monotonic(uint256 a, uint256 b) public pure {
        if (a > b) (a, b) = (b, a);
        require(FloorSqrt.sqrt(a) <= FloorSqrt.sqrt(b), "monotonic");
    }

    /// @notice The edges where rounding goes wrong first: k² − 1, k², k² + 1 for fuzzed k, any size.
    function testFuzz_aroundSquares(uint128 k) public pure {
        uint256 square = uint256(k) * k;
        require(FloorSqrt.sqrt(square) == k, "k squared");
        if (k > 0) require(FloorSqrt.sqrt(square - 1) == k - 1, "k squared minus 1");
        require(FloorSqrt.sqrt(square + 1) == k || k == 0, "k squared plus 1");
    }

    /// @notice Every x below 2^12, each power of two and its neighbours, and the top of the range.
    function test_smallValuesPowersOfTwoAndMax() public pure {
        for (uint256 x = 0; x < 4096; ++x) require(FloorSqrt.sqrt(x) == Math.sqrt(x), "small x");
        for (uint256 e = 1; e < 256; ++e) {
            uint256 p = 1 << e;
            require(FloorSqrt.sqrt(p - 1) == Math.sqrt(p - 1), "2^e - 1");
            require(FloorSqrt.sqrt(p) == Math.sqrt(p), "2^e");
            require(FloorSqrt.sqrt(p + 1) == Math.sqrt(p + 1), "2^e + 1");
        }
        require(FloorSqrt.sqrt(type(uint256).max) == type(uint128).max, "max");
    }
}
