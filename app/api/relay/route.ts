/**
 * The gasless vote relay. GET: the relayer and how many sponsored votes it can still pay for. POST: one signed
 * vote, or `{ votes: [...] }` for several in one transaction; each is checked (shape, proposal open, choice,
 * not voted yet, voting power at the snapshot, signature over the vote, its reason and the keyed nonce, the
 * voter's rate limit, the relayer's balance) before anything is sent, and refused with a sentence otherwise.
 */
import { NextResponse } from "next/server";
import { parseRelayVote, type RelayVote } from "@/lib/governance/relay";
import { checkVotes, relayStatus, submitVotes } from "@/lib/server/relayer";

export const dynamic = "force-dynamic";

/** Most votes one request may batch (one transaction stays far below the block gas cap). */
const MAX_BATCH = 50;

const refuse = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status });

export async function GET() {
  try {
    const status = await relayStatus();
    if ("ok" in status) return refuse(status.status, status.message);
    return NextResponse.json({
      ok: true,
      relayer: status.relayer,
      sponsoredVotesLeft: status.sponsoredVotesLeft.toString(),
    });
  } catch {
    return refuse(503, "The relay can't reach the chain right now. Vote with your own wallet.");
  }
}

export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return refuse(400, "The request must be JSON: a signed vote.");
  }
  const list =
    typeof body === "object" && body !== null && Array.isArray((body as { votes?: unknown }).votes)
      ? ((body as { votes: unknown[] }).votes as unknown[])
      : [body];
  if (list.length === 0) return refuse(400, "There is no vote to relay.");
  if (list.length > MAX_BATCH) return refuse(400, `The relay takes at most ${MAX_BATCH} votes at once.`);
  const votes: RelayVote[] = [];
  for (const item of list) {
    const parsed = parseRelayVote(item);
    if (!parsed.ok) return refuse(parsed.status, parsed.message);
    votes.push(parsed.value);
  }
  const now = Date.now();
  try {
    const refusal = await checkVotes(votes, now);
    if (refusal) return refuse(refusal.status, refusal.message);
  } catch {
    return refuse(503, "The relay can't reach the chain right now. Vote with your own wallet.");
  }
  try {
    const hash = await submitVotes(votes, now);
    return NextResponse.json({ ok: true, hash, relayed: votes.length });
  } catch {
    return refuse(503, "The relay couldn't send the vote. Nothing was counted; vote with your own wallet.");
  }
}
