// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
// solhint-disable-next-line max-line-length
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";

/// @title Bench reference: OpenZeppelin Governor 5.7 with simple counting, unmodified
/// @notice The gas bench deploys it over the same staking votes as `DTAGovernor` and casts the same votes from
///         the same accounts, so each DTAGovernor row has a like-for-like OZ figure beside it. Never deployed
///         outside the bench.
contract ReferenceGovernor is GovernorSettings, GovernorCountingSimple, GovernorVotesQuorumFraction {
    constructor(
        IVotes votes,
        uint48 votingDelay_,
        uint32 votingPeriod_,
        uint256 threshold
    )
        Governor("OZ Reference Governor")
        GovernorSettings(votingDelay_, votingPeriod_, threshold)
        GovernorVotes(votes)
        GovernorVotesQuorumFraction(4)
    {}

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }
}
