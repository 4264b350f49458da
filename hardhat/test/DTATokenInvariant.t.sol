// SPDX-License-Identifier: MIT
// solhint-disable one-contract-per-file, gas-small-strings
pragma solidity ^0.8.28;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {vm} from "./utils/Vm.sol";

/// @notice A test assertion failed: `what` expected `left == right`.
error AssertionFailed(string what, uint256 left, uint256 right);

function assertEq(uint256 left, uint256 right, string memory what) pure {
    if (left != right) revert AssertionFailed(what, left, right);
}

/// @dev Maps any `x` into [min, max] (inclusive), like forge-std's `bound`.
function bound(uint256 x, uint256 min, uint256 max) pure returns (uint256) {
    if (min == 0 && max == type(uint256).max) return x;
    return min + (x % (max - min + 1));
}

/// @notice Drives the token for the invariant fuzzer: random transfers, allowance spends and burns between a
///         few actors, with random pauses and blacklistings. It is the token's genesis holder and admin, hands
///         the whole supply to the actors, and records what it expects in ghost variables.
contract DTATokenHandler {
    uint256 public constant ACTOR_COUNT = 4;

    DTAToken public immutable token;
    address[ACTOR_COUNT] internal actorList;

    /// @notice Sum of every amount burned by a successful burn or burnFrom.
    uint256 public ghostBurned;
    /// @notice Moves that should have been blocked (pause or blacklist) but succeeded.
    uint256 public ghostBlockedMovesThatSucceeded;
    /// @notice Moves that should have succeeded but reverted.
    uint256 public ghostUnexpectedReverts;
    /// @notice Times the total supply was observed higher than before a call.
    uint256 public ghostSupplyIncreases;
    /// @notice Successful moves whose balance, allowance or burn accounting was not exact.
    uint256 public ghostAccountingErrors;
    /// @notice Successful balance-changing calls (to see that the fuzzer exercised something).
    uint256 public ghostSuccessfulMoves;

    constructor() {
        token = new DTAToken(address(this), address(this), address(this));
        uint256 share = token.GENESIS_SUPPLY() / ACTOR_COUNT;
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            actorList[i] = address(uint160(0xA0000 + i));
            uint256 amount = i == ACTOR_COUNT - 1 ? token.balanceOf(address(this)) : share;
            token.transfer(actorList[i], amount);
        }
    }

    modifier checkSupply() {
        uint256 supplyBefore = token.totalSupply();
        _;
        if (token.totalSupply() > supplyBefore) ++ghostSupplyIncreases;
    }

    /// @notice The tracked actors.
    function actors() external view returns (address[ACTOR_COUNT] memory) {
        return actorList;
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external checkSupply {
        address from = _actor(fromSeed);
        address to = _actor(toSeed);
        amount = bound(amount, 0, token.balanceOf(from));
        bool blocked = token.paused() || _listed(from) || _listed(to);
        uint256 fromBefore = token.balanceOf(from);
        uint256 toBefore = token.balanceOf(to);
        vm.prank(from);
        try token.transfer(to, amount) {
            _succeeded(blocked);
            if (from != to) {
                _expect(token.balanceOf(from) == fromBefore - amount);
                _expect(token.balanceOf(to) == toBefore + amount);
            } else {
                _expect(token.balanceOf(from) == fromBefore);
            }
        } catch {
            _reverted(blocked);
        }
    }

    function transferFrom(
        uint256 ownerSeed,
        uint256 spenderSeed,
        uint256 toSeed,
        uint256 amount
    ) external checkSupply {
        address owner = _actor(ownerSeed);
        address spender = _actor(spenderSeed);
        address to = _actor(toSeed);
        amount = bound(amount, 0, token.balanceOf(owner));
        vm.prank(owner);
        token.approve(spender, amount);
        bool blocked = token.paused() || _listed(owner) || _listed(spender) || _listed(to);
        vm.prank(spender);
        try token.transferFrom(owner, to, amount) {
            _succeeded(blocked);
            _expect(token.allowance(owner, spender) == 0);
        } catch {
            _reverted(blocked);
        }
    }

    function burn(uint256 fromSeed, uint256 amount) external checkSupply {
        address from = _actor(fromSeed);
        amount = bound(amount, 0, token.balanceOf(from));
        bool blocked = token.paused() || _listed(from);
        uint256 burnedBefore = token.totalBurned();
        vm.prank(from);
        try token.burn(amount) {
            ghostBurned += amount;
            _expect(token.totalBurned() == burnedBefore + amount);
            _succeeded(blocked);
        } catch {
            _reverted(blocked);
        }
    }

    function burnFrom(uint256 ownerSeed, uint256 spenderSeed, uint256 amount) external checkSupply {
        address owner = _actor(ownerSeed);
        address spender = _actor(spenderSeed);
        amount = bound(amount, 0, token.balanceOf(owner));
        vm.prank(owner);
        token.approve(spender, amount);
        bool blocked = token.paused() || _listed(owner) || _listed(spender);
        vm.prank(spender);
        try token.burnFrom(owner, amount) {
            ghostBurned += amount;
            _expect(token.allowance(owner, spender) == 0);
            _succeeded(blocked);
        } catch {
            _reverted(blocked);
        }
    }

    function setBlacklisted(uint256 actorSeed, bool listed) external checkSupply {
        token.setBlacklisted(_actor(actorSeed), listed);
    }

    function setPaused(bool paused) external checkSupply {
        if (paused == token.paused()) return;
        if (paused) token.pause();
        else token.unpause();
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actorList[seed % ACTOR_COUNT];
    }

    function _listed(address account) internal view returns (bool) {
        return token.isBlacklisted(account);
    }

    function _succeeded(bool blocked) internal {
        if (blocked) ++ghostBlockedMovesThatSucceeded;
        else ++ghostSuccessfulMoves;
    }

    function _expect(bool condition) internal {
        if (!condition) ++ghostAccountingErrors;
    }

    function _reverted(bool blocked) internal {
        if (!blocked) ++ghostUnexpectedReverts;
    }
}

/// @notice Invariant and fuzz tests of the DTA token's supply accounting.
contract DTATokenInvariantTest {
    DTATokenHandler internal handler;
    DTAToken internal handledToken;

    /// @dev A second token whose genesis supply this test contract holds, for the fuzz tests.
    DTAToken internal token;
    uint256 internal genesis;

    function setUp() public {
        handler = new DTATokenHandler();
        handledToken = handler.token();
        token = new DTAToken(address(this), address(this), address(this));
        genesis = token.GENESIS_SUPPLY();
    }

    /// @notice Only the handler is fuzzed (not the tokens deployed during setUp).
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    // ---------------------------------------------------------------- invariants

    /// hardhat-config: default.invariant.runs = 64
    /// hardhat-config: default.invariant.depth = 150
    function invariant_supplyPlusBurnedIsGenesis() public view {
        assertEq(
            handledToken.totalSupply() + handledToken.totalBurned(),
            handledToken.GENESIS_SUPPLY(),
            "totalSupply + totalBurned == GENESIS_SUPPLY"
        );
        assertEq(handledToken.GENESIS_SUPPLY(), 1_000_000_000 * 10 ** 4, "GENESIS_SUPPLY is 1B DTA");
    }

    /// hardhat-config: default.invariant.runs = 64
    /// hardhat-config: default.invariant.depth = 150
    function invariant_sumOfBalancesIsSupply() public view {
        address[4] memory actorList = handler.actors();
        uint256 sum = handledToken.balanceOf(address(handler));
        for (uint256 i = 0; i < actorList.length; ++i) sum += handledToken.balanceOf(actorList[i]);
        assertEq(sum, handledToken.totalSupply(), "sum of tracked balances == totalSupply");
    }

    /// hardhat-config: default.invariant.runs = 64
    /// hardhat-config: default.invariant.depth = 150
    function invariant_totalBurnedMatchesBurns() public view {
        assertEq(handledToken.totalBurned(), handler.ghostBurned(), "totalBurned == sum of burns");
    }

    /// hardhat-config: default.invariant.runs = 64
    /// hardhat-config: default.invariant.depth = 150
    function invariant_supplyNeverRises() public view {
        assertEq(handler.ghostSupplyIncreases(), 0, "supply increases");
        if (handledToken.totalSupply() > handledToken.GENESIS_SUPPLY()) {
            revert AssertionFailed("supply above genesis", handledToken.totalSupply(), 0);
        }
    }

    /// hardhat-config: default.invariant.runs = 64
    /// hardhat-config: default.invariant.depth = 150
    function invariant_pauseAndBlacklistAreEnforced() public view {
        assertEq(handler.ghostBlockedMovesThatSucceeded(), 0, "blocked moves that succeeded");
        assertEq(handler.ghostUnexpectedReverts(), 0, "allowed moves that reverted");
    }

    /// hardhat-config: default.invariant.runs = 64
    /// hardhat-config: default.invariant.depth = 150
    function invariant_movesAreExact() public view {
        assertEq(handler.ghostAccountingErrors(), 0, "inexact balance, allowance or burn accounting");
    }

    // ---------------------------------------------------------------- fuzz tests

    function testFuzz_burnUpToBalance(uint256 amount) public {
        amount = bound(amount, 0, genesis);
        token.burn(amount);
        assertEq(token.totalSupply(), genesis - amount, "supply after burn");
        assertEq(token.totalBurned(), amount, "totalBurned after burn");
        assertEq(token.balanceOf(address(this)), genesis - amount, "balance after burn");
    }

    function testFuzz_burnAboveBalanceReverts(uint256 amount) public {
        amount = bound(amount, genesis + 1, type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientBalance.selector,
                address(this),
                genesis,
                amount
            )
        );
        token.burn(amount);
        assertEq(token.totalSupply(), genesis, "supply unchanged");
    }

    function testFuzz_burnFromSpendsAllowance(uint256 allowance, uint256 amount) public {
        address spender = address(0xB0B);
        allowance = bound(allowance, 0, genesis);
        amount = bound(amount, 0, allowance);
        token.approve(spender, allowance);
        vm.prank(spender);
        token.burnFrom(address(this), amount);
        assertEq(token.allowance(address(this), spender), allowance - amount, "allowance left");
        assertEq(token.totalSupply() + token.totalBurned(), genesis, "supply + burned");
        assertEq(token.totalBurned(), amount, "totalBurned");
    }

    function testFuzz_transferMovesExactAmount(address to, uint256 amount) public {
        vm.assume(to != address(0) && to != address(this));
        amount = bound(amount, 0, genesis);
        token.transfer(to, amount);
        assertEq(token.balanceOf(to), amount, "recipient balance");
        assertEq(token.balanceOf(address(this)), genesis - amount, "sender balance");
        assertEq(token.totalSupply(), genesis, "supply unchanged by transfer");
    }

    function testFuzz_blacklistedRecipientCannotReceive(address to, uint256 amount) public {
        vm.assume(to != address(0) && to != address(this));
        amount = bound(amount, 0, genesis);
        token.setBlacklisted(to, true);
        vm.expectRevert(abi.encodeWithSelector(DTAToken.AccountBlacklisted.selector, to));
        token.transfer(to, amount);
        token.setBlacklisted(to, false);
        token.transfer(to, amount);
        assertEq(token.balanceOf(to), amount, "received after unblacklisting");
    }
}
