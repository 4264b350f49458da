// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {DTAStaking} from "../../contracts/staking/DTAStaking.sol";
import {IDTAStaking} from "../../contracts/interfaces/IDTAStaking.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";
import {stakingVm as vm} from "./utils/StakingVm.sol";

/// @notice Fuzz tests of single positions: exact rewards, tiers and the early-unstake penalty.
contract StakingFuzzTest {
    DTAToken private token;
    DTAStaking private staking;

    error Mismatch(string what, uint256 actual, uint256 expected);

    function setUp() public {
        token = new DTAToken(address(this), address(this), address(this));
        staking = new DTAStaking(IStakingToken(address(token)), address(this), address(this));
        token.transfer(address(staking), 120_000_000e4);
        token.approve(address(staking), type(uint256).max);
        vm.warp(1_800_000_000);
    }

    /// @notice However the claims are timed, a position pays principal + exactly its reserve, and the
    ///         reserve is ⌊amount × apy × lock / (10,000 × 365 days)⌋.
    function testFuzz_paysExactlyTheReserve(uint256 amount, uint256 lockSeed, uint256 claimAt) public {
        amount = 1_000e4 + (amount % 5_000_000e4);
        uint256 lockIndex = lockSeed % 4;
        uint256 lockDays = staking.lockDaysOf(lockIndex);
        uint256 balanceBefore = token.balanceOf(address(this));
        uint256 id = staking.stake(amount, lockDays);
        IDTAStaking.PositionView memory p = staking.position(id);
        uint256 expected = (amount * p.apyBps * lockDays * 1 days) / (10_000 * 365 days);
        _eq("reserve", p.reserved, expected);
        _eq("apy", p.apyBps, staking.baseApyBps(staking.tierOf(amount), lockIndex));

        vm.warp(p.start + (claimAt % (p.lockSeconds + 1)));
        uint256 claimable = staking.claimable(id);
        if (claimable > 0) staking.claim(id);
        if (staking.position(id).claimed > p.reserved)
            revert Mismatch("claimed > reserved", claimable, p.reserved);
        vm.warp(p.unlock);
        staking.unstake(id);
        _eq("paid", token.balanceOf(address(this)), balanceBefore + p.reserved);
        _eq("reserved left", staking.totalReserved(), 0);
    }

    /// @notice The tier is the highest whose minimum the amount reaches.
    function testFuzz_tierOf(uint256 amount) public view {
        amount = 1_000e4 + (amount % 2_000_000e4);
        uint256 tier = uint8(staking.tierOf(amount));
        uint256[5] memory minimums = [uint256(1_000e4), 10_000e4, 50_000e4, 100_000e4, 500_000e4];
        if (amount < minimums[tier]) revert Mismatch("below tier minimum", amount, minimums[tier]);
        if (tier < 4 && amount >= minimums[tier + 1])
            revert Mismatch("reaches next tier", amount, minimums[tier + 1]);
    }

    /// @notice Early unstake burns exactly 10% of the principal and pays the rest plus what was earned.
    function testFuzz_earlyUnstake(uint256 amount, uint256 lockSeed, uint256 elapsed) public {
        amount = 1_000e4 + (amount % 5_000_000e4);
        uint256 id = staking.stake(amount, staking.lockDaysOf(lockSeed % 4));
        IDTAStaking.PositionView memory p = staking.position(id);
        vm.warp(p.start + (elapsed % p.lockSeconds));
        uint256 earned = staking.earned(id);
        uint256 burnedBefore = token.totalBurned();
        uint256 balanceBefore = token.balanceOf(address(this));
        uint256 poolBefore = staking.poolAvailable();
        staking.unstakeEarly(id);
        _eq("burned", token.totalBurned() - burnedBefore, amount / 10);
        _eq("paid", token.balanceOf(address(this)) - balanceBefore, amount - amount / 10 + earned);
        _eq("pool", staking.poolAvailable(), poolBefore + p.reserved - earned);
    }

    /// @notice The test contract holds the receipts it stakes for.
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return this.onERC721Received.selector;
    }

    function _eq(string memory what, uint256 actual, uint256 expected) private pure {
        if (actual != expected) revert Mismatch(what, actual, expected);
    }
}
