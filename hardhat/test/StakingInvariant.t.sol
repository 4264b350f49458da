// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {DTAStaking} from "../../contracts/staking/DTAStaking.sol";
import {IDTAStaking} from "../../contracts/interfaces/IDTAStaking.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";
import {stakingVm as vm} from "./utils/StakingVm.sol";

/// @notice Drives DTAStaking with random stakes, top-ups, claims, compounds, unstakes, transfers (between actors
///         and to oneself), pokes, delegations, time jumps and pool top-ups by four actors, and keeps ghost books
///         to check the contract against.
contract StakingHandler {
    DTAToken public immutable token;
    DTAStaking public immutable staking;
    address[4] public actors;
    /// @notice A delegatee that holds no positions, so delegating away is exercised too.
    address public constant OUTSIDER = address(0xD00D);

    uint256[] public allIds;
    uint256[] public openIds;
    mapping(uint256 tokenId => uint256) private _openSlot; // index + 1 in openIds

    /// @notice Per position: rewards reserved for it (net of releases) and rewards paid out of it
    ///         (claims, compounds into principal, rewards paid on close).
    mapping(uint256 tokenId => uint256) public netReserved;
    mapping(uint256 tokenId => uint256) public rewardsPaid;
    uint256 public totalRewardsPaid;
    uint256 public totalNetReserved;
    /// @notice How many of each action went through (to see the campaign really exercises them).
    uint256 public claims;
    uint256 public compounds;
    uint256 public topUps;
    uint256 public closes;
    uint256 public selfTransfers;
    uint256 public pokes;

    constructor(DTAToken token_, DTAStaking staking_, address[4] memory actors_) {
        token = token_;
        staking = staking_;
        actors = actors_;
    }

    function openCount() external view returns (uint256) {
        return openIds.length;
    }

    function allCount() external view returns (uint256) {
        return allIds.length;
    }

    // ─── actions ────────────────────────────────────────────────────────────────────────────────────────

    function stake(uint256 actorSeed, uint256 amount, uint256 lockSeed) external {
        address actor = actors[actorSeed % 4];
        amount = _bound(amount, 1_000e4, 600_000e4);
        uint256 lockIndex = lockSeed % 4;
        if (token.balanceOf(actor) < amount) return;
        if (staking.previewReward(actor, amount, lockIndex) > staking.poolAvailable()) return;
        uint256 lockDays = staking.lockDaysOf(lockIndex);
        vm.prank(actor);
        uint256 id = staking.stake(amount, lockDays);
        uint256 reserved = staking.position(id).reserved;
        netReserved[id] = reserved;
        totalNetReserved += reserved;
        allIds.push(id);
        openIds.push(id);
        _openSlot[id] = openIds.length;
    }

    function claim(uint256 idSeed) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        uint256 amount = staking.claimable(id);
        if (amount == 0) return;
        vm.prank(staking.ownerOf(id));
        uint256 paid = staking.claim(id);
        _paid(id, paid);
        ++claims;
    }

    function compound(uint256 idSeed) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        IDTAStaking.PositionView memory p = staking.position(id);
        if (block.timestamp >= p.unlock || p.claimable == 0) return;
        vm.prank(p.owner);
        try staking.compound(id) returns (uint256 compounded) {
            uint256 reserved = staking.position(id).reserved;
            _paid(id, compounded);
            ++compounds;
            _released(id, p.reserved - p.earned);
            netReserved[id] += reserved;
            totalNetReserved += reserved;
        } catch (bytes memory reason) {
            // Only an uncoverable reserve may refuse a compound here.
            if (bytes4(reason) != IDTAStaking.InsufficientRewardPool.selector) _bubble(reason);
        }
    }

    function stakeMore(uint256 idSeed, uint256 amount) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        IDTAStaking.PositionView memory p = staking.position(id);
        amount = _bound(amount, 1, 200_000e4);
        if (block.timestamp >= p.unlock || token.balanceOf(p.owner) < amount) return;
        vm.prank(p.owner);
        try staking.stakeMore(id, amount) returns (uint256 newPrincipal) {
            if (newPrincipal != p.principal + p.claimable + amount) revert("top-up principal");
            uint256 reserved = staking.position(id).reserved;
            _paid(id, p.claimable); // the earned, unclaimed rewards joined the principal
            ++topUps;
            _released(id, p.reserved - p.earned);
            netReserved[id] += reserved;
            totalNetReserved += reserved;
        } catch (bytes memory reason) {
            // Only an uncoverable reserve may refuse a top-up here.
            if (bytes4(reason) != IDTAStaking.InsufficientRewardPool.selector) _bubble(reason);
        }
    }

    function unstake(uint256 idSeed) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        IDTAStaking.PositionView memory p = staking.position(id);
        if (block.timestamp < p.unlock) return;
        vm.prank(p.owner);
        staking.unstake(id);
        _paid(id, p.reserved - p.claimed);
        _close(id);
    }

    function unstakeEarly(uint256 idSeed) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        IDTAStaking.PositionView memory p = staking.position(id);
        if (block.timestamp >= p.unlock) return;
        uint256 burnedBefore = token.totalBurned();
        vm.prank(p.owner);
        staking.unstakeEarly(id);
        if (token.totalBurned() - burnedBefore != p.principal / 10) revert("penalty is not 10% burned");
        _paid(id, p.earned - p.claimed);
        _released(id, p.reserved - p.earned);
        _close(id);
    }

    function transferPosition(uint256 idSeed, uint256 toSeed) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        address owner = staking.ownerOf(id);
        vm.prank(owner);
        staking.transferFrom(owner, actors[toSeed % 4], id);
    }

    /// @notice ERC-721 allows `transferFrom(a, a, id)`; it once corrupted the owner index.
    function transferToSelf(uint256 idSeed) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        address owner = staking.ownerOf(id);
        vm.prank(owner);
        staking.transferFrom(owner, owner, id);
        ++selfTransfers;
    }

    /// @notice Anyone may apply an unlocked position's 1.0× weight.
    function poke(uint256 idSeed) external {
        if (openIds.length == 0) return;
        uint256 id = openIds[idSeed % openIds.length];
        if (block.timestamp < staking.position(id).unlock) return;
        staking.poke(id);
        ++pokes;
    }

    function delegate(uint256 actorSeed, uint256 toSeed) external {
        address to = toSeed % 5 == 4 ? OUTSIDER : actors[toSeed % 5];
        vm.prank(actors[actorSeed % 4]);
        staking.delegate(to);
    }

    function passTime(uint256 secondsSeed) external {
        vm.warp(block.timestamp + _bound(secondsSeed, 1, 60 days));
        vm.roll(block.number + 1);
    }

    function topUpPool(uint256 amount) external {
        uint256 balance = token.balanceOf(address(this));
        if (balance > 0)
            token.transfer(
                address(staking),
                _bound(amount, 0, balance < 1_000_000e4 ? balance : 1_000_000e4)
            );
    }

    // ─── book-keeping ───────────────────────────────────────────────────────────────────────────────────

    function _paid(uint256 id, uint256 amount) private {
        rewardsPaid[id] += amount;
        totalRewardsPaid += amount;
    }

    function _released(uint256 id, uint256 amount) private {
        netReserved[id] -= amount;
        totalNetReserved -= amount;
    }

    function _close(uint256 id) private {
        ++closes;
        uint256 slot = _openSlot[id] - 1;
        uint256 last = openIds[openIds.length - 1];
        openIds[slot] = last;
        _openSlot[last] = slot + 1;
        openIds.pop();
        delete _openSlot[id];
    }

    function _bound(uint256 x, uint256 min, uint256 max) private pure returns (uint256) {
        return min + (x % (max - min + 1));
    }

    function _bubble(bytes memory reason) private pure {
        // solhint-disable-next-line no-inline-assembly
        assembly {
            revert(add(reason, 0x20), mload(reason))
        }
    }
}

/// @notice Invariants of DTAStaking under the handler's random action sequences.
contract StakingInvariantTest {
    DTAToken private token;
    DTAStaking private staking;
    StakingHandler private handler;
    address[4] private actors = [address(0xA11CE), address(0xB0B), address(0xCA401), address(0xDA7E)];

    error InvariantBroken(string what, uint256 actual, uint256 expected);

    function setUp() public {
        token = new DTAToken(address(this), address(this), address(this));
        staking = new DTAStaking(IStakingToken(address(token)), address(this), address(this));
        handler = new StakingHandler(token, staking, actors);
        token.transfer(address(staking), 120_000_000e4);
        token.transfer(address(handler), 50_000_000e4);
        for (uint256 i = 0; i < 4; ++i) {
            token.transfer(actors[i], 5_000_000e4);
            vm.prank(actors[i]);
            token.approve(address(staking), type(uint256).max);
        }
    }

    /// @notice The only contract the fuzzer calls.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_solvency() public view {
        uint256 balance = token.balanceOf(address(staking));
        uint256 owed = staking.totalStaked() + staking.totalReserved();
        if (balance < owed) revert InvariantBroken("balance >= staked + reserved", balance, owed);
        if (staking.poolAvailable() != balance - owed)
            revert InvariantBroken("pool", staking.poolAvailable(), 0);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_principalAndReserveSums() public view {
        uint256 principal;
        uint256 unpaid;
        uint256[5] memory byTier;
        for (uint256 i = 0; i < handler.openCount(); ++i) {
            IDTAStaking.PositionView memory p = staking.position(handler.openIds(i));
            principal += p.principal;
            unpaid += p.reserved - p.claimed;
            byTier[uint8(p.tier)] += p.principal;
        }
        if (principal != staking.totalStaked())
            revert InvariantBroken("sum principal", principal, staking.totalStaked());
        if (unpaid != staking.totalReserved())
            revert InvariantBroken("sum reserved", unpaid, staking.totalReserved());
        for (uint8 t = 0; t < 5; ++t) {
            uint256 onChain = staking.totalStakedByTier(IDTAStaking.Tier(t));
            if (byTier[t] != onChain) revert InvariantBroken("tier total", onChain, byTier[t]);
        }
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_noPositionPaysMoreThanItsReserve() public view {
        for (uint256 i = 0; i < handler.allCount(); ++i) {
            uint256 id = handler.allIds(i);
            uint256 paid = handler.rewardsPaid(id);
            uint256 reserved = handler.netReserved(id);
            uint256 unpaid;
            if (_exists(id)) {
                IDTAStaking.PositionView memory p = staking.position(id);
                if (p.claimed > p.reserved || p.earned > p.reserved) {
                    revert InvariantBroken("claimed/earned <= reserved", p.claimed, p.reserved);
                }
                unpaid = p.reserved - p.claimed;
            }
            if (paid + unpaid != reserved)
                revert InvariantBroken("paid + unpaid == reserved", paid + unpaid, reserved);
        }
        uint256 all = handler.totalRewardsPaid() + staking.totalReserved();
        if (all != handler.totalNetReserved())
            revert InvariantBroken("books", all, handler.totalNetReserved());
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_votingPowerIsWeightedPositionsOfDelegators() public view {
        address[5] memory delegatees = [actors[0], actors[1], actors[2], actors[3], handler.OUTSIDER()];
        uint256[5] memory expected;
        for (uint256 i = 0; i < handler.openCount(); ++i) {
            IDTAStaking.PositionView memory p = staking.position(handler.openIds(i));
            address delegatee = staking.delegates(p.owner);
            for (uint256 d = 0; d < 5; ++d) if (delegatees[d] == delegatee) expected[d] += p.votingUnits;
        }
        for (uint256 d = 0; d < 5; ++d) {
            uint256 votes = staking.getVotes(delegatees[d]);
            if (votes != expected[d]) revert InvariantBroken("votes", votes, expected[d]);
        }
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_positionsOfIsExactlyWhatEachActorOwns() public view {
        uint256 listed;
        for (uint256 a = 0; a < 4; ++a) {
            uint256[] memory ids = staking.positionsOf(actors[a]);
            uint256 owned;
            for (uint256 i = 0; i < handler.openCount(); ++i) {
                if (staking.ownerOf(handler.openIds(i)) == actors[a]) ++owned;
            }
            if (ids.length != owned) revert InvariantBroken("positionsOf length", ids.length, owned);
            for (uint256 i = 0; i < ids.length; ++i) {
                // Every listed id is owned by the actor and listed once: with equal counts, the sets are equal.
                if (!_exists(ids[i]) || staking.ownerOf(ids[i]) != actors[a])
                    revert InvariantBroken("positionsOf lists an id the actor does not own", ids[i], a);
                for (uint256 j = 0; j < i; ++j) {
                    if (ids[j] == ids[i]) revert InvariantBroken("positionsOf lists an id twice", ids[i], a);
                }
            }
            listed += ids.length;
        }
        if (listed != handler.openCount()) revert InvariantBroken("listed", listed, handler.openCount());
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_totalVotingUnitsIsSumOfAppliedWeights() public view {
        uint256 sum;
        for (uint256 i = 0; i < handler.openCount(); ++i) {
            IDTAStaking.PositionView memory p = staking.position(handler.openIds(i));
            sum += p.votingUnits;
            // Applied weight is the lock weight, or exactly 1.0× once the unlock weight is applied.
            uint256 locked = staking.votingUnitsOf(p.principal, p.lockIndex);
            if (p.votingUnits != locked && p.votingUnits != p.principal)
                revert InvariantBroken("applied units", p.votingUnits, locked);
            if (p.unlockWeightPending && (block.timestamp < p.unlock || p.votingUnits != locked))
                revert InvariantBroken("pending poke", p.votingUnits, locked);
        }
        if (staking.totalVotingUnits() != sum)
            revert InvariantBroken("total voting units", staking.totalVotingUnits(), sum);
    }

    function _exists(uint256 id) private view returns (bool) {
        try staking.ownerOf(id) returns (address) {
            return true;
        } catch {
            return false;
        }
    }
}
