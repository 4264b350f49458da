/**
 * The stream rows carry the contract's snapshot (balance, snapshot time, scaled debt) event by event, so a page
 * computes the flowing balance with no chain read: after every kind of change the row must equal `streamOf`, and
 * the app's maths on it must equal the contract's `withdrawable`. The chain is shared with the other indexer
 * tests: this file uses fresh accounts and only moves the clock forward.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseEventLogs, parseUnits, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { fetchStreams, type PaymentStream } from "../../lib/indexer/data";
import { withdrawableAt } from "../../lib/streams/flow";
import { chain, deployed, minedAndIndexed, testClient, wallet, INDEXER_URL } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const streams = deployed.DTAStreams;
const token = deployed.DTAToken;

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

async function row(id: bigint): Promise<PaymentStream> {
  const page = await fetchStreams({ account: payer.address, role: "sent", pageSize: 100 }, opts);
  const found = page.items.find((s) => s.id === id);
  assert.ok(found, `stream #${id} is listed`);
  return found;
}

/** The indexer's row equals the contract's snapshot, and the app's maths its `withdrawable`. */
async function matchesChain(id: bigint, step: string): Promise<void> {
  const indexed = await row(id);
  const onChain = await chain.readContract({ ...streams, functionName: "streamOf", args: [id] });
  assert.equal(indexed.balance, onChain.balance, `${step}: balance`);
  assert.equal(indexed.snapshotTime, BigInt(onChain.snapshotTime), `${step}: snapshot time`);
  assert.equal(indexed.snapshotDebtScaled, onChain.snapshotDebtScaled, `${step}: scaled debt`);
  const block = await chain.getBlock();
  const withdrawable = await chain.readContract({ ...streams, functionName: "withdrawable", args: [id] });
  const state = {
    ...indexed,
    paused: indexed.state === "paused",
    stopped: indexed.state === "stopped",
  };
  assert.equal(withdrawableAt(state, block.timestamp), withdrawable, `${step}: withdrawable`);
}

async function later(seconds: number): Promise<void> {
  await testClient.increaseTime({ seconds });
  await testClient.mine({ blocks: 1 });
}

describe(`stream snapshots (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    const [funder] = await wallet.getAddresses();
    payer = privateKeyToAccount(generatePrivateKey());
    recipient = privateKeyToAccount(generatePrivateKey());
    for (const a of [payer, recipient]) {
      await testClient.setBalance({ address: a.address, value: parseUnits("10", 18) });
    }
    await minedAndIndexed(await send(funder!, token, "transfer", [payer.address, dta("1000")]));
    await minedAndIndexed(await send(payer, token, "approve", [streams.address, dta("1000")]));
  });

  it("mirrors streamOf through withdraw, pause, top-up, resume, running dry and stop", async () => {
    // 1.2345678… DTA per hour: a rate that is not a whole number of base units per second.
    const rate = 342_935_185_185_185n;
    const opened = await minedAndIndexed(
      await send(payer, streams, "open", [recipient.address, rate, dta("2")]),
    );
    const [event] = parseEventLogs({ abi: streams.abi, logs: opened.logs, eventName: "StreamOpened" });
    const id = (event!.args as { streamId: bigint }).streamId;
    await matchesChain(id, "opened");

    await later(1_000);
    await minedAndIndexed(await send(recipient, streams, "withdraw", [id, recipient.address, 1_000n]));
    await matchesChain(id, "withdrawn from the flow");

    await later(500);
    await minedAndIndexed(await send(payer, streams, "pause", [id]));
    await matchesChain(id, "paused");

    await later(3_600);
    await minedAndIndexed(await send(recipient, streams, "withdraw", [id, recipient.address, 1n]));
    await matchesChain(id, "withdrawn from the snapshot while paused");

    await minedAndIndexed(await send(payer, streams, "deposit", [id, dta("1")]));
    await minedAndIndexed(await send(payer, streams, "resume", [id]));
    await matchesChain(id, "topped up and resumed");

    await later(200_000);
    await matchesChain(id, "run dry");
    const dry = await row(id);
    assert.equal(dry.state, "streaming", "running dry is a matter of time, not an event");

    await minedAndIndexed(await send(recipient, streams, "withdrawMax", [id, recipient.address]));
    await matchesChain(id, "emptied while dry");
    await minedAndIndexed(await send(payer, streams, "stop", [id]));
    await matchesChain(id, "stopped");
    assert.equal((await row(id)).balance, 0n);
  });

  it("serves every seeded stream with the chain's snapshot", async () => {
    const all = await fetchStreams({ pageSize: 100 }, opts);
    assert.ok(all.items.length >= 9, "the seed opens streams");
    for (const s of all.items) {
      const onChain = await chain.readContract({ ...streams, functionName: "streamOf", args: [s.id] });
      assert.equal(s.balance, onChain.balance, `stream #${s.id} balance`);
      assert.equal(s.snapshotDebtScaled, onChain.snapshotDebtScaled, `stream #${s.id} debt`);
      assert.equal(s.snapshotTime, BigInt(onChain.snapshotTime), `stream #${s.id} time`);
    }
  });
});
