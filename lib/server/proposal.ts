/**
 * One proposal read straight from the chain for /governance/[id] (no indexer needed): its state, snapshot,
 * deadline, eta, committee and deposit, per-option raw and √ tallies, quorum and participation in ONE multicall;
 * its actions and description from its `ProposalCreated` log (found through the indexed `ProposalDetails`
 * event, so only one block is scanned, and kept once read); when it was queued and executed; and the committee
 * Safe transaction the proposal waits on — its committee's veto while in review, the Technical Committee's
 * `approveUpgrade` for an upgrade-class one — with how many of the Safe's owners approved it so far.
 * Imported only by server components.
 */
import { connection } from "next/server";
import { cache } from "react";
import { keccak256, stringToBytes, type Address, type Hex } from "viem";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import {
  approveUpgradeCalldata,
  safeTx,
  safeTxHash as hashSafeTx,
  vetoCalldata,
  type SafeAction,
} from "@/lib/governance/safeTx";
import { serverChain } from "./chain";
import type { ServerRead } from "./reads";

export interface OptionResult {
  readonly raw: bigint;
  readonly sqrt: bigint;
}

export interface SafeApprovals {
  /** A committee's veto (`cancel`) or the Technical Committee's `approveUpgrade(id)`. */
  readonly action: SafeAction;
  readonly safe: Address;
  readonly threshold: bigint;
  readonly owners: readonly Address[];
  /** Owners that approved (approveHash) the Safe transaction at the Safe's current nonce. */
  readonly approvedBy: readonly Address[];
  readonly safeTxHash: Hex;
  /** The Safe transaction: a call of `data` on `to` (the governor) at `nonce`. */
  readonly to: Address;
  readonly data: Hex;
  readonly nonce: bigint;
}

export interface ProposalView {
  readonly id: bigint;
  readonly state: number;
  readonly proposer: Address;
  readonly snapshot: bigint;
  readonly deadline: bigint;
  readonly eta: bigint;
  readonly committee: number;
  readonly optionCount: number;
  readonly upgradeMask: number;
  readonly depositState: number;
  readonly deposit: bigint;
  readonly vetoed: boolean;
  readonly results: readonly OptionResult[];
  readonly participation: bigint;
  /** Undefined before the snapshot has passed (the total voting power isn't known yet). */
  readonly quorum: bigint | undefined;
  readonly leading: { readonly found: boolean; readonly option: number };
  readonly queueWindow: bigint;
  readonly upgradeApproved: boolean;
  readonly description: string;
  readonly descriptionHash: Hex;
  readonly targets: readonly Address[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly Hex[];
  /** Exclusive end of each option's actions in the flattened lists (multi-option only). */
  readonly optionEnds: readonly number[];
  readonly createdAt: bigint;
  readonly createdBlock: bigint;
  readonly queuedAt?: bigint;
  readonly executedBlock?: bigint;
  readonly executedAt?: bigint;
  readonly chainTime: bigint;
  readonly approvals?: SafeApprovals;
}

const governorOf = () => getDeployedContract(appChain.chain.id, "DTAGovernor");

/**
 * Who of `safe`'s owners approved its transaction calling `data` on `to` at the Safe's current nonce: two round
 * trips (the Safe's threshold, owners and nonce; then each owner's `approvedHashes` of the local hash).
 */
async function safeApprovals(
  action: SafeAction,
  safe: Address,
  to: Address,
  data: Hex,
): Promise<SafeApprovals> {
  const contract = getDeployedContract(appChain.chain.id, "TechnicalCommittee");
  if (!contract) throw new Error("no Safe ABI");
  const client = serverChain();
  const base = { address: safe, abi: contract.abi } as const;
  const [threshold, owners, nonce] = await client.multicall({
    contracts: [
      { ...base, functionName: "getThreshold" },
      { ...base, functionName: "getOwners" },
      { ...base, functionName: "nonce" },
    ],
    allowFailure: false,
  });
  // The Safe 1.4.1 transaction hash is EIP-712 over (chainId, safe) and the transaction: computed here, not read.
  const safeTxHash = hashSafeTx(appChain.chain.id, safe, safeTx(to, data, nonce));
  const approved = await client.multicall({
    contracts: owners.map(
      (owner) => ({ ...base, functionName: "approvedHashes", args: [owner, safeTxHash] }) as const,
    ),
    allowFailure: false,
  });
  return {
    action,
    safe,
    threshold,
    owners,
    safeTxHash,
    to,
    data,
    nonce,
    approvedBy: owners.filter((_, i) => (approved[i] as bigint) > 0n),
  };
}

/** What a proposal's creation wrote, which never changes once mined: its actions, description and option layout. */
interface Creation {
  readonly createdBlock: bigint;
  readonly blockHash: Hex;
  readonly createdAt: bigint;
  readonly description: string;
  readonly targets: readonly Address[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly Hex[];
  readonly optionEnds: readonly number[];
}

/**
 * Creations already read, per chain, governor and id: the page refreshes every few seconds, and finding the
 * creation scans the governor's logs from its deploy block. A hit costs one block header, which also proves the
 * creation's block is still on the chain (a local chain reverted to a snapshot drops it, and so does the cache).
 */
const creations = new Map<string, Creation>();

async function creationOf(id: bigint): Promise<Creation | null> {
  const governor = governorOf()!;
  const client = serverChain();
  const base = { address: governor.address, abi: governor.abi } as const;
  const key = `${appChain.chain.id}:${governor.address}:${id}`;
  const known = creations.get(key);
  if (known) {
    const block = await client.getBlock({ blockNumber: known.createdBlock }).catch(() => undefined);
    if (block?.hash === known.blockHash) return known;
    creations.delete(key);
  }
  const [details] = await client.getContractEvents({
    ...base,
    eventName: "ProposalDetails",
    args: { proposalId: id },
    fromBlock: BigInt(governor.deployedOnBlock),
  });
  if (!details || details.blockNumber === null) return null;
  const createdBlock = details.blockNumber;
  const [logs, header] = await Promise.all([
    client.getContractEvents({
      ...base,
      eventName: "ProposalCreated",
      fromBlock: createdBlock,
      toBlock: createdBlock,
    }),
    client.getBlock({ blockNumber: createdBlock }),
  ]);
  const created = logs.find((log) => log.args.proposalId === id);
  if (!created) return null;
  const creation: Creation = {
    createdBlock,
    blockHash: header.hash,
    createdAt: header.timestamp,
    description: created.args.description ?? "",
    targets: created.args.targets ?? [],
    values: created.args.values ?? [],
    calldatas: created.args.calldatas ?? [],
    optionEnds: (details.args.optionEnds ?? []).map(Number),
  };
  creations.set(key, creation);
  return creation;
}

/** OZ IGovernor.ProposalState values after which a `ProposalQueued` / `ProposalExecuted` log can exist. */
const MAY_HAVE_QUEUED = new Set([2, 5, 6, 7]);
const EXECUTED = 7;
const PENDING = 0;

async function read(id: bigint): Promise<ProposalView | null | undefined> {
  const governor = governorOf();
  if (!governor) return undefined;
  const client = serverChain();
  const base = { address: governor.address, abi: governor.abi } as const;
  const creation = await creationOf(id);
  if (!creation) return null;
  const { createdBlock } = creation;
  const [
    state,
    snapshot,
    deadline,
    eta,
    proposer,
    meta,
    tally,
    queueWindow,
    technical,
    economic,
    partnership,
  ] = await client.multicall({
    contracts: [
      { ...base, functionName: "state", args: [id] },
      { ...base, functionName: "proposalSnapshot", args: [id] },
      { ...base, functionName: "proposalDeadline", args: [id] },
      { ...base, functionName: "proposalEta", args: [id] },
      { ...base, functionName: "proposalProposer", args: [id] },
      { ...base, functionName: "proposalMeta", args: [id] },
      { ...base, functionName: "tally", args: [id] },
      { ...base, functionName: "queueWindow" },
      { ...base, functionName: "committeeSafe", args: [0] },
      { ...base, functionName: "committeeSafe", args: [1] },
      { ...base, functionName: "committeeSafe", args: [2] },
    ],
    allowFailure: false,
  });
  const [raw, sqrt, participation, found, leading] = tally;
  const [quorum, head] = await Promise.all([
    client.readContract({ ...base, functionName: "quorum", args: [snapshot] }).catch(() => undefined),
    client.getBlock({ blockTag: "latest" }),
  ]);
  // Most refreshes are of proposals in review or voting: no queue or execution to look for yet.
  const [queued, executed] = await Promise.all([
    MAY_HAVE_QUEUED.has(state)
      ? client.getContractEvents({ ...base, eventName: "ProposalQueued", fromBlock: createdBlock })
      : [],
    state === EXECUTED
      ? client.getContractEvents({ ...base, eventName: "ProposalExecuted", fromBlock: createdBlock })
      : [],
  ]);
  const queuedLog = queued.find((l) => l.args.proposalId === id);
  const executedLog = executed.find((l) => l.args.proposalId === id);
  const [queuedBlock, executedBlock] = await Promise.all([
    queuedLog?.blockNumber ? client.getBlock({ blockNumber: queuedLog.blockNumber }) : undefined,
    executedLog?.blockNumber ? client.getBlock({ blockNumber: executedLog.blockNumber }) : undefined,
  ]);
  const { description } = creation;
  const descriptionHash = keccak256(stringToBytes(description));
  // The Safe transaction the proposal waits on: its committee's veto while in review; the Technical
  // Committee's approval of an upgrade-class proposal after that.
  const pending = state === PENDING;
  const safeAction = pending
    ? safeApprovals(
        "veto",
        [technical, economic, partnership][meta.committee] ?? technical,
        governor.address,
        vetoCalldata({ ...creation, descriptionHash }),
      )
    : meta.upgradeMask !== 0
      ? safeApprovals("approveUpgrade", technical, governor.address, approveUpgradeCalldata(id))
      : undefined;
  return {
    id,
    state,
    proposer,
    snapshot,
    deadline,
    eta,
    committee: meta.committee,
    optionCount: meta.optionCount,
    upgradeMask: meta.upgradeMask,
    depositState: meta.depositState,
    deposit: meta.deposit,
    vetoed: meta.vetoed,
    results: raw.map((r, i) => ({ raw: r, sqrt: sqrt[i] ?? 0n })),
    participation,
    quorum,
    leading: { found, option: leading },
    queueWindow,
    upgradeApproved: meta.upgradeApproved,
    description,
    descriptionHash,
    targets: creation.targets,
    values: creation.values,
    calldatas: creation.calldatas,
    optionEnds: creation.optionEnds,
    createdAt: creation.createdAt,
    createdBlock,
    queuedAt: queuedBlock?.timestamp,
    executedBlock: executedBlock?.number ?? undefined,
    executedAt: executedBlock?.timestamp,
    chainTime: head.timestamp,
    approvals: await safeAction?.catch(() => undefined),
  };
}

/** The proposal, `null` when there is none with this id, or why it couldn't be read. */
export const readProposal = cache(async (id: bigint): Promise<ServerRead<ProposalView | null>> => {
  await connection();
  try {
    const value = await read(id);
    return value === undefined ? { state: "notDeployed" } : { state: "ok", value };
  } catch {
    return { state: "unreachable" };
  }
});
