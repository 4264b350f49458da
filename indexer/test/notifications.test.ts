/**
 * The notifications route against the real chain: for seeded accounts (a staker who votes and pays streams, a
 * twin owner with a suspended twin and open jobs, a stream payer and recipient whose stream ran dry), the ids
 * the route lists are exactly what the contracts say needs them — proposal states, votes and voting power at
 * the snapshot from DTAGovernor, twins and jobs from TwinRegistry, stream status and depletion from DTAStreams —
 * at the chain's latest block. Then a look-ahead to a proposal's last hour turns its vote into "ends soon".
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Address } from "viem";
import { hardhat } from "viem/chains";
import { fetchProposals, type Proposal } from "../../lib/indexer/governance";
import { fetchNotifications, type Notifications } from "../../lib/indexer/notifications";
import { chain, deployed, getJson, INDEXER_URL, minedAndIndexed, testClient, wallet } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const governor = deployed.DTAGovernor;
const registry = deployed.TwinRegistry;
const streams = deployed.DTAStreams;
const DAY = 86_400n;
/** OZ IGovernor.ProposalState indexes. */
const OZ = { Active: 1, Canceled: 2, Defeated: 3, Succeeded: 4, Queued: 5, Expired: 6, Executed: 7 } as const;
const JOB_OPEN = 1;
const STREAM_STREAMING = 0;
const STREAM_DEPLETED = 2;

/** Seeded node accounts: 12 stakes, votes and pays streams; 13 pays the stream that ran dry; 15 owns twins
 *  (one suspended, open jobs) and receives streams; 18 receives the dry stream. */
const SEEDED = [12, 13, 15, 18] as const;

async function allProposals(): Promise<Proposal[]> {
  const out: Proposal[] = [];
  for (let page = 1; ; ++page) {
    const res = await fetchProposals({ page, pageSize: 100 }, opts);
    out.push(...res.items);
    if (!res.hasNext) return out;
  }
}

/** What needs `account`, decided from the contracts' own views at `block` (time `now`). */
async function expectedFromChain(
  account: Address,
  proposals: readonly Proposal[],
  blockNumber: bigint,
  now: bigint,
): Promise<Set<string>> {
  const at = { blockNumber };
  const ids = new Set<string>();
  const call = <T>(c: { address: Address; abi: unknown }, fn: string, args: readonly unknown[]) =>
    chain.readContract({ ...c, functionName: fn, args, ...at } as Parameters<
      typeof chain.readContract
    >[0]) as Promise<T>;
  const same = (a: string) => a.toLowerCase() === account.toLowerCase();

  for (const p of proposals) {
    const state = Number(await call<number>(governor, "state", [p.id]));
    const voted = await call<boolean>(governor, "hasVoted", [p.id, account]);
    const proposer = await call<Address>(governor, "proposalProposer", [p.id]);
    const deadline = await call<bigint>(governor, "proposalDeadline", [p.id]);
    if (state === OZ.Active && !voted) {
      const snapshot = await call<bigint>(governor, "proposalSnapshot", [p.id]);
      const power = await call<bigint>(governor, "getVotes", [account, snapshot]);
      if (power > 0n) ids.add(deadline + 1n - now <= DAY ? `vote-ending:${p.id}` : `vote:${p.id}`);
    }
    if (voted || same(proposer)) {
      if (state === OZ.Succeeded || state === OZ.Queued) ids.add(`result:${p.id}:passed`);
      if (state === OZ.Defeated) ids.add(`result:${p.id}:defeated`);
      if (state === OZ.Expired) ids.add(`result:${p.id}:expired`);
      if (state === OZ.Canceled) {
        const meta = await call<{ vetoed: boolean }>(governor, "proposalMeta", [p.id]);
        if (meta.vetoed) ids.add(`result:${p.id}:vetoed`);
      }
    }
    if (state === OZ.Executed) ids.add(`executed:${p.id}`);
  }

  const twinCount = await call<bigint>(registry, "twinCount", []);
  const mine = new Set<bigint>();
  for (let id = 1n; id <= twinCount; ++id) {
    const owner = await call<Address>(registry, "ownerOf", [id]).catch(() => undefined);
    if (!owner || !same(owner)) continue;
    mine.add(id);
    const twin = await call<{ quality: number; cooldownEnds: number }>(registry, "twinOf", [id]);
    if (twin.quality < 50 && twin.cooldownEnds === 0) ids.add(`twin-suspended:${id}`);
  }
  const jobCount = await call<bigint>(registry, "jobCount", []);
  for (let id = 1n; id <= jobCount; ++id) {
    const job = await call<{ buyer: Address; deadline: number; status: number; twinId: bigint }>(
      registry,
      "jobOf",
      [id],
    );
    if (job.status !== JOB_OPEN) continue;
    if (mine.has(job.twinId) && BigInt(job.deadline) >= now) ids.add(`job-waiting:${id}`);
    if (same(job.buyer) && BigInt(job.deadline) < now) ids.add(`job-reclaimable:${id}`);
  }

  const streamCount = await call<bigint>(streams, "streamCount", []);
  for (let id = 1n; id <= streamCount; ++id) {
    const s = await call<{ sender: Address }>(streams, "streamOf", [id]);
    const recipient = await call<Address>(streams, "recipientOf", [id]);
    if (!same(s.sender) && !same(recipient)) continue;
    const status = Number(await call<number>(streams, "statusOf", [id]));
    if (status === STREAM_DEPLETED) ids.add(`stream-dry:${id}`);
    if (status === STREAM_STREAMING && same(s.sender)) {
      const dry = await call<bigint>(streams, "depletionTime", [id]);
      if (dry - now < DAY) ids.add(`stream-low:${id}`);
    }
  }
  return ids;
}

/** Ids without the parts that date a fact (a twin's score time, a stream's dry time): those the chain can't say. */
const undated = (n: Notifications) =>
  new Set(n.items.map((i) => i.id.replace(/^((?:twin-suspended|stream-dry|stream-low):\d+):\d+$/, "$1")));

describe(`notifications route (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  let proposals: Proposal[];
  let accounts: Address[];

  before(async () => {
    await testClient.mine({ blocks: 1 });
    accounts = await wallet.getAddresses();
    await minedAndIndexed(
      await wallet.writeContract({
        ...deployed.DTAToken,
        account: accounts[0]!,
        functionName: "approve",
        args: [deployed.DTAToken.address, 0n],
        chain: hardhat,
      }),
    );
    proposals = await allProposals();
  });

  for (const index of SEEDED) {
    it(`lists exactly what the contracts say needs node account ${index}`, async () => {
      const account = accounts[index]!;
      const block = await chain.getBlock({ blockTag: "latest" });
      const got = await fetchNotifications(account, opts);
      assert.equal((await chain.getBlockNumber()) === block.number, true, "no block was mined meanwhile");
      assert.equal(got.now, block.timestamp, "decided at the chain's latest block time");
      const expected = await expectedFromChain(account, proposals, block.number, block.timestamp);
      assert.deepEqual([...undated(got)].sort(), [...expected].sort());
      const times = got.items.map((n) => n.at);
      assert.deepEqual(
        times,
        [...times].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)),
        "newest first",
      );
      for (const n of got.items) assert.ok(n.at <= got.now, `${n.id} happened by now`);
    });
  }

  it("covers every kind the seed can raise", async () => {
    const kinds = new Set<string>();
    for (const index of SEEDED) {
      for (const n of (await fetchNotifications(accounts[index]!, opts)).items) kinds.add(n.kind);
    }
    for (const kind of ["vote", "result", "executed", "twinSuspended", "jobWaiting", "streamDry"]) {
      assert.ok(kinds.has(kind), `a seeded account has a ${kind} notification`);
    }
  });

  it("turns a vote into 'ends soon' in its last 24 hours, linking to the proposal", async () => {
    const account = accounts[12]!;
    const now = await fetchNotifications(account, opts);
    const vote = now.items.find((n) => n.kind === "vote");
    assert.ok(vote?.endsAt, "the seeded staker can vote on the Active proposal");
    const id = vote.id.split(":")[1];
    assert.equal(vote.href, `/governance/${id}`);
    const lastHour = await fetchNotifications(account, { ...opts, now: vote.endsAt - 3_600n });
    const ending = lastHour.items.find((n) => n.id === `vote-ending:${id}`);
    assert.equal(ending?.kind, "voteEnding");
    assert.equal(
      lastHour.items.find((n) => n.id === vote.id),
      undefined,
      "one notification, not two",
    );
    const after = await fetchNotifications(account, { ...opts, now: vote.endsAt + 1n });
    assert.equal(
      after.items.some((n) => n.id.endsWith(`:${id}`) && n.kind.startsWith("vote")),
      false,
    );
  });

  it("refuses a malformed account or time", async () => {
    assert.equal((await getJson("/notifications/0x1234")).status, 400);
    assert.equal((await getJson(`/notifications/${accounts[12]}?now=soon`)).status, 400);
  });

  it("lists nothing for an account with no part in anything but executed changes", async () => {
    const fresh = "0x000000000000000000000000000000000000dEaD" as Address;
    const got = await fetchNotifications(fresh, opts);
    assert.ok(got.items.every((n) => n.kind === "executed"));
    assert.deepEqual(
      got.items.map((n) => n.id).sort(),
      proposals
        .filter((p) => p.state === "Executed")
        .map((p) => `executed:${p.id}`)
        .sort(),
    );
  });
});
