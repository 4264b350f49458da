/**
 * Ignition parameters for the DTA module, from environment variables. On a public chain the governance
 * proposers, the Security Council and the vesting beneficiaries must be given explicitly; the local chain uses
 * dev accounts.
 */
import { getAddress, type Address } from "viem";

export interface DeployParameters {
  genesisTimestamp: bigint;
  timelockMinDelay?: bigint;
  timelockProposers?: Address[];
  securityCouncilOwners?: Address[];
  securityCouncilThreshold?: bigint;
  VestingCoreTeamBeneficiary?: Address;
  VestingAdvisorsBeneficiary?: Address;
  VestingEarlyContributorsBeneficiary?: Address;
}

const BENEFICIARY_VARIABLES = {
  VestingCoreTeamBeneficiary: "VESTING_CORE_TEAM_BENEFICIARY",
  VestingAdvisorsBeneficiary: "VESTING_ADVISORS_BENEFICIARY",
  VestingEarlyContributorsBeneficiary: "VESTING_EARLY_CONTRIBUTORS_BENEFICIARY",
} as const;

/** Dev accounts the local chain uses where a public chain needs configuration. */
export interface LocalAccounts {
  /** The timelock's interim proposer (a dev account that is not the deployer), so a newcomer can try it. */
  proposer: Address;
  /** The Security Council Safe's owners (dev accounts #2, #3 and #4; 2 of them must sign). */
  councilOwners: Address[];
}

const addressList = (value: string | undefined): Address[] =>
  value ? value.split(",").map((a) => getAddress(a.trim())) : [];

/**
 * @param local On the local chain, the dev accounts used by default; public chains must set TIMELOCK_PROPOSERS
 *        and SECURITY_COUNCIL_OWNERS (comma-separated) or SECURITY_COUNCIL_ADDRESS (an existing Safe).
 */
export function deployParameters(
  env: Record<string, string | undefined>,
  isLocal: boolean,
  genesisTimestamp: bigint,
  local: LocalAccounts,
): DeployParameters {
  const params: DeployParameters = { genesisTimestamp };
  if (env.TIMELOCK_MIN_DELAY) params.timelockMinDelay = BigInt(env.TIMELOCK_MIN_DELAY);

  const proposers = addressList(env.TIMELOCK_PROPOSERS);
  if (!proposers.length && !isLocal) {
    throw new Error(
      "Set TIMELOCK_PROPOSERS (comma-separated addresses): without one, governance could never act.",
    );
  }
  params.timelockProposers = proposers.length ? proposers : [local.proposer];

  // An existing Safe (SECURITY_COUNCIL_ADDRESS, read by the module) needs no owners here.
  if (!env.SECURITY_COUNCIL_ADDRESS) {
    const owners = addressList(env.SECURITY_COUNCIL_OWNERS);
    if (!owners.length && !isLocal) {
      throw new Error(
        "Set SECURITY_COUNCIL_OWNERS (comma-separated addresses) or SECURITY_COUNCIL_ADDRESS (an existing " +
          "Safe): the Security Council holds the pause and blacklist roles.",
      );
    }
    params.securityCouncilOwners = owners.length ? owners : local.councilOwners;
    if (env.SECURITY_COUNCIL_THRESHOLD)
      params.securityCouncilThreshold = BigInt(env.SECURITY_COUNCIL_THRESHOLD);
  }

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
