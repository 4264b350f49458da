import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import type { ContractFuture } from "@nomicfoundation/ignition-core";
import {
  TEAM_VESTING_SECONDS,
  totalsByCustodian,
  type Custodian,
} from "../../../lib/tokenomics/allocation.ts";
import { LOCAL_BIVE_HOLDERS } from "./localBive.ts";

const TWO_DAYS = 2n * 24n * 60n * 60n;
const ZERO = "0x0000000000000000000000000000000000000000";

/** Reserved pools whose paying contracts arrive in later releases, by custodian key → [contract id, label]. */
const RESERVED_POOLS = {
  twinIncentivesPool: ["TwinIncentivesPool", "Digital-twin incentives"],
  aiProviderRewardsPool: ["AiProviderRewardsPool", "AI provider rewards"],
  dataRewardsPool: ["DataRewardsPool", "Data contribution rewards"],
} as const satisfies Partial<Record<Custodian, readonly [string, string]>>;

/** Team & advisors vesting wallets: custodian key → [contract id, group, local dev account beneficiary]. */
const VESTING_WALLETS = {
  vestingCoreTeam: ["VestingCoreTeam", "Core team", 7],
  vestingAdvisors: ["VestingAdvisors", "Advisors", 8],
  vestingEarlyContributors: ["VestingEarlyContributors", "Early contributors", 9],
} as const satisfies Partial<Record<Custodian, readonly [string, string, number]>>;

/**
 * Genesis: the governance timelock, the DTA token (1B minted once to the deployer, roles to the timelock),
 * vesting wallets, staking, the BIVE swap, the revenue distributor and the reserved pools; then the allocation table is
 * distributed, one transfer per custodian. The deployer ends with no tokens and no roles.
 * On a public chain set BIVE_TOKEN_ADDRESS to the real legacy BIVE; locally a stand-in with seeded holders is
 * deployed.
 */
export default buildModule("DTA", (m) => {
  const deployer = m.getAccount(0);
  const genesisTimestamp = m.getParameter<bigint>("genesisTimestamp");
  const minDelay = m.getParameter("timelockMinDelay", TWO_DAYS);
  const proposers = m.getParameter<string[]>("timelockProposers", []);

  const timelock = m.contract("DTATimelock", [minDelay, proposers, ZERO]);
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

  const staking = m.contract("DTAStaking", [token, timelock]);
  custodians.set("stakingRewardsPool", staking);

  const biveAddress = process.env.BIVE_TOKEN_ADDRESS;
  const bive = biveAddress
    ? m.contractAt("LegacyBIVE", biveAddress, { id: "BIVE" })
    : m.contract(
        "LegacyBIVE",
        [
          LOCAL_BIVE_HOLDERS.map(([account]) => m.getAccount(account)),
          LOCAL_BIVE_HOLDERS.map(([, amount]) => amount),
        ],
        { id: "BIVE" },
      );
  const biveSwap = m.contract("BiveSwap", [bive, token, genesisTimestamp, timelock]);
  custodians.set("biveSwapPool", biveSwap);
  custodians.set("biveEarlyBonusPool", biveSwap);

  const revenueDistributor = m.contract("RevenueDistributor", [token, timelock, staking, timelock, timelock]);

  for (const [custodian, amount] of totalsByCustodian()) {
    if (custodian === "biveSwapPool" || custodian === "biveEarlyBonusPool") continue;
    m.call(token, "transfer", [custodians.get(custodian)!, amount], { id: `Genesis_${custodian}` });
  }
  const swapPool = totalsByCustodian().get("biveSwapPool") ?? 0n;
  const bonusPool = totalsByCustodian().get("biveEarlyBonusPool") ?? 0n;
  const approveSwap = m.call(token, "approve", [biveSwap, swapPool + bonusPool], {
    id: "Genesis_approveBiveSwap",
  });
  m.call(biveSwap, "fundPools", [swapPool, bonusPool], { id: "Genesis_biveSwapPools", after: [approveSwap] });

  const byCustodian = Object.fromEntries(custodians) as Record<Custodian, ContractFuture<string>>;
  return { ...byCustodian, token, timelock, staking, bive, biveSwap, revenueDistributor };
});
