/**
 * The gasless vote relay's server side: the relayer account (RELAYER_PRIVATE_KEY on public chains — never
 * committed; on the local chain an unlocked node account, RELAYER_DEV_ACCOUNT, default 19), the chain facts each
 * vote is checked against before any gas is spent (lib/governance/relay.ts holds the pure checks), a per-voter
 * rate limit kept in this server process, and the submission: one vote with `castVoteWithReasonAndParamsBySig`,
 * several in ONE `castVotesBySig`. Imported only by app/api/relay/route.ts.
 */
import { createWalletClient, http, type Account, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { nonceKey, type BallotDomain } from "@/lib/governance/ballot";
import {
  checkVoteFacts,
  rateLimited,
  relayerCanPay,
  signatureMatches,
  sponsoredVotesLeft,
  type RateLimit,
  type RelayRefusal,
  type RelayVote,
} from "@/lib/governance/relay";
import { serverChain } from "./chain";

/** Gas one relayed vote with reason costs at most (measured ~100k alone, ~76k per vote in a batch). */
export const GAS_PER_RELAYED_VOTE = 120_000n;

const LIMIT: RateLimit = {
  max: Number(process.env.RELAY_MAX_VOTES_PER_VOTER ?? 5),
  windowMs: Number(process.env.RELAY_WINDOW_SECONDS ?? 3_600) * 1_000,
};

/** Relay times per voter (lower-case address), this process only. */
const history = new Map<string, number[]>();

let relayer: Promise<Account | Address | undefined> | undefined;

/** The relayer: a configured key, or on the local chain an unlocked node account; undefined when none. */
export function relayerAccount(): Promise<Account | Address | undefined> {
  relayer ??= (async () => {
    const key = process.env.RELAYER_PRIVATE_KEY;
    if (key && /^0x[0-9a-fA-F]{64}$/.test(key)) return privateKeyToAccount(key as Hex);
    if (!appChain.isLocal) return undefined;
    const index = Number(process.env.RELAYER_DEV_ACCOUNT ?? 19);
    const node = createWalletClient({ chain: appChain.chain, transport: http(appChain.rpcUrl) });
    const accounts = await node.getAddresses();
    return accounts[index];
  })().catch(() => undefined);
  return relayer;
}

const addressOf = (account: Account | Address) => (typeof account === "string" ? account : account.address);

export interface RelayStatus {
  readonly relayer: Address;
  readonly sponsoredVotesLeft: bigint;
}

/** The relayer and how many more votes its balance pays for; a refusal when there is no relayer. */
export async function relayStatus(): Promise<RelayStatus | RelayRefusal> {
  const account = await relayerAccount();
  if (!account) {
    return {
      ok: false,
      status: 503,
      message: "No relayer is configured on this chain. Vote with your own wallet.",
    };
  }
  const client = serverChain();
  const [balance, gasPrice] = await Promise.all([
    client.getBalance({ address: addressOf(account) }),
    client.getGasPrice(),
  ]);
  return {
    relayer: addressOf(account),
    sponsoredVotesLeft: sponsoredVotesLeft(balance, GAS_PER_RELAYED_VOTE, gasPrice),
  };
}

function governor() {
  const contract = getDeployedContract(appChain.chain.id, "DTAGovernor");
  if (!contract) throw new Error("The governor isn't deployed on this chain.");
  return contract;
}

/** Every check the governor would make, read at one block, before the relayer pays for anything. */
export async function checkVotes(votes: readonly RelayVote[], now: number): Promise<RelayRefusal | null> {
  const { address, abi } = governor();
  const client = serverChain();
  const seen = new Set<string>();
  for (const vote of votes) {
    const id = `${vote.proposalId}:${vote.voter.toLowerCase()}`;
    if (seen.has(id))
      return { ok: false, status: 400, message: "The batch holds two votes of one account on one proposal." };
    seen.add(id);
  }
  const [, name, version, chainId, verifyingContract] = await client.readContract({
    address,
    abi,
    functionName: "eip712Domain",
  });
  const domain: BallotDomain = { name, version, chainId: Number(chainId), verifyingContract };
  for (const vote of votes) {
    const limited = rateLimited(history.get(vote.voter.toLowerCase()) ?? [], now, LIMIT);
    if (limited) return limited;
    const base = { address, abi } as const;
    const [state, snapshot, meta, hasVoted, nonce] = await Promise.all([
      client.readContract({ ...base, functionName: "state", args: [vote.proposalId] }).catch(() => undefined),
      client.readContract({ ...base, functionName: "proposalSnapshot", args: [vote.proposalId] }),
      client.readContract({ ...base, functionName: "proposalMeta", args: [vote.proposalId] }),
      client.readContract({ ...base, functionName: "hasVoted", args: [vote.proposalId, vote.voter] }),
      client.readContract({ ...base, functionName: "nonces", args: [vote.voter, nonceKey(vote.proposalId)] }),
    ]);
    if (state === undefined) return { ok: false, status: 400, message: "There is no such proposal." };
    const snapshotVotes =
      state === 1
        ? await client.readContract({ ...base, functionName: "getVotes", args: [vote.voter, snapshot] })
        : 0n;
    const refusal = checkVoteFacts(vote, { state, optionCount: meta.optionCount, hasVoted, snapshotVotes });
    if (refusal) return refusal;
    if (!(await signatureMatches(vote, domain, nonce))) {
      return {
        ok: false,
        status: 400,
        message: "The signature doesn't match this vote, its reason and the voter's next nonce. Sign again.",
      };
    }
  }
  const status = await relayStatus();
  if ("ok" in status) return status;
  return relayerCanPay(status.sponsoredVotesLeft, BigInt(votes.length));
}

/** Sends the checked votes from the relayer (one transaction) and waits for it; returns its hash. */
export async function submitVotes(votes: readonly RelayVote[], now: number): Promise<Hex> {
  const account = await relayerAccount();
  if (!account) throw new Error("No relayer");
  const { address, abi } = governor();
  const wallet = createWalletClient({ account, chain: appChain.chain, transport: http(appChain.rpcUrl) });
  const [first] = votes;
  const hash =
    votes.length === 1 && first
      ? await wallet.writeContract({
          address,
          abi,
          functionName: "castVoteWithReasonAndParamsBySig",
          args: [first.proposalId, first.support, first.voter, first.reason, "0x", first.signature],
        })
      : await wallet.writeContract({
          address,
          abi,
          functionName: "castVotesBySig",
          args: [votes.map((v) => ({ ...v }))],
        });
  for (const vote of votes) {
    const key = vote.voter.toLowerCase();
    history.set(key, [...(history.get(key) ?? []).filter((t) => t > now - LIMIT.windowMs), now]);
  }
  const receipt = await serverChain().waitForTransactionReceipt({ hash, timeout: 60_000 });
  if (receipt.status !== "success") throw new Error("The relayed transaction reverted.");
  return hash;
}
