/**
 * Ignition parameters for the DTA module, from environment variables. On a public chain the governance
 * proposers and the vesting beneficiaries must be given explicitly; the local chain uses dev accounts.
 */
import { getAddress, type Address } from "viem";

export interface DeployParameters {
  genesisTimestamp: bigint;
  timelockMinDelay?: bigint;
  timelockProposers?: Address[];
  VestingCoreTeamBeneficiary?: Address;
  VestingAdvisorsBeneficiary?: Address;
  VestingEarlyContributorsBeneficiary?: Address;
}

const BENEFICIARY_VARIABLES = {
  VestingCoreTeamBeneficiary: "VESTING_CORE_TEAM_BENEFICIARY",
  VestingAdvisorsBeneficiary: "VESTING_ADVISORS_BENEFICIARY",
  VestingEarlyContributorsBeneficiary: "VESTING_EARLY_CONTRIBUTORS_BENEFICIARY",
} as const;

/**
 * @param localProposer On the local chain, the interim proposer (a dev account that is not the deployer),
 *        so a newcomer can try the timelock; public chains must set TIMELOCK_PROPOSERS (comma-separated).
 */
export function deployParameters(
  env: Record<string, string | undefined>,
  isLocal: boolean,
  genesisTimestamp: bigint,
  localProposer: Address,
): DeployParameters {
  const params: DeployParameters = { genesisTimestamp };
  if (env.TIMELOCK_MIN_DELAY) params.timelockMinDelay = BigInt(env.TIMELOCK_MIN_DELAY);

  const proposers = env.TIMELOCK_PROPOSERS?.split(",").map((a) => getAddress(a.trim()));
  if (!proposers?.length && !isLocal) {
    throw new Error(
      "Set TIMELOCK_PROPOSERS (comma-separated addresses): without one, governance could never act.",
    );
  }
  params.timelockProposers = proposers?.length ? proposers : [localProposer];

  for (const [key, variable] of Object.entries(BENEFICIARY_VARIABLES) as [
    keyof typeof BENEFICIARY_VARIABLES,
    string,
  ][]) {
    const value = env[variable];
    if (value) params[key] = getAddress(value);
    else if (!isLocal) throw new Error(`Set ${variable}: the vesting beneficiary on a public chain.`);
  }
  return params;
}
