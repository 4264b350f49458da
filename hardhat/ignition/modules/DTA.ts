import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import type { ContractFuture, IgnitionModuleBuilder } from "@nomicfoundation/ignition-core";
import {
  TEAM_VESTING_SECONDS,
  totalsByCustodian,
  type Custodian,
} from "../../../lib/tokenomics/allocation.ts";
import { governance } from "./governance.ts";
import { LOCAL_BIVE_HOLDERS } from "./localBive.ts";
import { stockSafe } from "./safes.ts";

const TWO_DAYS = 2n * 24n * 60n * 60n;
const ZERO = "0x0000000000000000000000000000000000000000";

/**
 * Team & advisors vesting wallets: custodian key → [contract id, group]. The beneficiary is the required
 * `<id>Beneficiary` parameter (dev accounts #7–#9 locally): a default account would make Ignition ask for
 * dev account indexes a public chain's single deployer key does not have.
 */
const VESTING_WALLETS = {
  vestingCoreTeam: ["VestingCoreTeam", "Core team"],
  vestingAdvisors: ["VestingAdvisors", "Advisors"],
  vestingEarlyContributors: ["VestingEarlyContributors", "Early contributors"],
} as const satisfies Partial<Record<Custodian, readonly [string, string]>>;

/**
 * The Security Council: a stock Safe 1.4.1 owned by the `securityCouncilOwners` parameter with
 * `securityCouncilThreshold` signatures (default 2). With SECURITY_COUNCIL_ADDRESS set (a Safe that already
 * exists on a public chain), that Safe is used instead.
 */
const securityCouncil = (m: IgnitionModuleBuilder) =>
  stockSafe(m, "SecurityCouncil", "securityCouncil", 0n, process.env.SECURITY_COUNCIL_ADDRESS);

/** `BonusKind.Twin` in IDTAStaking: the twin registry decides the +20% twin bonus. */
const TWIN_BONUS_KIND = 0;
/** `BonusKind.DataQuality` in IDTAStaking: the data contract decides the +15% data-quality bonus. */
const DATA_QUALITY_BONUS_KIND = 1;
/** `BonusKind.AIService` in IDTAStaking: the marketplace decides the +25% AI-service bonus. */
const AI_SERVICE_BONUS_KIND = 3;
/** `BonusKind.Governance` in IDTAStaking: the governor decides the +10% governance bonus. */
const GOVERNANCE_BONUS_KIND = 2;
/** DEFAULT_ADMIN_ROLE of OpenZeppelin's AccessControl. */
const DEFAULT_ADMIN_ROLE = "0x0000000000000000000000000000000000000000000000000000000000000000";

/**
 * Genesis: the governance timelock, the Security Council Safe, the DTA token (1B minted once to the
 * deployer), vesting wallets, staking, the BIVE swap, the revenue distributor, the service fees, the twin
 * registry (custodian of the 80M twin incentive pool and staking's twin bonus source), the AI marketplace
 * (custodian of the 60M AI provider rewards pool and staking's AI-service bonus source), the data contributions
 * contract (custodian of the 40M data contribution rewards pool and staking's data-quality bonus source) and the
 * payment streams; then the allocation table is distributed, one transfer per custodian. The deployer ends with no tokens and
 * no roles: the timelock holds every admin role, the Security Council the guardian (pause) and compliance
 * (blacklist) roles. Staking is deployed with the deployer as interim admin only to set its twin,
 * data-quality and AI-service bonus sources; the admin role then passes to the timelock and the deployer renounces it. The twin registry's
 * quality oracle is the `twinQualityOracle` parameter (dev account #6 locally; address zero leaves the role
 * for the timelock to grant); the data contract's validator is the `dataValidator` parameter (the same rule).
 * `timelockProposers` and `securityCouncilOwners` have no default: a timelock nobody can propose to would
 * leave every role and the DTA it holds unreachable. Governance (governance.ts): the governor over staking's
 * votes with its three committee Safes; it becomes staking's governance bonus source and, through the
 * timelock's `handOver`, the timelock's only proposer and canceller (the interim `timelockProposers` and the
 * deployer's setup admin role are removed).
 * On a public chain set BIVE_TOKEN_ADDRESS to the real legacy BIVE; locally a stand-in with seeded holders is
 * deployed.
 */
export default buildModule("DTA", (m) => {
  const deployer = m.getAccount(0);
  const genesisTimestamp = m.getParameter<bigint>("genesisTimestamp");
  const minDelay = m.getParameter("timelockMinDelay", TWO_DAYS);
  const proposers = m.getParameter<string[]>("timelockProposers");

  // The deployer administers the timelock only until `handOver` makes the governor its proposer.
  const timelock = m.contract("DTATimelock", [minDelay, proposers, deployer]);
  const council = securityCouncil(m);
  const token = m.contract("DTAToken", [deployer, timelock, council]);

  const custodians = new Map<Custodian, ContractFuture<string>>([["timelock", timelock]]);
  for (const [key, [id, label]] of Object.entries(VESTING_WALLETS)) {
    const beneficiary = m.getParameter<string>(`${id}Beneficiary`);
    custodians.set(
      key as Custodian,
      m.contract("TeamVesting", [label, beneficiary, genesisTimestamp, TEAM_VESTING_SECONDS], { id }),
    );
  }

  const staking = m.contract("DTAStaking", [token, deployer, council]);
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
  const biveSwap = m.contract("BiveSwap", [bive, token, genesisTimestamp, timelock, council]);
  custodians.set("biveSwapPool", biveSwap);
  custodians.set("biveEarlyBonusPool", biveSwap);

  const revenueDistributor = m.contract("RevenueDistributor", [token, timelock, staking, timelock, timelock]);
  const serviceFees = m.contract("ServiceFees", [timelock]);
  const qualityOracle = m.getParameter<string>("twinQualityOracle", ZERO);
  const twinRegistry = m.contract("TwinRegistry", [
    token,
    serviceFees,
    revenueDistributor,
    timelock,
    qualityOracle,
  ]);
  custodians.set("twinIncentivesPool", twinRegistry);
  const aiMarketplace = m.contract("AIMarketplace", [token, serviceFees, revenueDistributor, timelock]);
  custodians.set("aiProviderRewardsPool", aiMarketplace);
  const dataValidator = m.getParameter<string>("dataValidator", ZERO);
  const dataContributions = m.contract("DataContributions", [
    token,
    serviceFees,
    revenueDistributor,
    timelock,
    dataValidator,
  ]);
  custodians.set("dataRewardsPool", dataContributions);
  const dtaStreams = m.contract("DTAStreams", [token]);

  const twinBonus = m.call(staking, "setBonusSource", [TWIN_BONUS_KIND, twinRegistry], {
    id: "Staking_twinBonusSource",
  });
  const aiServiceBonus = m.call(staking, "setBonusSource", [AI_SERVICE_BONUS_KIND, aiMarketplace], {
    id: "Staking_aiServiceBonusSource",
  });
  const dataQualityBonus = m.call(staking, "setBonusSource", [DATA_QUALITY_BONUS_KIND, dataContributions], {
    id: "Staking_dataQualityBonusSource",
  });
  const dao = governance(m, staking, token, timelock);
  const governanceBonus = m.call(staking, "setBonusSource", [GOVERNANCE_BONUS_KIND, dao.governor], {
    id: "Staking_governanceBonusSource",
  });
  m.call(timelock, "handOver", [dao.governor], { id: "Timelock_handOverToGovernor" });
  const grantAdmin = m.call(staking, "grantRole", [DEFAULT_ADMIN_ROLE, timelock], {
    id: "Staking_grantAdminToTimelock",
    after: [twinBonus, aiServiceBonus, dataQualityBonus, governanceBonus],
  });
  m.call(staking, "renounceRole", [DEFAULT_ADMIN_ROLE, deployer], {
    id: "Staking_renounceDeployerAdmin",
    after: [grantAdmin],
  });

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
  return {
    ...byCustodian,
    token,
    timelock,
    council,
    staking,
    bive,
    biveSwap,
    revenueDistributor,
    serviceFees,
    twinRegistry,
    aiMarketplace,
    ...dao,
    dataContributions,
    dtaStreams,
  };
});
