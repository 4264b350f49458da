import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { privateKeyToAccount } from "viem/accounts";
import { ballotTypedData, nonceKey } from "./ballot";
import {
  MAX_REASON_LENGTH,
  checkVoteFacts,
  parseRelayVote,
  rateLimited,
  relayerCanPay,
  signatureMatches,
  sponsoredVotesLeft,
  type RelayVote,
} from "./relay";

const voter = privateKeyToAccount(`0x${"11".repeat(32)}`);
const domain = {
  name: "DTA Governor",
  version: "1",
  chainId: 31337,
  verifyingContract: `0x${"22".repeat(20)}`,
} as const;
const proposalId = (123n << 192n) | 456n;
const nonce = nonceKey(proposalId) << 64n;

async function signed(reason = "for the reserve", support = 1): Promise<RelayVote> {
  const typed = ballotTypedData(domain, { proposalId, support, voter: voter.address, nonce, reason });
  const signature = await voter.signTypedData(typed);
  return { proposalId, support, voter: voter.address, reason, signature };
}

describe("relay: request shape", () => {
  it("accepts a well-formed vote with a decimal or hex id", async () => {
    const v = await signed();
    const parsed = parseRelayVote({ ...v, proposalId: v.proposalId.toString() });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.proposalId, proposalId);
    assert.ok(parseRelayVote({ ...v, proposalId: `0x${proposalId.toString(16)}` }).ok);
  });

  it("refuses a missing id, a bad choice, a bad address, a long reason and a short signature", async () => {
    const v = await signed();
    const message = (body: unknown) => {
      const r = parseRelayVote(body);
      return r.ok ? "" : `${r.status} ${r.message}`;
    };
    assert.match(message({ ...v, proposalId: "abc" }), /^400 The proposal id/);
    assert.match(message({ ...v, proposalId: "1", support: 1.5 }), /choice must be a whole number/);
    assert.match(message({ ...v, proposalId: "1", voter: "0x12" }), /address is malformed/);
    assert.match(
      message({ ...v, proposalId: "1", reason: "x".repeat(MAX_REASON_LENGTH + 1) }),
      /at most 1000 characters \(this one has 1001\)/,
    );
    assert.match(message({ ...v, proposalId: "1", signature: "0x1234" }), /65 bytes/);
    assert.match(message(null), /must be a signed vote/);
  });
});

describe("relay: chain facts", () => {
  const facts = { state: 1, optionCount: 0, hasVoted: false, snapshotVotes: 10n };
  it("passes an open proposal, a valid choice, a first vote with power", async () => {
    assert.equal(checkVoteFacts(await signed(), facts), null);
  });
  it("refuses a closed proposal, a missing option, a second vote and no power", async () => {
    const v = await signed();
    assert.equal(checkVoteFacts(v, { ...facts, state: 0 })?.status, 409);
    assert.match(checkVoteFacts({ ...v, support: 3 }, facts)?.message ?? "", /3 choices; choice #3/);
    assert.match(
      checkVoteFacts({ ...v, support: 2 }, { ...facts, optionCount: 2 })?.message ?? "",
      /2 choices/,
    );
    assert.match(checkVoteFacts(v, { ...facts, hasVoted: true })?.message ?? "", /already voted/);
    assert.match(checkVoteFacts(v, { ...facts, snapshotVotes: 0n })?.message ?? "", /no staked voting power/);
  });
});

describe("relay: signatures", () => {
  it("matches the voter's signature over the keyed nonce and the reason", async () => {
    assert.equal(await signatureMatches(await signed(), domain, nonce), true);
  });
  it("refuses an edited reason, another choice, a stale nonce or another chain", async () => {
    const v = await signed();
    assert.equal(await signatureMatches({ ...v, reason: "edited" }, domain, nonce), false);
    assert.equal(await signatureMatches({ ...v, support: 0 }, domain, nonce), false);
    assert.equal(await signatureMatches(v, domain, nonce + 1n), false);
    assert.equal(await signatureMatches(v, { ...domain, chainId: 97 }, nonce), false);
  });
});

describe("relay: limits and sponsorship", () => {
  const limit = { max: 3, windowMs: 60_000 };
  it("allows up to the limit in the window, then says when to retry", () => {
    assert.equal(rateLimited([1_000, 2_000], 10_000, limit), null);
    const r = rateLimited([1_000, 2_000, 3_000], 10_000, limit);
    assert.equal(r?.status, 429);
    assert.match(r?.message ?? "", /try again in 51 s/);
    assert.equal(rateLimited([1_000, 2_000, 3_000], 61_001, limit), null);
  });
  it("counts the votes the relayer's balance pays for and refuses when it cannot", () => {
    assert.equal(sponsoredVotesLeft(10n ** 18n, 70_000n, 10n ** 9n), 14_285n);
    assert.equal(sponsoredVotesLeft(1n, 70_000n, 0n), 0n);
    assert.equal(relayerCanPay(2n, 2n), null);
    assert.equal(relayerCanPay(1n, 2n)?.status, 503);
  });
});
