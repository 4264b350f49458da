/**
 * Ignition parameters for the DTA module, from environment variables. On a public chain the governance
 * proposers, the Security Council and the vesting beneficiaries must be given explicitly; the local chain uses
 * dev accounts.
 */
import { getAddress, type Address } from "viem";

// A type alias (not an interface) so it fits Ignition's indexed parameter map.
export type DeployParameters = {
  genesisTimestamp: bigint;
  timelockMinDelay?: bigint;
  timelockProposers?: Address[];
  securityCouncilOwners?: Address[];
  securityCouncilThreshold?: bigint;
  twinQualityOracle?: Address;
  dataValidator?: Address;
  VestingCoreTeamBeneficiary?: Address;
  VestingAdvisorsBeneficiary?: Address;
  VestingEarlyContributorsBeneficiary?: Address;
  technicalCommitteeOwners?: Address[];
  economicCommitteeOwners?: Address[];
  partnershipCouncilOwners?: Address[];
  technicalCommitteeThreshold?: bigint;
  economicCommitteeThreshold?: bigint;
  partnershipCouncilThreshold?: bigint;
  governorVotingDelay?: bigint;
  governorVotingPeriod?: bigint;
  governorProposalThreshold?: bigint;
  governorQuorumPercent?: bigint;
  governorProposalDeposit?: bigint;
  governorQueueWindow?: bigint;
};

/** The committee Safes: parameter prefix → env prefix (local owners in LOCAL_ROLES). */
const COMMITTEE_VARIABLES = {
  technicalCommittee: "TECHNICAL_COMMITTEE",
  economicCommittee: "ECONOMIC_COMMITTEE",
  partnershipCouncil: "PARTNERSHIP_COUNCIL",
} as const;

/** Optional governor numbers (SPEC.md's are the module defaults): parameter → env variable. */
const GOVERNOR_VARIABLES = {
  governorVotingDelay: "GOVERNOR_VOTING_DELAY",
  governorVotingPeriod: "GOVERNOR_VOTING_PERIOD",
  governorProposalThreshold: "GOVERNOR_PROPOSAL_THRESHOLD",
  governorQuorumPercent: "GOVERNOR_QUORUM_PERCENT",
  governorProposalDeposit: "GOVERNOR_PROPOSAL_DEPOSIT",
  governorQueueWindow: "GOVERNOR_QUEUE_WINDOW",
} as const;

const BENEFICIARY_VARIABLES = {
  VestingCoreTeamBeneficiary: "VESTING_CORE_TEAM_BENEFICIARY",
  VestingAdvisorsBeneficiary: "VESTING_ADVISORS_BENEFICIARY",
  VestingEarlyContributorsBeneficiary: "VESTING_EARLY_CONTRIBUTORS_BENEFICIARY",
} as const;

/**
 * Dev account indexes the local chain uses where a public chain needs configuration: #1 the timelock's
 * interim proposer (not the deployer, so a newcomer can try the timelock), #2–#4 the Security Council Safe's
 * owners (2 of 3 sign), #6 the twin registry's quality oracle and the data contributions' validator, #7–#9 the
 * vesting beneficiaries, and the governance committees' Safe owners (2 of 3 sign), accounts no other role uses:
 * Technical #10–#12, Economic #13–#15, Partnership Council #16–#18.
 */
export const LOCAL_ROLES = {
  proposer: 1,
  councilOwners: [2, 3, 4],
  technicalCommittee: [10, 11, 12],
  economicCommittee: [13, 14, 15],
  partnershipCouncil: [16, 17, 18],
  twinQualityOracle: 6,
  dataValidator: 6,
  VestingCoreTeamBeneficiary: 7,
  VestingAdvisorsBeneficiary: 8,
  VestingEarlyContributorsBeneficiary: 9,
} as const;

const addressList = (value: string | undefined): Address[] =>
  value ? value.split(",").map((a) => getAddress(a.trim())) : [];

/**
 * @param devAccounts On the local chain, the node's dev accounts (see LOCAL_ROLES); public chains must set
 *        TIMELOCK_PROPOSERS and SECURITY_COUNCIL_OWNERS (comma-separated) or SECURITY_COUNCIL_ADDRESS (an existing
 *        Safe), the VESTING_*_BENEFICIARY variables, and for each committee (TECHNICAL_COMMITTEE,
 *        ECONOMIC_COMMITTEE, PARTNERSHIP_COUNCIL) `<COMMITTEE>_OWNERS` or `<COMMITTEE>_ADDRESS`. GOVERNOR_* set
 *        the governor's numbers (seconds, DTA base units, percent) instead of SPEC.md's.
 */
export function deployParameters(
  env: Record<string, string | undefined>,
  isLocal: boolean,
  genesisTimestamp: bigint,
  devAccounts: readonly Address[],
): DeployParameters {
  const dev = (index: number): Address => {
    const account = devAccounts[index];
    if (!account) throw new Error(`The local chain has no dev account #${index}.`);
    return account;
  };
  // The module reads BIVE_TOKEN_ADDRESS itself; without it, it would deploy the local stand-in's dev holders.
  if (!isLocal && !env.BIVE_TOKEN_ADDRESS) {
    throw new Error("Set BIVE_TOKEN_ADDRESS: the legacy BIVE token the swap takes on a public chain.");
  }
  const params: DeployParameters = { genesisTimestamp };
  if (env.TIMELOCK_MIN_DELAY) params.timelockMinDelay = BigInt(env.TIMELOCK_MIN_DELAY);

  const proposers = addressList(env.TIMELOCK_PROPOSERS);
  if (!proposers.length && !isLocal) {
    throw new Error(
      "Set TIMELOCK_PROPOSERS (comma-separated addresses): without one, governance could never act.",
    );
  }
  params.timelockProposers = proposers.length ? proposers : [dev(LOCAL_ROLES.proposer)];

  // An existing Safe (SECURITY_COUNCIL_ADDRESS, read by the module) needs no owners here.
  if (!env.SECURITY_COUNCIL_ADDRESS) {
    const owners = addressList(env.SECURITY_COUNCIL_OWNERS);
    if (!owners.length && !isLocal) {
      throw new Error(
        "Set SECURITY_COUNCIL_OWNERS (comma-separated addresses) or SECURITY_COUNCIL_ADDRESS (an existing " +
          "Safe): the Security Council holds the pause and blacklist roles.",
      );
    }
    params.securityCouncilOwners = owners.length ? owners : LOCAL_ROLES.councilOwners.map(dev);
    if (env.SECURITY_COUNCIL_THRESHOLD)
      params.securityCouncilThreshold = BigInt(env.SECURITY_COUNCIL_THRESHOLD);
  }

  // Committee Safes: <COMMITTEE>_ADDRESS (an existing Safe, read by the module) or <COMMITTEE>_OWNERS.
  for (const [key, variable] of Object.entries(COMMITTEE_VARIABLES) as [
    keyof typeof COMMITTEE_VARIABLES,
    string,
  ][]) {
    if (env[`${variable}_ADDRESS`]) continue;
    const owners = addressList(env[`${variable}_OWNERS`]);
    if (!owners.length && !isLocal) {
      throw new Error(
        `Set ${variable}_OWNERS (comma-separated addresses) or ${variable}_ADDRESS (an existing Safe): ` +
          "every proposal names a committee that may veto it.",
      );
    }
    params[`${key}Owners`] = owners.length ? owners : LOCAL_ROLES[key].map(dev);
    const threshold = env[`${variable}_THRESHOLD`];
    if (threshold) params[`${key}Threshold`] = BigInt(threshold);
  }
  for (const [key, variable] of Object.entries(GOVERNOR_VARIABLES) as [
    keyof typeof GOVERNOR_VARIABLES,
    string,
  ][]) {
    const value = env[variable];
    if (value) params[key] = BigInt(value);
  }

  // The quality oracle scores twins; on a public chain the timelock grants the role unless one is named.
  if (env.TWIN_QUALITY_ORACLE) params.twinQualityOracle = getAddress(env.TWIN_QUALITY_ORACLE);
  else if (isLocal) params.twinQualityOracle = dev(LOCAL_ROLES.twinQualityOracle);
  // The validator scores data contributions; the same rule.
  if (env.DATA_VALIDATOR) params.dataValidator = getAddress(env.DATA_VALIDATOR);
  else if (isLocal) params.dataValidator = dev(LOCAL_ROLES.dataValidator);

  for (const [key, variable] of Object.entries(BENEFICIARY_VARIABLES) as [
    keyof typeof BENEFICIARY_VARIABLES,
    string,
  ][]) {
    const value = env[variable];
    if (value) params[key] = getAddress(value);
    else if (isLocal) params[key] = dev(LOCAL_ROLES[key]);
    else throw new Error(`Set ${variable}: the vesting beneficiary on a public chain.`);
  }
  return params;
}
