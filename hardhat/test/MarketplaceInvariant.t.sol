// SPDX-License-Identifier: MIT
// solhint-disable one-contract-per-file
pragma solidity ^0.8.28;

import {AIMarketplace} from "../../contracts/marketplace/AIMarketplace.sol";
import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {IAIMarketplace} from "../../contracts/interfaces/IAIMarketplace.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";
import {RevenueDistributor} from "../../contracts/revenue/RevenueDistributor.sol";
import {ServiceFees} from "../../contracts/revenue/ServiceFees.sol";
import {stakingVm as vm} from "./utils/StakingVm.sol";

/// @notice Drives AIMarketplace with random listings, price changes, pauses, burn-rate changes, payments,
///         ratings, responses and bonus claims by two providers and six payers, on a small provider pool so
///         the campaign also meets an exhausted one. It deploys the stack (it is admin) and keeps ghost books:
///         every base unit a payer pays in is followed to the burn, the provider and platform revenue, and every
///         bonus reserved to a claim or to what is still owed. Each payment checks its own split on the spot.
contract MarketplaceHandler {
    DTAToken public immutable token;
    AIMarketplace public immutable market;
    ServiceFees public immutable fees;
    RevenueDistributor public immutable revenue;
    address[2] public providers = [address(0xA11CE), address(0xB0B)];
    address[6] public payers = [
        address(0xCA401),
        address(0xDA7E),
        address(0xE11E),
        address(0xF00D),
        address(0xFEED),
        address(0xBEEF)
    ];

    /// @notice The provider pool at the start: 30 DTA, so one qualifying payment can empty it (partly covered,
    ///         then empty: both checked).
    uint256 public constant POOL = 30e4;

    uint256 public serviceCount;
    /// @notice Σ payments, and where they went (measured as balance and supply changes).
    uint256 public paidIn;
    uint256 public burned;
    uint256 public toProviders;
    uint256 public toPlatform;
    uint256 public queriesPaid;
    /// @notice Σ bonuses reserved, Σ bonuses claimed.
    uint256 public bonusReserved;
    uint256 public bonusClaimed;
    uint256 public shortPayments;

    error SplitWrong(string what, uint256 actual, uint256 expected);

    constructor() {
        token = new DTAToken(address(this), address(this), address(this));
        fees = new ServiceFees(address(this));
        revenue = new RevenueDistributor(token, address(this), address(0x51), address(0x52), address(0x53));
        market = new AIMarketplace(IStakingToken(address(token)), fees, address(revenue), address(this));
        token.transfer(address(market), POOL);
        for (uint256 i = 0; i < 2; ++i) _fund(providers[i]);
        for (uint256 i = 0; i < 6; ++i) _fund(payers[i]);
    }

    // ─── actions ────────────────────────────────────────────────────────────────────────────────────────

    function list(uint256 providerSeed, uint16 categorySeed, uint256 priceSeed) external {
        // Few services, so ratings gather on each and services cross the bonus threshold.
        if (serviceCount >= 2) return;
        vm.prank(providers[providerSeed % 2]);
        market.listService("Service", categorySeed % 7, "ipfs://service", _bound(priceSeed, 1, 10e4));
        ++serviceCount;
    }

    function setPrice(uint256 serviceSeed, uint256 priceSeed) external {
        (uint256 id, bool ok) = _service(serviceSeed);
        if (!ok) return;
        vm.prank(market.serviceOf(id).provider);
        market.setPrice(id, _bound(priceSeed, 1, 10e4));
    }

    function togglePause(uint256 serviceSeed) external {
        (uint256 id, bool ok) = _service(serviceSeed);
        if (!ok) return;
        IAIMarketplace.Service memory s = market.serviceOf(id);
        vm.prank(s.provider);
        if (s.paused) market.resumeService(id);
        else market.pauseService(id);
    }

    function setBurnRate(uint256 bpsSeed) external {
        fees.setServiceBurnBps(_bound(bpsSeed, 200, 500));
    }

    function pay(uint256 payerSeed, uint256 serviceSeed, uint256 queriesSeed) external {
        (uint256 id, bool ok) = _service(serviceSeed);
        if (!ok) return;
        _pay(payers[payerSeed % 6], id, _bound(queriesSeed, 1, 1_000));
    }

    function rate(uint256 payerSeed, uint256 serviceSeed, uint8 ratingSeed) external {
        (uint256 id, bool ok) = _service(serviceSeed);
        if (!ok) return;
        address payer = payers[payerSeed % 6];
        // Only a payer may rate: one who has not paid yet buys a query first.
        if (market.queriesBy(id, payer) == 0 && !_pay(payer, id, 1)) return;
        vm.prank(payer);
        // Ratings lean high so services also cross the bonus threshold.
        market.rate(id, uint8(_bound(ratingSeed, 3, 5)));
    }

    function postResponse(uint256 requestSeed, bytes32 responseHash) external {
        uint256 count = market.requestCount();
        if (count == 0) return;
        uint256 requestId = (requestSeed % count) + 1;
        (IAIMarketplace.Request memory r, bytes32 posted) = market.requestOf(requestId);
        if (posted != bytes32(0)) return;
        if (responseHash == bytes32(0)) responseHash = bytes32(uint256(1));
        vm.prank(market.serviceOf(r.serviceId).provider);
        market.postResponse(requestId, responseHash);
    }

    function claimBonus(uint256 providerSeed) external {
        address provider = providers[providerSeed % 2];
        uint256 owed = market.bonusOwedTo(provider);
        if (owed == 0) return;
        uint256 balance = token.balanceOf(provider);
        vm.prank(provider);
        market.claimProviderBonus();
        uint256 received = token.balanceOf(provider) - balance;
        if (received != owed) revert SplitWrong("claimed", received, owed);
        bonusClaimed += received;
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────

    function _fund(address account) private {
        token.transfer(account, 1_000_000e4);
        vm.prank(account);
        token.approve(address(market), type(uint256).max);
    }

    /// @dev Pays for `queries` of service `id` as `payer` and follows the money; false when it cannot pay.
    function _pay(address payer, uint256 id, uint256 queries) private returns (bool) {
        IAIMarketplace.Service memory s = market.serviceOf(id);
        uint256 amount = queries * s.pricePerQuery;
        if (s.paused || token.balanceOf(payer) < amount) return false;
        uint256[5] memory before = _snapshot(s.provider);
        bool qualifies = market.earnsProviderBonus(id);
        uint256 available = market.poolAvailable();
        vm.prank(payer);
        market.payForQueries(id, queries, s.pricePerQuery);
        _account(s.provider, before, amount, qualifies, available);
        queriesPaid += queries;
        return true;
    }

    /// @dev [total supply, provider balance, platform revenue, Σ bonus owed, marketplace balance].
    function _snapshot(address provider) private view returns (uint256[5] memory s) {
        s = [
            token.totalSupply(),
            token.balanceOf(provider),
            token.balanceOf(address(revenue)),
            market.totalBonusOwed(),
            token.balanceOf(address(market))
        ];
    }

    /// @dev Follows one payment's `amount` to the burn, the provider and platform revenue, and checks the bonus.
    function _account(
        address provider,
        uint256[5] memory before,
        uint256 amount,
        bool qualifies,
        uint256 available
    ) private {
        uint256[5] memory afterPay = _snapshot(provider);
        uint256 burnedNow = before[0] - afterPay[0];
        uint256 providerNow = afterPay[1] - before[1];
        uint256 platformNow = afterPay[2] - before[2];
        uint256 bonusNow = afterPay[3] - before[3];
        (uint256 wantBurn, uint256 wantPlatform, uint256 wantProvider) = fees.split(amount);
        if (burnedNow != wantBurn) revert SplitWrong("burned", burnedNow, wantBurn);
        if (platformNow != wantPlatform) revert SplitWrong("platform", platformNow, wantPlatform);
        if (providerNow != wantProvider) revert SplitWrong("provider", providerNow, wantProvider);
        if (afterPay[4] != before[4]) revert SplitWrong("nothing stays", afterPay[4], before[4]);
        uint256 needed = qualifies ? (amount * 500) / 10_000 : 0;
        uint256 wantBonus = needed < available ? needed : available;
        if (bonusNow != wantBonus) revert SplitWrong("bonus", bonusNow, wantBonus);
        if (wantBonus < needed) ++shortPayments;
        paidIn += amount;
        burned += burnedNow;
        toProviders += providerNow;
        toPlatform += platformNow;
        bonusReserved += bonusNow;
    }

    function _service(uint256 seed) private view returns (uint256 id, bool ok) {
        if (serviceCount == 0) return (0, false);
        return ((seed % serviceCount) + 1, true);
    }

    function _bound(uint256 x, uint256 min, uint256 max) private pure returns (uint256) {
        return min + (x % (max - min + 1));
    }
}

/// @notice Invariants of AIMarketplace under the handler's random action sequences.
contract MarketplaceInvariantTest {
    MarketplaceHandler private handler;

    error InvariantBroken(string what, uint256 actual, uint256 expected);

    function setUp() public {
        handler = new MarketplaceHandler();
    }

    /// @notice The only contract the fuzzer calls.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_paidInIsBurnedProviderPlatformAndBonusFromThePool() public view {
        uint256 paidIn = handler.paidIn();
        uint256 split = handler.burned() + handler.toProviders() + handler.toPlatform();
        if (split != paidIn) revert InvariantBroken("burned + provider + platform == paid in", split, paidIn);
        AIMarketplace market = handler.market();
        // Every bonus came out of the pool: reserved = claimed + still owed, and the pool is what is left.
        uint256 reserved = handler.bonusReserved();
        uint256 accounted = handler.bonusClaimed() + market.totalBonusOwed();
        if (reserved != accounted)
            revert InvariantBroken("bonus reserved == claimed + owed", accounted, reserved);
        uint256 balance = handler.token().balanceOf(address(market));
        if (balance + handler.bonusClaimed() != handler.POOL())
            revert InvariantBroken(
                "balance + claimed == pool",
                balance + handler.bonusClaimed(),
                handler.POOL()
            );
        uint256 revenueSum;
        uint256 queriesSum;
        for (uint256 id = 1; id <= handler.serviceCount(); ++id) {
            revenueSum += market.serviceOf(id).revenue;
            queriesSum += market.serviceOf(id).queries;
        }
        if (revenueSum != paidIn) revert InvariantBroken("sum revenue", revenueSum, paidIn);
        if (queriesSum != handler.queriesPaid())
            revert InvariantBroken("sum queries", queriesSum, handler.queriesPaid());
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_balanceCoversReservedBonuses() public view {
        AIMarketplace market = handler.market();
        uint256 balance = handler.token().balanceOf(address(market));
        uint256 owed = market.totalBonusOwed();
        if (balance < owed) revert InvariantBroken("balance >= owed", balance, owed);
        if (balance != owed + market.poolAvailable())
            revert InvariantBroken("balance == owed + pool", balance, owed + market.poolAvailable());
        uint256 perProvider =
            market.bonusOwedTo(handler.providers(0)) + market.bonusOwedTo(handler.providers(1));
        if (perProvider != owed) revert InvariantBroken("sum owed per provider", perProvider, owed);
        uint256 perService;
        for (uint256 id = 1; id <= handler.serviceCount(); ++id) perService += market.bonusEarnedBy(id);
        if (perService != handler.bonusReserved())
            revert InvariantBroken("sum bonus per service", perService, handler.bonusReserved());
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_ratingsOnlyFromPayersAndSumsMatch() public view {
        AIMarketplace market = handler.market();
        for (uint256 id = 1; id <= handler.serviceCount(); ++id) {
            uint256 count;
            uint256 sum;
            for (uint256 p = 0; p < 6; ++p) {
                address payer = handler.payers(p);
                uint8 rating = market.ratingOf(id, payer);
                if (rating == 0) continue;
                if (market.queriesBy(id, payer) == 0) revert InvariantBroken("rater paid", 0, 1);
                ++count;
                sum += rating;
            }
            // Providers never rate (they never pay in this campaign, and may not rate their own service).
            for (uint256 p = 0; p < 2; ++p) {
                if (market.ratingOf(id, handler.providers(p)) != 0)
                    revert InvariantBroken("provider rated", 1, 0);
            }
            IAIMarketplace.Service memory s = market.serviceOf(id);
            if (s.ratingCount != count) revert InvariantBroken("rating count", s.ratingCount, count);
            if (s.ratingSum != sum) revert InvariantBroken("rating sum", s.ratingSum, sum);
        }
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// hardhat-config: invariant.failOnRevert = true
    function invariant_stakingBonusCountIsActiveServices() public view {
        AIMarketplace market = handler.market();
        for (uint256 p = 0; p < 2; ++p) {
            address provider = handler.providers(p);
            uint256 active;
            for (uint256 id = 1; id <= handler.serviceCount(); ++id) {
                IAIMarketplace.Service memory s = market.serviceOf(id);
                if (s.provider == provider && !s.paused) ++active;
            }
            if (active != market.activeServiceCount(provider))
                revert InvariantBroken("active services", market.activeServiceCount(provider), active);
            if ((active > 0) != market.hasStakingBonus(provider)) revert InvariantBroken("bonus", active, 0);
        }
    }
}
