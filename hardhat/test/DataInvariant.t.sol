// SPDX-License-Identifier: MIT
// solhint-disable one-contract-per-file
pragma solidity ^0.8.28;

import {DataContributions} from "../../contracts/data/DataContributions.sol";
import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {IDataContributions} from "../../contracts/interfaces/IDataContributions.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";
import {RevenueDistributor} from "../../contracts/revenue/RevenueDistributor.sol";
import {ServiceFees} from "../../contracts/revenue/ServiceFees.sol";
import {stakingVm as vm} from "./utils/StakingVm.sol";

/// @notice Drives DataContributions with random submissions (open and restricted), scores, claims, grants,
///         premium payments, base-reward and burn-rate changes by three contributors and three buyers, on a small
///         data pool so the campaign also meets a short and an empty one. It is the admin and the validator, and
///         keeps ghost books: every reward reserved is followed to a claim or to what is still owed, every
///         premium to the burn, the contributor and platform revenue (checked on the spot).
contract DataHandler {
    DTAToken public immutable token;
    DataContributions public immutable data;
    ServiceFees public immutable fees;
    RevenueDistributor public immutable revenue;
    address[3] public contributors = [address(0xC0DE1), address(0xC0DE2), address(0xC0DE3)];
    address[3] public buyers = [address(0xB1), address(0xB2), address(0xB3)];

    /// @notice The data pool at the start: 200 DTA, about a dozen rewards.
    uint256 public constant POOL = 200e4;

    uint256 public rewardReserved;
    uint256 public rewardClaimed;
    uint256 public premiumsPaid;
    uint256 public shortScores;
    uint256 private _nonce;

    error Wrong(string what, uint256 actual, uint256 expected);

    constructor() {
        token = new DTAToken(address(this), address(this), address(this));
        fees = new ServiceFees(address(this));
        revenue = new RevenueDistributor(token, address(this), address(0x51), address(0x52), address(0x53));
        data = new DataContributions(
            IStakingToken(address(token)),
            fees,
            address(revenue),
            address(this),
            address(this)
        );
        token.transfer(address(data), POOL);
        for (uint256 i = 0; i < 3; ++i) {
            token.transfer(buyers[i], 1_000_000e4);
            vm.prank(buyers[i]);
            token.approve(address(data), type(uint256).max);
        }
    }

    function submit(uint256 contributorSeed, bool restricted, uint256 priceSeed) external {
        uint256 premium = restricted ? _bound(priceSeed, 1, 50e4) : 0;
        vm.prank(contributors[contributorSeed % 3]);
        data.submit(
            keccak256(abi.encode(++_nonce)),
            uint16(priceSeed % 7),
            restricted ? IDataContributions.Licence.Restricted : IDataContributions.Licence.Open,
            premium
        );
    }

    function score(uint256 idSeed, uint8 scoreSeed) external {
        uint256 count = data.contributionCount();
        if (count == 0) return;
        uint256 id = (idSeed % count) + 1;
        if (data.contributionOf(id).scored) return;
        uint256 quality = _bound(scoreSeed, 0, 100);
        uint256 needed = data.rewardFor(quality);
        uint256 available = data.poolAvailable();
        uint256 owedBefore = data.totalRewardOwed();
        data.score(id, uint8(quality));
        uint256 reserved = data.totalRewardOwed() - owedBefore;
        uint256 want = needed < available ? needed : available;
        if (reserved != want) revert Wrong("reserved", reserved, want);
        if (want < needed) ++shortScores;
        rewardReserved += reserved;
    }

    function claim(uint256 contributorSeed) external {
        address contributor = contributors[contributorSeed % 3];
        uint256 owed = data.rewardOwedTo(contributor);
        if (owed == 0) return;
        uint256 before = token.balanceOf(contributor);
        vm.prank(contributor);
        data.claimRewards();
        uint256 received = token.balanceOf(contributor) - before;
        if (received != owed) revert Wrong("claimed", received, owed);
        rewardClaimed += received;
    }

    function grantAndPay(uint256 idSeed, uint256 buyerSeed) external {
        uint256 count = data.contributionCount();
        if (count == 0) return;
        uint256 id = (idSeed % count) + 1;
        IDataContributions.Contribution memory c = data.contributionOf(id);
        if (c.licence != IDataContributions.Licence.Restricted) return;
        address buyer = buyers[buyerSeed % 3];
        (bool granted, bool paid) = data.accessOf(id, buyer);
        if (!granted) {
            vm.prank(c.contributor);
            data.grantAccess(id, buyer);
        }
        if (paid) return;
        uint256 supply = token.totalSupply();
        uint256 toContributor = token.balanceOf(c.contributor);
        uint256 toPlatform = token.balanceOf(address(revenue));
        uint256 held = token.balanceOf(address(data));
        vm.prank(buyer);
        data.payPremium(id, c.premiumPrice);
        (uint256 wantBurn, uint256 wantPlatform, uint256 wantContributor) = fees.split(c.premiumPrice);
        if (supply - token.totalSupply() != wantBurn)
            revert Wrong("burn", supply - token.totalSupply(), wantBurn);
        if (token.balanceOf(address(revenue)) - toPlatform != wantPlatform)
            revert Wrong("platform", 0, wantPlatform);
        if (token.balanceOf(c.contributor) - toContributor != wantContributor)
            revert Wrong("contributor", 0, 1);
        if (token.balanceOf(address(data)) != held)
            revert Wrong("nothing stays", token.balanceOf(address(data)), held);
        premiumsPaid += c.premiumPrice;
    }

    function revoke(uint256 idSeed, uint256 buyerSeed) external {
        uint256 count = data.contributionCount();
        if (count == 0) return;
        uint256 id = (idSeed % count) + 1;
        address buyer = buyers[buyerSeed % 3];
        (bool granted, ) = data.accessOf(id, buyer);
        if (!granted) return;
        vm.prank(data.contributionOf(id).contributor);
        data.revokeAccess(id, buyer);
    }

    function setBaseReward(uint256 rewardSeed) external {
        data.setBaseReward(_bound(rewardSeed, 1, 40e4));
    }

    function setBurnRate(uint256 bpsSeed) external {
        fees.setServiceBurnBps(_bound(bpsSeed, 200, 500));
    }

    function _bound(uint256 x, uint256 min, uint256 max) private pure returns (uint256) {
        return min + (x % (max - min + 1));
    }
}

/// @notice Invariants of DataContributions under the handler's random action sequences.
contract DataInvariantTest {
    DataHandler private handler;

    error InvariantBroken(string what, uint256 actual, uint256 expected);

    function setUp() public {
        handler = new DataHandler();
    }

    /// @notice The only contract the fuzzer calls.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_reservedNeverExceedsThePoolBalance() public view {
        DataContributions data = handler.data();
        uint256 balance = handler.token().balanceOf(address(data));
        uint256 owed = data.totalRewardOwed();
        if (owed > balance) revert InvariantBroken("reserved <= balance", owed, balance);
        if (balance != owed + data.poolAvailable())
            revert InvariantBroken("balance == owed + pool", balance, owed + data.poolAvailable());
        uint256 perContributor;
        for (uint256 i = 0; i < 3; ++i) perContributor += data.rewardOwedTo(handler.contributors(i));
        if (perContributor != owed) revert InvariantBroken("sum owed per contributor", perContributor, owed);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_everyRewardCameFromThePool() public view {
        uint256 reserved = handler.rewardReserved();
        uint256 accounted = handler.rewardClaimed() + handler.data().totalRewardOwed();
        if (reserved != accounted) revert InvariantBroken("reserved == claimed + owed", accounted, reserved);
        uint256 balance = handler.token().balanceOf(address(handler.data()));
        if (balance + handler.rewardClaimed() != handler.POOL())
            revert InvariantBroken(
                "pool == balance + claimed",
                balance + handler.rewardClaimed(),
                handler.POOL()
            );
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_bonusIsTheLastFiveScoresAveragingEighty() public view {
        DataContributions data = handler.data();
        for (uint256 i = 0; i < 3; ++i) {
            address contributor = handler.contributors(i);
            IDataContributions.ScoreWindow memory w = data.scoreWindowOf(contributor);
            uint256 sum;
            for (uint256 k = 0; k < w.count; ++k) sum += w.scores[k];
            if (sum != w.sum) revert InvariantBroken("window sum", w.sum, sum);
            bool eligible = w.count == 5 && sum >= 400;
            if (eligible != data.hasStakingBonus(contributor)) revert InvariantBroken("bonus", sum, w.count);
        }
    }
}
