// SPDX-License-Identifier: MIT
// solhint-disable one-contract-per-file
pragma solidity ^0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {DTAGovernor} from "../../contracts/governance/DTAGovernor.sol";
import {DTATimelock} from "../../contracts/governance/DTATimelock.sol";
import {IDTAGovernor} from "../../contracts/governance/IDTAGovernor.sol";
import {DTAStaking} from "../../contracts/staking/DTAStaking.sol";
import {DTAToken} from "../../contracts/token/DTAToken.sol";
import {IStakingToken} from "../../contracts/interfaces/IStakingToken.sol";
import {ServiceFees} from "../../contracts/revenue/ServiceFees.sol";
import {stakingVm as vm} from "./utils/StakingVm.sol";

/// @notice Drives the governor with random proposals (1–3 options, any committee), votes by four stakers,
///         stakes made at any time, vetoes, queueing, settlements, DTA paused and the proposer blacklisted (the
///         token refusing to move a deposit), and the clock. Ghost books: the √ weight and raw votes each option
///         should hold (√ of each voter's snapshot votes), every deposit taken, and each proposal's settlement.
contract GovernanceHandler {
    DTAToken public immutable token;
    DTAStaking public immutable staking;
    DTAGovernor public immutable governor;
    ServiceFees public immutable fees;
    address[4] public voters = [address(0xA11CE), address(0xB0B), address(0xCA401), address(0xDA7E)];
    address[3] public safes = [address(0xC1), address(0xC2), address(0xC3)];

    uint256[] public ids;
    mapping(uint256 id => uint256) public optionCountOf;
    mapping(uint256 id => mapping(uint256 option => uint256)) public ghostSqrt;
    mapping(uint256 id => mapping(uint256 option => uint256)) public ghostRaw;
    uint256 public depositsTaken;
    uint256 public refunded;
    uint256 public burnedDeposits;
    uint256 public immutable initialSupply;
    /// @notice The deposit state the handler last saw for a proposal after it acted on it.
    mapping(uint256 id => IDTAGovernor.DepositState) public seenDeposit;
    /// @notice Times a settled deposit (refunded or burned) was seen to change again.
    uint256 public settledTwice;

    constructor() {
        token = new DTAToken(address(this), address(this), address(this));
        initialSupply = token.totalSupply();
        staking = new DTAStaking(IStakingToken(address(token)), address(this), address(this));
        token.transfer(address(staking), 100_000_000e4);
        fees = new ServiceFees(address(this));
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        DTATimelock timelock = new DTATimelock(1 days, proposers, address(this));
        governor = new DTAGovernor(
            staking,
            token,
            timelock,
            safes,
            new bytes4[](0),
            DTAGovernor.Params(1 days, 1 days, 1_000_000e4, 4, 10_000e4, 14 days)
        );
        timelock.handOver(address(governor));
        uint256[4] memory stakes = [uint256(1_000_000e4), 4_000_000e4, 1_000_000e4, 250_000e4];
        for (uint256 i = 0; i < 4; ++i) {
            token.transfer(voters[i], 10_000_000e4);
            vm.prank(voters[i]);
            token.approve(address(staking), type(uint256).max);
            vm.prank(voters[i]);
            token.approve(address(governor), type(uint256).max);
            vm.prank(voters[i]);
            staking.stake(stakes[i], 30);
        }
        vm.warp(block.timestamp + 1);
    }

    function idCount() external view returns (uint256) {
        return ids.length;
    }

    function propose(uint8 committeeSeed, uint8 optionSeed) external {
        // A paused token or a blacklisted proposer cannot pay a deposit: nothing to propose then.
        if (token.paused() || token.isBlacklisted(voters[0])) return;
        uint256 n = (optionSeed % 3) + 1;
        IDTAGovernor.Option[] memory options = _options(n);
        vm.prank(voters[0]);
        uint256 id = governor.proposeWithCommittee(
            IDTAGovernor.Committee(committeeSeed % 3),
            options,
            _description(ids.length)
        );
        ids.push(id);
        optionCountOf[id] = n;
        depositsTaken += 10_000e4;
        _observe(id);
    }

    function vote(uint256 proposalSeed, uint256 voterSeed, uint8 support) external {
        if (ids.length == 0) return;
        uint256 id = ids[proposalSeed % ids.length];
        address voter = voters[voterSeed % 4];
        if (governor.state(id) != IGovernor.ProposalState.Active || governor.hasVoted(id, voter)) return;
        uint256 slots = optionCountOf[id] == 1 ? 3 : optionCountOf[id];
        uint8 option = uint8(support % slots);
        uint256 votes = staking.getPastVotes(voter, governor.proposalSnapshot(id));
        if (votes == 0) return;
        vm.prank(voter);
        governor.castVote(id, option);
        ghostSqrt[id][option] += Math.sqrt(votes);
        ghostRaw[id][option] += votes;
    }

    function stakeMore(uint256 voterSeed, uint256 amountSeed) external {
        address voter = voters[voterSeed % 4];
        if (token.paused() || token.isBlacklisted(voter)) return;
        vm.prank(voter);
        staking.stake(100e4 + (amountSeed % 1_000_000e4), 90);
    }

    /// @dev The committee vetoes in review: never blocked by the token; the burn may be deferred.
    function veto(uint256 proposalSeed) external {
        if (ids.length == 0) return;
        uint256 index = proposalSeed % ids.length;
        uint256 id = ids[index];
        if (governor.state(id) != IGovernor.ProposalState.Pending) return;
        (address[] memory t, uint256[] memory v, bytes[] memory c) = _flat(optionCountOf[id]);
        uint256 supply = token.totalSupply();
        vm.prank(safes[uint8(governor.proposalMeta(id).committee)]);
        governor.cancel(t, v, c, keccak256(bytes(_description(index))));
        require(governor.state(id) == IGovernor.ProposalState.Canceled, "veto blocked");
        burnedDeposits += supply - token.totalSupply();
        _observe(id);
    }

    /// @dev Anyone queues a succeeded proposal: never blocked by the token; the refund may be deferred.
    function queue(uint256 proposalSeed) external {
        if (ids.length == 0) return;
        uint256 index = proposalSeed % ids.length;
        uint256 id = ids[index];
        if (governor.state(id) != IGovernor.ProposalState.Succeeded) return;
        (address[] memory t, uint256[] memory v, bytes[] memory c) = _flat(optionCountOf[id]);
        governor.queue(t, v, c, keccak256(bytes(_description(index))));
        require(governor.state(id) == IGovernor.ProposalState.Queued, "queue blocked");
        if (governor.proposalMeta(id).depositState == IDTAGovernor.DepositState.Refunded)
            refunded += 10_000e4;
        _observe(id);
    }

    /// @dev settleDeposit reverts (the token's error) while the token refuses; the books follow what moved.
    function settle(uint256 proposalSeed) external {
        if (ids.length == 0) return;
        uint256 id = ids[proposalSeed % ids.length];
        IGovernor.ProposalState s = governor.state(id);
        if (
            governor.proposalMeta(id).depositState != IDTAGovernor.DepositState.Held ||
            s == IGovernor.ProposalState.Pending ||
            s == IGovernor.ProposalState.Active
        ) return;
        uint256 supply = token.totalSupply();
        try governor.settleDeposit(id) {
            IDTAGovernor.DepositState settled = governor.proposalMeta(id).depositState;
            if (settled == IDTAGovernor.DepositState.Burned) burnedDeposits += supply - token.totalSupply();
            else if (settled == IDTAGovernor.DepositState.Refunded) refunded += 10_000e4;
        } catch {
            require(token.paused() || token.isBlacklisted(voters[0]), "settle refused while DTA allows");
        }
        _observe(id);
    }

    /// @dev The Security Council's pause (the handler holds the guardian role).
    function setPaused(bool paused) external {
        if (paused == token.paused()) return;
        if (paused) token.pause();
        else token.unpause();
    }

    /// @dev The compliance role blacklists or clears the proposer.
    function setProposerBlacklisted(bool listed) external {
        token.setBlacklisted(voters[0], listed);
    }

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + 1 hours + (secondsSeed % 3 days));
    }

    function _observe(uint256 id) private {
        IDTAGovernor.DepositState was = seenDeposit[id];
        IDTAGovernor.DepositState now_ = governor.proposalMeta(id).depositState;
        if (
            (was == IDTAGovernor.DepositState.Refunded || was == IDTAGovernor.DepositState.Burned) &&
            now_ != was
        ) ++settledTwice;
        seenDeposit[id] = now_;
    }

    function _options(uint256 n) private view returns (IDTAGovernor.Option[] memory options) {
        options = new IDTAGovernor.Option[](n);
        for (uint256 i = 0; i < n; ++i) {
            options[i].targets = new address[](1);
            options[i].values = new uint256[](1);
            options[i].calldatas = new bytes[](1);
            options[i].targets[0] = address(fees);
            options[i].calldatas[0] = abi.encodeCall(ServiceFees.setServiceBurnBps, (200 + 100 * i));
        }
    }

    function _flat(
        uint256 n
    ) private view returns (address[] memory t, uint256[] memory v, bytes[] memory c) {
        IDTAGovernor.Option[] memory options = _options(n);
        t = new address[](n);
        v = new uint256[](n);
        c = new bytes[](n);
        for (uint256 i = 0; i < n; ++i) (t[i], c[i]) = (options[i].targets[0], options[i].calldatas[0]);
    }

    function _description(uint256 index) private pure returns (string memory) {
        return string(abi.encodePacked("proposal ", bytes32(index)));
    }
}

contract GovernanceInvariantTest {
    GovernanceHandler private handler;

    function setUp() public {
        handler = new GovernanceHandler();
    }

    /// @notice The only contract the fuzzer calls.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// @notice Σ deposits held == Σ deposits of proposals not yet settled (undecided, or decided while DTA
    ///         refused the move) == the governor's DTA balance.
    function invariant_depositsHeldAreTheUnsettledDeposits() public view {
        DTAGovernor governor = handler.governor();
        uint256 held;
        for (uint256 i = 0; i < handler.idCount(); ++i) {
            IDTAGovernor.ProposalMeta memory m = governor.proposalMeta(handler.ids(i));
            if (m.depositState == IDTAGovernor.DepositState.Held) held += m.deposit;
        }
        require(governor.depositsHeld() == held, "depositsHeld");
        require(handler.token().balanceOf(address(governor)) == held, "balance");
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// @notice Every deposit is held, refunded or burned — once: taken == held + refunded + burned, the supply
    ///         fell by exactly the burned deposits, and no proposal is both refunded and burned (a settled
    ///         deposit never changes again).
    function invariant_eachDepositSettlesOnce() public view {
        DTAGovernor governor = handler.governor();
        require(handler.settledTwice() == 0, "settled twice");
        for (uint256 i = 0; i < handler.idCount(); ++i) {
            uint256 id = handler.ids(i);
            IDTAGovernor.DepositState seen = handler.seenDeposit(id);
            if (seen == IDTAGovernor.DepositState.Refunded || seen == IDTAGovernor.DepositState.Burned) {
                require(governor.proposalMeta(id).depositState == seen, "settled deposit changed");
            }
        }
        require(
            handler.depositsTaken() ==
                governor.depositsHeld() + handler.refunded() + handler.burnedDeposits(),
            "taken"
        );
        require(
            handler.initialSupply() - handler.token().totalSupply() == handler.burnedDeposits(),
            "burned"
        );
    }

    /// hardhat-config: default.invariant.runs = 32
    /// hardhat-config: default.invariant.depth = 60
    /// @notice Each option's weight is Σ √(snapshot votes) of its voters, and its raw count Σ snapshot votes.
    function invariant_weightsAreSqrtOfSnapshotVotes() public view {
        DTAGovernor governor = handler.governor();
        for (uint256 i = 0; i < handler.idCount(); ++i) {
            uint256 id = handler.ids(i);
            uint256 n = handler.optionCountOf(id);
            uint256 slots = n == 1 ? 3 : n;
            for (uint256 o = 0; o < slots; ++o) {
                (uint256 raw, uint256 weight) = governor.optionVotes(id, uint8(o));
                require(weight == handler.ghostSqrt(id, o), "sqrt");
                require(raw == handler.ghostRaw(id, o), "raw");
            }
        }
    }
}
