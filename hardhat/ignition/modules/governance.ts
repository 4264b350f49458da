import type { ContractFuture, IgnitionModuleBuilder } from "@nomicfoundation/ignition-core";
import { toFunctionSelector } from "viem";
import { stockSafe } from "./safes.ts";

const DAY = 24n * 60n * 60n;
/** DTA base units per DTA (4 decimals). */
const DTA = 10n ** 4n;

/** SPEC.md's governance numbers; each is a module parameter (and governance-set afterwards). */
export const GOVERNOR_DEFAULTS = {
  governorVotingDelay: 2n * DAY,
  governorVotingPeriod: 5n * DAY,
  governorProposalThreshold: 1_000_000n * DTA,
  governorQuorumPercent: 4n,
  governorProposalDeposit: 10_000n * DTA,
  governorQueueWindow: 14n * DAY,
} as const;

/**
 * Functions whose calls make a proposal upgrade-class (they change which contracts or accounts the system
 * trusts: bonus sources, revenue destinations, roles such as the quality oracle, the timelock, the committees);
 * such a proposal executes only after the Technical Committee Safe approved it.
 */
export const UPGRADE_CLASS_FUNCTIONS = [
  "setBonusSource(uint8,address)",
  "setDestinations(address,address,address)",
  "grantRole(bytes32,address)",
  "revokeRole(bytes32,address)",
  "updateTimelock(address)",
  "setCommitteeSafe(uint8,address)",
  "setUpgradeSelector(bytes4,bool)",
] as const;

/** The committees in `IDTAGovernor.Committee` order: [future id, parameter prefix, env prefix]. */
export const COMMITTEES = [
  ["TechnicalCommittee", "technicalCommittee", "TECHNICAL_COMMITTEE"],
  ["EconomicCommittee", "economicCommittee", "ECONOMIC_COMMITTEE"],
  ["PartnershipCouncil", "partnershipCouncil", "PARTNERSHIP_COUNCIL"],
] as const;

/**
 * The DAO: three committee Safes (each from `<committee>Owners` with `<committee>Threshold` signatures, or an
 * existing Safe from `<COMMITTEE>_ADDRESS`), the `ProposalActions` library and the governor over the staking
 * votes. The caller registers the governor as staking's governance bonus source and hands the timelock over.
 */
export function governance(
  m: IgnitionModuleBuilder,
  staking: ContractFuture<"DTAStaking">,
  token: ContractFuture<"DTAToken">,
  timelock: ContractFuture<"DTATimelock">,
) {
  const [technical, economic, partnership] = COMMITTEES.map(([id, param, env], i) =>
    stockSafe(m, id, param, BigInt(i + 1), process.env[`${env}_ADDRESS`]),
  );
  const p = Object.fromEntries(
    Object.entries(GOVERNOR_DEFAULTS).map(([key, value]) => [key, m.getParameter(key, value)]),
  ) as { [K in keyof typeof GOVERNOR_DEFAULTS]: ReturnType<typeof m.getParameter<bigint>> };
  const actions = m.library("ProposalActions");
  const governor = m.contract(
    "DTAGovernor",
    [
      staking,
      token,
      timelock,
      [technical!, economic!, partnership!],
      UPGRADE_CLASS_FUNCTIONS.map((signature) => toFunctionSelector(signature)),
      {
        votingDelay: p.governorVotingDelay,
        votingPeriod: p.governorVotingPeriod,
        proposalThreshold: p.governorProposalThreshold,
        quorumPercent: p.governorQuorumPercent,
        deposit: p.governorProposalDeposit,
        queueWindow: p.governorQueueWindow,
      },
    ],
    { libraries: { ProposalActions: actions } },
  );
  return {
    governor,
    technicalCommittee: technical!,
    economicCommittee: economic!,
    partnershipCouncil: partnership!,
  };
}
