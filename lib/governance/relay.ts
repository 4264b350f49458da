/**
 * The gasless vote relay's pure checks, run before the relayer spends gas: the request's shape, the proposal
 * and voter facts read from the chain, the voter's signature (EIP-712 `ExtendedBallot` with its keyed nonce and
 * reason), a per-voter rate limit, and how many sponsored votes the relayer's balance still pays for. Each
 * refusal carries an HTTP status and a sentence for the voter. The route handler (later) wires these to the
 * chain and the relayer key.
 */
import { isAddress, isHex, recoverTypedDataAddress, type Address, type Hex } from "viem";
import { ballotTypedData, type BallotDomain } from "./ballot";

/** Longest reason the relay pays to put on-chain, in characters. */
export const MAX_REASON_LENGTH = 1_000;
/** OZ IGovernor.ProposalState.Active. */
const ACTIVE = 1;

export interface RelayVote {
  readonly proposalId: bigint;
  readonly support: number;
  readonly voter: Address;
  readonly reason: string;
  readonly signature: Hex;
}

export interface RelayRefusal {
  readonly ok: false;
  readonly status: 400 | 409 | 429 | 503;
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | RelayRefusal;

const refuse = (status: RelayRefusal["status"], message: string): RelayRefusal => ({
  ok: false,
  status,
  message,
});

function asBigInt(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "string" && /^(0x[0-9a-fA-F]+|\d+)$/.test(value)) return BigInt(value);
  return undefined;
}

/** Validates a JSON request body into a vote (ids as decimal or hex strings). */
export function parseRelayVote(body: unknown): Checked<RelayVote> {
  if (typeof body !== "object" || body === null) return refuse(400, "The request must be a signed vote.");
  const b = body as Record<string, unknown>;
  const proposalId = asBigInt(b.proposalId);
  if (proposalId === undefined || proposalId <= 0n)
    return refuse(400, "The proposal id is missing or malformed.");
  const support = b.support;
  if (typeof support !== "number" || !Number.isInteger(support) || support < 0 || support > 255) {
    return refuse(400, "The vote's choice must be a whole number from 0 to 255.");
  }
  if (typeof b.voter !== "string" || !isAddress(b.voter))
    return refuse(400, "The voter's address is malformed.");
  const reason = b.reason ?? "";
  if (typeof reason !== "string") return refuse(400, "The reason must be text.");
  if (reason.length > MAX_REASON_LENGTH) {
    return refuse(
      400,
      `A relayed reason is at most ${MAX_REASON_LENGTH} characters (this one has ${reason.length}).`,
    );
  }
  if (typeof b.signature !== "string" || !isHex(b.signature) || (b.signature.length - 2) / 2 !== 65) {
    return refuse(400, "The signature must be 65 bytes of hex.");
  }
  return { ok: true, value: { proposalId, support, voter: b.voter, reason, signature: b.signature } };
}

/** What the relay read from the chain for one vote. */
export interface VoteFacts {
  /** OZ ProposalState of the proposal. */
  readonly state: number;
  /** 0 for For/Against/Abstain, else the number of options. */
  readonly optionCount: number;
  readonly hasVoted: boolean;
  /** The voter's staked votes at the proposal's snapshot. */
  readonly snapshotVotes: bigint;
}

/** Refuses a vote the governor would revert, before any gas is spent. */
export function checkVoteFacts(vote: RelayVote, facts: VoteFacts): RelayRefusal | null {
  if (facts.state !== ACTIVE) return refuse(409, "This proposal is not open for voting.");
  const choices = facts.optionCount === 0 ? 3 : facts.optionCount;
  if (vote.support >= choices)
    return refuse(400, `This proposal has ${choices} choices; choice #${vote.support} doesn't exist.`);
  if (facts.hasVoted) return refuse(409, "This account already voted on this proposal.");
  if (facts.snapshotVotes === 0n) {
    return refuse(
      409,
      "This account had no staked voting power when the vote opened, so its vote would count nothing.",
    );
  }
  return null;
}

/** True when `vote.signature` is the voter's over the vote with the keyed `nonce` the governor expects. */
export async function signatureMatches(
  vote: RelayVote,
  domain: BallotDomain,
  nonce: bigint,
): Promise<boolean> {
  const typed = ballotTypedData(domain, { ...vote, nonce });
  try {
    const signer = await recoverTypedDataAddress({ ...typed, signature: vote.signature });
    return signer.toLowerCase() === vote.voter.toLowerCase();
  } catch {
    return false;
  }
}

export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

/** Per-voter limit: `history` holds the voter's earlier relay times (ms); returns the wait when over it. */
export function rateLimited(history: readonly number[], now: number, limit: RateLimit): RelayRefusal | null {
  const recent = history.filter((t) => t > now - limit.windowMs);
  if (recent.length < limit.max) return null;
  const oldest = Math.min(...recent);
  const seconds = Math.ceil((oldest + limit.windowMs - now) / 1000);
  return refuse(
    429,
    `This account has used its ${limit.max} relayed votes for now; try again in ${seconds} s (or vote with gas).`,
  );
}

/** How many more votes the relayer can pay for: its balance over the cost of one relayed vote. */
export function sponsoredVotesLeft(balanceWei: bigint, gasPerVote: bigint, gasPriceWei: bigint): bigint {
  const cost = gasPerVote * gasPriceWei;
  return cost === 0n ? 0n : balanceWei / cost;
}

/** Refuses when the relayer cannot pay for `votes` more votes. */
export function relayerCanPay(left: bigint, votes = 1n): RelayRefusal | null {
  return left >= votes
    ? null
    : refuse(503, "The relay has run out of sponsored gas. Vote with your own wallet instead.");
}
