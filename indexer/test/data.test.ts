/**
 * The data-economy routes against the real chain: the seeded contributions and streams, then a contribution and a
 * stream made here through their lives (submitted, scored; opened, withdrawn from, stopped), their rows and the
 * stream's history in chain order. The chain is shared with the other indexer tests: this file uses fresh accounts.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { keccak256, parseEventLogs, parseUnits, toHex, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { fetchContributions, fetchStreamHistory, fetchStreams } from "../../lib/indexer/data";
import { chain, deployed, getJson, minedAndIndexed, testClient, wallet, INDEXER_URL } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const data = deployed.DataContributions;
const streams = deployed.DTAStreams;
const token = deployed.DTAToken;

let accounts: Address[];
let contributor: PrivateKeyAccount;
let payer: PrivateKeyAccount;
let recipient: PrivateKeyAccount;

const send = (
  account: PrivateKeyAccount | Address,
  to: { address: Address; abi: unknown },
  functionName: string,
  args: readonly unknown[],
) =>
  wallet.writeContract({ ...to, chain: hardhat, account, functionName, args } as Parameters<
    typeof wallet.writeContract
  >[0]);

async function gas(account: PrivateKeyAccount): Promise<void> {
  await testClient.setBalance({ address: account.address, value: parseUnits("10", 18) });
}

describe(`data and stream routes (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    accounts = await wallet.getAddresses();
    contributor = privateKeyToAccount(generatePrivateKey());
    payer = privateKeyToAccount(generatePrivateKey());
    recipient = privateKeyToAccount(generatePrivateKey());
    await Promise.all([gas(contributor), gas(payer), gas(recipient)]);
    await minedAndIndexed(await send(accounts[0]!, token, "transfer", [payer.address, dta("100")]));
    await minedAndIndexed(await send(payer, token, "approve", [streams.address, dta("100")]));
  });

  it("serves the seeded contributions by status, matching the chain", async () => {
    const pending = await fetchContributions({ status: "pending", pageSize: 100 }, opts);
    const scored = await fetchContributions({ status: "scored", pageSize: 100 }, opts);
    assert.ok(pending.items.length >= 5, "the seed leaves contributions for the validator");
    assert.ok(pending.items.every((c) => c.status === "pending" && c.score === null));
    assert.ok(scored.items.every((c) => c.status === "scored" && c.score !== null));
    assert.ok(scored.items.some((c) => c.licence === "restricted" && c.premiumsPaid > 0));
    const sample = scored.items[0]!;
    const onChain = await chain.readContract({ ...data, functionName: "contributionOf", args: [sample.id] });
    assert.equal(sample.contributor, onChain.contributor.toLowerCase());
    assert.equal(
      sample.dataHash,
      await chain.readContract({ ...data, functionName: "dataHashOf", args: [sample.id] }),
    );
    assert.equal(sample.score, onChain.score);
    assert.equal(sample.reward, onChain.reward);
  });

  it("follows a contribution from submission to score under its contributor", async () => {
    const categoryId = (await fetchContributions({ pageSize: 1 }, opts)).items[0]!.categoryId;
    const hash = keccak256(toHex(`indexer data test ${contributor.address}`));
    const receipt = await minedAndIndexed(await send(contributor, data, "submit", [hash, categoryId, 0, 0n]));
    const [submitted] = parseEventLogs({
      abi: data.abi,
      logs: receipt.logs,
      eventName: "ContributionSubmitted",
    });
    const id = (submitted!.args as { contributionId: bigint }).contributionId;
    let mine = await fetchContributions({ contributor: contributor.address }, opts);
    assert.deepEqual(
      mine.items.map((c) => [c.id, c.dataHash, c.status, c.licence]),
      [[id, hash, "pending", "open"]],
    );
    await minedAndIndexed(await send(accounts[6]!, data, "score", [id, 96]));
    mine = await fetchContributions({ contributor: contributor.address }, opts);
    const row = mine.items[0]!;
    assert.equal(row.status, "scored");
    assert.equal(row.score, 96);
    assert.equal(row.multiplierBps, 20_000);
    assert.equal(
      row.reward,
      await chain.readContract({ ...data, functionName: "rewardOwedTo", args: [contributor.address] }),
    );
  });

  it("lists a stream under its sender and recipient and serves its history in chain order", async () => {
    const rate = 10n ** 18n; // 1 DTA per second
    const opened = await minedAndIndexed(
      await send(payer, streams, "open", [recipient.address, rate, dta("50")]),
    );
    const [event] = parseEventLogs({ abi: streams.abi, logs: opened.logs, eventName: "StreamOpened" });
    const id = (event!.args as { streamId: bigint }).streamId;

    const sent = await fetchStreams({ account: payer.address, role: "sent" }, opts);
    const received = await fetchStreams({ account: recipient.address, role: "received" }, opts);
    assert.deepEqual(
      sent.items.map((s) => s.id),
      [id],
    );
    assert.deepEqual(
      received.items.map((s) => s.id),
      [id],
    );
    assert.equal((await fetchStreams({ account: payer.address, role: "received" }, opts)).items.length, 0);
    assert.equal(sent.items[0]!.ratePerSecond, rate);
    assert.equal(sent.items[0]!.deposited, dta("50"));

    await minedAndIndexed(await send(recipient, streams, "withdraw", [id, recipient.address, dta("1")]));
    await minedAndIndexed(await send(payer, streams, "stop", [id]));
    const [row] = (await fetchStreams({ account: payer.address, role: "sent" }, opts)).items;
    const payout = await chain.readContract({
      ...token,
      functionName: "balanceOf",
      args: [recipient.address],
    });
    assert.equal(row!.state, "stopped");
    assert.equal(payout + row!.refunded, dta("50"), "what the recipient got and the refund make the deposit");
    assert.equal(
      row!.refunded,
      (await chain.readContract({ ...token, functionName: "balanceOf", args: [payer.address] })) - dta("50"),
    );

    const history = await fetchStreamHistory([id], opts);
    assert.deepEqual(
      history.map((e) => e.kind),
      ["opened", "withdrawn", "stopped"],
    );
    assert.equal(history[1]!.amount, dta("1"));
    assert.equal(history[2]!.extra, row!.refunded);
    assert.equal(
      history[1]!.amount! + history[2]!.amount!,
      payout,
      "the recipient got what the history says",
    );
    assert.equal((await getJson(`/streams/x/events`)).status, 400);
  });
});
