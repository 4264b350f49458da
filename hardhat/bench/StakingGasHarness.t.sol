// SPDX-License-Identifier: MIT
// solhint-disable no-console, interface-starts-with-i, gas-small-strings
pragma solidity ^0.8.28;

import {console} from "hardhat/console.sol";
import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {DTAStaking} from "../../contracts/staking/DTAStaking.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";

/// @notice The cheatcodes this harness uses (forge-std is not a dependency of this project).
interface HarnessVm {
    /// @notice Gas figures of the last call the test contract made (Foundry's `Gas` struct).
    struct Gas {
        uint64 gasLimit;
        uint64 gasTotalUsed;
        uint64 gasMemoryUsed;
        int64 gasRefunded;
        uint64 gasRemaining;
    }

    /// @notice Gas figures of the last call the test contract made.
    function lastCallGas() external view returns (Gas memory);

    /// @notice Sets block.timestamp (block.number stays as it is, as in Tally's report).
    function warp(uint256 timestamp) external;

    /// @notice Makes every following call's msg.sender `sender`, until `stopPrank`.
    function startPrank(address sender) external;

    /// @notice Ends `startPrank`.
    function stopPrank() external;
}

/// @dev The cheatcode address: address(uint160(uint256(keccak256("hevm cheat code")))).
HarnessVm constant vm = HarnessVm(address(uint160(uint256(keccak256("hevm cheat code")))));

/// @title DTAStaking gas measured the way Tally Staker's published gas report is measured
/// @notice Tally's figures (test/gas-reports in withtally/staker) come from a Foundry test: every scenario runs
///         inside one test transaction, a "slot warmer" stakes first, each scenario uses a fresh staker, and the
///         figure is `vm.lastCallGas().gasTotalUsed` of the measured call (no 21,000 intrinsic gas, slots
///         touched earlier in the test are warm, the block number never moves). This harness repeats those
///         scenarios against DTAStaking so the two sets of figures can be compared. It prints one
///         `GAS|<scenario>| <gas> <refund counter>` line per scenario; `npm run bench` runs it through
///         hardhat/bench/hardhat.config.ts and reads them. It sits outside hardhat/test, so `npm test` skips it.
contract StakingGasHarness {
    uint256 private constant STAKE = 10_000e4; // 10,000 DTA (Silver)

    DTAToken private token;
    DTAStaking private staking;
    uint256 private stakers;

    function setUp() public {
        token = new DTAToken(address(this), address(this), address(this));
        staking = new DTAStaking(IStakingToken(address(token)), address(this), address(this));
        token.transfer(address(staking), 120_000_000e4); // the rewards pool
        vm.warp(1_800_000_000);
    }

    /// @notice Runs every scenario in one transaction, as Tally's `test_GenerateGasReport` does.
    function test_gasReport() public {
        // Tally's touchSlots(): another account stakes first, so global slots are warm and non-zero.
        _stakeAs(_freshStaker(STAKE), STAKE, 365);

        address staker = _freshStaker(STAKE);
        _stakeAs(staker, STAKE, 30);
        _record("First stake (fresh staker, NFT mint)");

        staker = _freshStaker(2 * STAKE);
        _stakeAs(staker, STAKE, 90);
        _stakeAs(staker, STAKE, 90);
        _record("Further stake (second position, same staker)");

        (address owner, uint256 id) = _openPosition(2 * STAKE, 90, 0);
        vm.startPrank(owner);
        staking.stakeMore(id, STAKE);
        vm.stopPrank();
        _record("Stake more (top up the position)");

        (owner, id) = _openPosition(STAKE, 30, 7 days);
        vm.startPrank(owner);
        staking.claim(id);
        vm.stopPrank();
        _record("Claim (7 days of rewards)");

        (owner, id) = _openPosition(STAKE, 30, 30 days);
        vm.startPrank(owner);
        staking.unstake(id);
        vm.stopPrank();
        _record("Full withdraw (unstake after unlock)");
    }

    /// @notice Receipts minted to this contract (none are, but a stray one must not revert).
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return this.onERC721Received.selector;
    }

    /// @dev A new account holding `amount` DTA with the staking contract approved (Tally: mint + approve).
    function _freshStaker(uint256 amount) private returns (address staker) {
        staker = address(uint160(0x5A1E0000 + ++stakers));
        token.transfer(staker, amount);
        vm.startPrank(staker);
        token.approve(address(staking), type(uint256).max);
        vm.stopPrank();
    }

    /// @dev A fresh staker holding `funds` opens a STAKE position locked `lockDays`, then the clock moves `elapsed`.
    function _openPosition(
        uint256 funds,
        uint256 lockDays,
        uint256 elapsed
    ) private returns (address staker, uint256 id) {
        staker = _freshStaker(funds);
        id = _stakeAs(staker, STAKE, lockDays);
        vm.warp(block.timestamp + elapsed);
    }

    function _stakeAs(address staker, uint256 amount, uint256 lockDays) private returns (uint256 id) {
        vm.startPrank(staker);
        id = staking.stake(amount, lockDays);
        vm.stopPrank();
    }

    /// @dev Records the gas of the last call made before the `stopPrank` above it.
    function _record(string memory scenario) private view {
        HarnessVm.Gas memory gas = vm.lastCallGas();
        console.log(string.concat("GAS|", scenario, "|"), gas.gasTotalUsed, uint256(int256(gas.gasRefunded)));
    }
}
