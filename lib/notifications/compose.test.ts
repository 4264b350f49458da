import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Address } from "viem";
import { SCALE } from "../streams/flow";
import {
  composeNotifications,
  endsSoon,
  needsVotingPower,
  ranDryAt,
  RECENT_SECONDS,
  type JobFacts,
  type NotificationFacts,
  type ProposalFacts,
  type StreamFacts,
} from "./compose";

const ME = "0x1111111111111111111111111111111111111111" as Address;
const THEM = "0x2222222222222222222222222222222222222222" as Address;
const DAY = 86_400n;
const NOW = 1_000n * DAY;
const QUEUE_WINDOW = 14n * DAY;
const DTA = 10_000n;

const proposal = (id: bigint, over: Partial<ProposalFacts> = {}): ProposalFacts => ({
  id,
  title: `Proposal ${id}`,
  proposer: THEM,
  snapshot: NOW - 2n * DAY,
  deadline: NOW + 3n * DAY,
  canceled: false,
  vetoed: false,
  executed: false,
  queued: false,
  participation: 0n,
  quorum: null,
  hasWinner: false,
  canceledAt: null,
  executedAt: null,
  ...over,
});

const facts = (over: Partial<NotificationFacts> = {}): NotificationFacts => ({
  account: ME.toLowerCase() as Address,
  now: NOW,
  queueWindow: QUEUE_WINDOW,
  proposals: [],
  votedOn: new Set(),
  powerAtSnapshot: new Map(),
  twins: [],
  jobsToServe: [],
  jobsBought: [],
  streams: [],
  ...over,
});

const job = (id: bigint, over: Partial<JobFacts> = {}): JobFacts => ({
  id,
  twinId: 7n,
  hours: 3,
  status: "open",
  deadline: NOW + DAY,
  timestamp: NOW - DAY,
  ...over,
});

const stream = (id: bigint, over: Partial<StreamFacts> = {}): StreamFacts => ({
  id,
  sender: ME,
  recipient: THEM,
  snapshotTime: NOW - 100n,
  paused: false,
  stopped: false,
  ratePerSecond: DTA * SCALE, // 1 DTA a second
  balance: 1_000_000n * DTA,
  snapshotDebtScaled: 0n,
  ...over,
});

const kinds = (f: NotificationFacts) => composeNotifications(f).map((n) => `${n.kind} ${n.id}`);

describe("proposal notifications", () => {
  const passed = { participation: 100n, quorum: 50n, hasWinner: true };

  it("offers a vote on an Active proposal only with power at its snapshot and no vote yet", () => {
    const p = proposal(1n);
    assert.deepEqual(kinds(facts({ proposals: [p], powerAtSnapshot: new Map([[1n, 5n]]) })), ["vote vote:1"]);
    assert.deepEqual(kinds(facts({ proposals: [p], powerAtSnapshot: new Map([[1n, 0n]]) })), []);
    assert.deepEqual(kinds(facts({ proposals: [p] })), []);
    const voted = facts({ proposals: [p], powerAtSnapshot: new Map([[1n, 5n]]), votedOn: new Set([1n]) });
    assert.deepEqual(kinds(voted), []);
  });

  it("says voting ends soon within 24 hours of the deadline, under a new id", () => {
    const p = proposal(2n, { deadline: NOW + DAY - 1n });
    const [n] = composeNotifications(facts({ proposals: [p], powerAtSnapshot: new Map([[2n, 1n]]) }));
    assert.equal(n?.kind, "voteEnding");
    assert.equal(n?.id, "vote-ending:2");
    assert.equal(n?.endsAt, NOW + DAY);
    assert.equal(n?.at, p.snapshot + 1n);
    assert.equal(endsSoon(NOW + DAY, NOW), false, "24 h and one second left is not soon");
    assert.equal(endsSoon(NOW + DAY - 1n, NOW), true);
    assert.equal(endsSoon(NOW - 1n, NOW), false, "voting already closed");
  });

  it("looks up voting power only for Active proposals not voted on", () => {
    const voted = new Set([3n]);
    assert.equal(needsVotingPower(proposal(1n), voted, NOW, QUEUE_WINDOW), true);
    assert.equal(needsVotingPower(proposal(3n), voted, NOW, QUEUE_WINDOW), false);
    assert.equal(
      needsVotingPower(proposal(4n, { snapshot: NOW }), voted, NOW, QUEUE_WINDOW),
      false,
      "Review",
    );
  });

  it("reports results of proposals I voted on or proposed, keyed by outcome", () => {
    const ended = NOW - DAY;
    const proposals = [
      proposal(1n, { deadline: ended, ...passed }),
      proposal(2n, { deadline: ended }),
      proposal(3n, { proposer: ME, canceled: true, vetoed: true, canceledAt: NOW - 2n * DAY }),
      proposal(4n, { deadline: NOW - QUEUE_WINDOW - 2n * DAY, ...passed }),
      proposal(5n, { deadline: ended, ...passed }),
      proposal(6n, { deadline: ended, ...passed, queued: true }),
    ];
    const list = composeNotifications(facts({ proposals, votedOn: new Set([1n, 2n, 4n, 6n]) }));
    assert.deepEqual(
      list.map((n) => [n.id, n.title]),
      [
        ["result:1:passed", "“Proposal 1” passed"],
        ["result:2:defeated", "“Proposal 2” was defeated"],
        ["result:6:passed", "“Proposal 6” passed"],
        ["result:4:expired", "“Proposal 4” expired without being queued"],
        ["result:3:vetoed", "“Proposal 3” was vetoed by its committee"],
      ],
    );
    assert.equal(list[0]?.at, ended + 1n);
    assert.match(list[3]!.detail, /You voted on it/);
    assert.match(list[4]!.detail, /You proposed it/);
  });

  it("announces executed changes to everyone, for 30 days", () => {
    const proposals = [
      proposal(1n, { executed: true, executedAt: NOW - RECENT_SECONDS }),
      proposal(2n, { executed: true, executedAt: NOW - RECENT_SECONDS - 1n }),
    ];
    assert.deepEqual(kinds(facts({ proposals })), ["executed executed:1"]);
  });

  it("drops results older than 30 days", () => {
    const old = proposal(1n, { deadline: NOW - RECENT_SECONDS - 2n }); // decided a second over 30 days ago
    assert.deepEqual(kinds(facts({ proposals: [old], votedOn: new Set([1n]) })), []);
  });
});

describe("twin and job notifications", () => {
  it("flags suspended twins, keyed by the score that suspended them", () => {
    const twins = [
      { id: 1n, status: "suspended", quality: 12, scoredAt: NOW - 5n },
      { id: 2n, status: "active", quality: 90, scoredAt: NOW },
    ];
    const [n, ...rest] = composeNotifications(facts({ twins }));
    assert.equal(rest.length, 0);
    assert.equal(n?.id, `twin-suspended:1:${NOW - 5n}`);
    assert.equal(n?.href, "/twins/1");
    assert.match(n!.detail, /12/);
  });

  it("asks the owner to serve open jobs before their deadline, and the buyer to reclaim after it", () => {
    const jobsToServe = [
      job(1n),
      job(2n, { status: "completed" }),
      job(3n, { deadline: NOW - 1n }),
      job(4n, { deadline: NOW }),
    ];
    const jobsBought = [job(5n, { deadline: NOW - 1n }), job(6n), job(7n, { status: "reclaimed" })];
    assert.deepEqual(kinds(facts({ jobsToServe, jobsBought })), [
      "jobReclaimable job-reclaimable:5",
      "jobWaiting job-waiting:1",
      "jobWaiting job-waiting:4",
    ]);
    const [reclaim] = composeNotifications(facts({ jobsBought }));
    assert.equal(reclaim?.at, NOW);
  });
});

describe("stream notifications", () => {
  it("warns the payer when a stream runs dry within 24 hours", () => {
    const low = stream(1n, { balance: 3_600n * DTA }); // an hour at 1 DTA/s
    const fine = stream(2n, { balance: 200_000n * DTA });
    const [n, ...rest] = composeNotifications(facts({ streams: [low, fine] }));
    assert.equal(rest.length, 0);
    assert.equal(n?.kind, "streamLow");
    assert.equal(n?.endsAt, NOW - 100n + 3_600n);
    assert.equal(n?.id, `stream-low:1:${NOW - 100n + 3_600n}`);
    const received = { ...low, sender: THEM, recipient: ME };
    assert.deepEqual(
      kinds(facts({ streams: [received] })),
      [],
      "a recipient is not warned before it runs dry",
    );
  });

  it("tells payer and recipient when a stream has run dry, and when", () => {
    const dry = stream(3n, { balance: 50n * DTA });
    const [sent] = composeNotifications(facts({ streams: [dry] }));
    assert.equal(sent?.kind, "streamDry");
    assert.equal(sent?.at, NOW - 100n + 50n);
    assert.match(sent!.title, /you pay/);
    const [received] = composeNotifications(facts({ streams: [{ ...dry, sender: THEM, recipient: ME }] }));
    assert.match(received!.title, /paying you/);
  });

  it("ignores paused and stopped streams", () => {
    const streams = [
      stream(4n, { balance: 50n * DTA, paused: true }),
      stream(5n, { balance: 50n * DTA, stopped: true }),
    ];
    assert.deepEqual(kinds(facts({ streams })), []);
  });

  it("dates a stream already dry at its snapshot at the snapshot", () => {
    const s = stream(6n, { balance: 10n * DTA, snapshotDebtScaled: 20n * DTA * SCALE });
    assert.equal(ranDryAt(s), s.snapshotTime);
  });
});

describe("composeNotifications", () => {
  it("lists newest first, ties by id", () => {
    const list = composeNotifications(
      facts({
        jobsToServe: [job(2n, { timestamp: NOW - 10n }), job(1n, { timestamp: NOW - 10n }), job(3n)],
      }),
    );
    assert.deepEqual(
      list.map((n) => n.id),
      ["job-waiting:1", "job-waiting:2", "job-waiting:3"],
    );
  });
});
