import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import type { ContractFuture } from "@nomicfoundation/ignition-core";
import {
  TEAM_VESTING_SECONDS,
  totalsByCustodian,
  type Custodian,
} from "../../../lib/tokenomics/allocation.ts";

const TWO_DAYS = 2n * 24n * 60n * 60n;

/** Reserved pools whose paying contracts arrive in later releases, by custodian key → contract id. */
const RESERVED_POOLS = {
  stakingRewardsPool: ["StakingRewardsPool", "Staking rewards pool"],
  twinIncentivesPool: ["TwinIncentivesPool", "Digital-twin incentives"],
  aiProviderRewardsPool: ["AiProviderRewardsPool", "AI provider rewards"],
  dataRewardsPool: ["DataRewardsPool", "Data contribution rewards"],
  biveSwapPool: ["BiveSwapPool", "BIVE 1:1 swap pool"],
  biveEarlyBonusPool: ["BiveEarlyBonusPool", "Early BIVE holder bonus"],
} as const satisfies Partial<Record<Custodian, readonly [string, string]>>;

const VESTING_WALLETS = {
  vestingCoreTeam: ["VestingCoreTeam", "Core team", 7],
  vestingAdvisors: ["VestingAdvisors", "Advisors", 8],
  vestingEarlyContributors: ["VestingEarlyContributors", "Early contributors", 9],
} as const satisfies Partial<Record<Custodian, readonly [string, string, number]>>;

/**
 * Genesis: the governance timelock, the DTA token (1B minted once to the deployer, roles to the timelock),
 * the vesting wallets and reserved pools, then one transfer per custodian from the shared allocation table.
 * The deployer ends with no tokens and no roles.
 */
export default buildModule("DTA", (m) => {
  const deployer = m.getAccount(0);
  const genesisTimestamp = m.getParameter<bigint>("genesisTimestamp");
  const minDelay = m.getParameter("timelockMinDelay", TWO_DAYS);
  const proposers = m.getParameter<string[]>("timelockProposers", []);

  const timelock = m.contract("DTATimelock", [
    minDelay,
    proposers,
    "0x0000000000000000000000000000000000000000",
  ]);
  const token = m.contract("DTAToken", [deployer, timelock]);

  const custodians = new Map<Custodian, ContractFuture<string>>([["timelock", timelock]]);
  for (const [key, [id, label]] of Object.entries(RESERVED_POOLS)) {
    custodians.set(key as Custodian, m.contract("ReservedPool", [label, token, timelock], { id }));
  }
  for (const [key, [id, label, devAccount]] of Object.entries(VESTING_WALLETS)) {
    const beneficiary = m.getParameter(`${id}Beneficiary`, m.getAccount(devAccount));
    custodians.set(
      key as Custodian,
      m.contract("TeamVesting", [label, beneficiary, genesisTimestamp, TEAM_VESTING_SECONDS], { id }),
    );
  }

  for (const [custodian, amount] of totalsByCustodian()) {
    const to = custodians.get(custodian);
    if (!to) throw new Error(`No contract holds the ${custodian} allocation`);
    m.call(token, "transfer", [to, amount], { id: `Genesis_${custodian}` });
  }

  const byCustodian = Object.fromEntries(custodians) as Record<Custodian, ContractFuture<string>>;
  return { ...byCustodian, token, timelock };
});
