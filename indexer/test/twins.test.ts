/**
 * The twin routes against the real chain: the seeded twins, then a twin registered here through its whole
 * life (a bought, completed and declined job, a quality drop and recovery, a rate change, deregistering).
 * The chain is shared with the other indexer tests, so this file works on accounts and twins it creates.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { keccak256, parseEventLogs, parseUnits, toHex, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { fetchActivity } from "../../lib/indexer/client";
import { fetchTwin, fetchTwinJobs, fetchTwins } from "../../lib/indexer/twins";
import { chain, deployed, getJson, INDEXER_URL, minedAndIndexed, testClient, wallet } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const registry = deployed.TwinRegistry;
const token = deployed.DTAToken;
const BOND = dta("10000");

let accounts: Address[];
let owner: PrivateKeyAccount;
let buyer: PrivateKeyAccount;
let twinId: bigint;

async function fund(account: PrivateKeyAccount, amount: bigint): Promise<void> {
  await testClient.setBalance({ address: account.address, value: parseUnits("10", 18) });
  await minedAndIndexed(
    await wallet.writeContract({
      ...token,
      chain: hardhat,
      account: accounts[0]!,
      functionName: "transfer",
      args: [account.address, amount],
    }),
  );
}

async function approve(account: PrivateKeyAccount, amount: bigint): Promise<void> {
  await minedAndIndexed(
    await wallet.writeContract({
      ...token,
      chain: hardhat,
      account,
      functionName: "approve",
      args: [registry.address, amount],
    }),
  );
}

describe(`twin routes (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    accounts = await wallet.getAddresses();
    owner = privateKeyToAccount(generatePrivateKey());
    buyer = privateKeyToAccount(generatePrivateKey());
    await fund(owner, BOND + dta("10"));
    await fund(buyer, dta("100"));
  });

  it("lists every seeded twin, filtered by type and owner, sorted by quality, a page at a time", async () => {
    const count = await chain.readContract({ ...registry, functionName: "twinCount" });
    const all = await fetchTwins({ pageSize: 100 }, opts);
    assert.ok(all.items.length >= 30 && BigInt(all.items.length) <= count, "the seed's 30 twins are listed");
    assert.deepEqual(
      all.items.map((t) => t.id),
      [...all.items.map((t) => t.id)].sort((a, b) => (a > b ? -1 : 1)),
      "newest first",
    );

    const energy = await fetchTwins({ type: 1, pageSize: 100 }, opts);
    assert.ok(energy.items.length >= 4 && energy.items.every((t) => t.typeId === 1));

    const sample = all.items.find((t) => t.status === "suspended");
    assert.ok(sample, "the seed suspends some twins");
    const onChain = await chain.readContract({ ...registry, functionName: "twinOf", args: [sample.id] });
    assert.equal(sample.quality, onChain.quality);
    assert.equal(sample.bond, onChain.bond);
    assert.ok(sample.quality < 50);

    const byOwner = await fetchTwins({ owner: sample.owner, pageSize: 100 }, opts);
    assert.ok(byOwner.items.length > 0 && byOwner.items.every((t) => t.owner === sample.owner));
    const category = await fetchTwins({ category: sample.category.toUpperCase() }, opts);
    assert.ok(
      category.items.some((t) => t.id === sample.id),
      "category matches without regard to case",
    );

    const byQuality = await fetchTwins({ sort: "quality", pageSize: 100 }, opts);
    const scores = byQuality.items.map((t) => t.quality);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );

    const first = await fetchTwins({ pageSize: 10 }, opts);
    const second = await fetchTwins({ pageSize: 10, page: 2 }, opts);
    assert.equal(first.hasNext, true);
    assert.deepEqual(
      [...first.items, ...second.items].map((t) => t.id),
      all.items.slice(0, 20).map((t) => t.id),
    );
    assert.ok(all.items.some((t) => t.openJobs > 0) && all.items.some((t) => t.jobsDone > 0));
  });

  it("adds a registered twin with its owner, category, URI, bond and a starting quality of 100", async () => {
    await approve(owner, BOND);
    const receipt = await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: owner,
        functionName: "register",
        args: [2, "Test wards", "ipfs://bafy-test-twin"],
      }),
    );
    const [registered] = parseEventLogs({
      abi: registry.abi,
      logs: receipt.logs,
      eventName: "TwinRegistered",
    });
    assert.ok(registered);
    twinId = registered.args.twinId;

    const detail = await fetchTwin(twinId, opts);
    assert.ok(detail);
    assert.equal(detail.twin.owner, owner.address.toLowerCase());
    assert.equal(detail.twin.typeId, 2);
    assert.equal(detail.twin.category, "Test wards");
    assert.equal(detail.twin.metadataUri, "ipfs://bafy-test-twin");
    assert.equal(detail.twin.bond, BOND);
    assert.equal(detail.twin.status, "active");
    assert.equal(
      detail.twin.ratePerHour,
      await chain.readContract({ ...registry, functionName: "rateOf", args: [twinId] }),
    );
    assert.deepEqual(
      detail.quality.map((p) => p.score),
      [100],
    );
    assert.equal((await fetchTwins({ owner: owner.address }, opts)).items[0]?.id, twinId);

    const activity = await fetchActivity(owner.address, {}, opts);
    assert.deepEqual(
      activity.items.map((r) => [r.kind, r.amount, r.tokenId]),
      [
        ["twinRegistered", BOND, twinId],
        ["received", BOND + dta("10"), null],
      ],
      "the bond's token transfer is not a second row",
    );
  });

  it("records a sync's window, a rate change, and a job bought, completed with its split, and declined", async () => {
    const synced = await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: owner,
        functionName: "recordSync",
        args: [twinId, keccak256(toHex("reading 1"))],
      }),
    );
    const block = await chain.getBlock({ blockNumber: synced.blockNumber });
    let twin = (await fetchTwin(twinId, opts))!.twin;
    assert.equal(twin.lastSync, block.timestamp);
    assert.equal(twin.earnsUntil, block.timestamp + 7n * 86_400n);
    assert.equal(twin.multiplierPct, 120);

    const rate = dta("0.3333");
    await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: owner,
        functionName: "setSimulationRate",
        args: [twinId, rate],
      }),
    );
    assert.equal((await fetchTwin(twinId, opts))!.twin.ratePerHour, rate);

    await approve(buyer, 5n * rate);
    const jobIds: bigint[] = [];
    for (const hours of [3n, 2n]) {
      const r = await minedAndIndexed(
        await wallet.writeContract({
          ...registry,
          chain: hardhat,
          account: buyer,
          functionName: "buySimulation",
          args: [twinId, hours, rate],
        }),
      );
      const [bought] = parseEventLogs({ abi: registry.abi, logs: r.logs, eventName: "SimulationPurchased" });
      jobIds.push(bought!.args.jobId);
    }
    const open = await fetchTwinJobs(twinId, {}, opts);
    assert.deepEqual(
      open.items.map((j) => [j.jobId, j.buyer, j.hours, j.paid, j.status]),
      [
        [jobIds[1], buyer.address.toLowerCase(), 2, 2n * rate, "open"],
        [jobIds[0], buyer.address.toLowerCase(), 3, 3n * rate, "open"],
      ],
    );
    assert.equal((await fetchTwin(twinId, opts))!.twin.openJobs, 2);

    const resultHash = keccak256(toHex("result"));
    const done = await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: owner,
        functionName: "completeJob",
        args: [jobIds[0]!, resultHash],
      }),
    );
    const [completed] = parseEventLogs({ abi: registry.abi, logs: done.logs, eventName: "JobCompleted" });
    await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: owner,
        functionName: "declineJob",
        args: [jobIds[1]!],
      }),
    );

    const jobs = await fetchTwinJobs(twinId, { buyer: buyer.address }, opts);
    const [declined, paid] = jobs.items;
    assert.equal(declined?.status, "declined");
    assert.equal(paid?.status, "completed");
    assert.equal(paid?.resultHash, resultHash);
    assert.deepEqual(
      [paid?.burned, paid?.toPlatform, paid?.toOwner],
      [completed!.args.burned, completed!.args.toPlatform, completed!.args.toOwner],
    );
    assert.equal(paid!.burned! + paid!.toPlatform! + paid!.toOwner!, 3n * rate, "no dust");
    assert.equal((await fetchTwinJobs(twinId, { buyer: accounts[0]! }, opts)).items.length, 0);

    twin = (await fetchTwin(twinId, opts))!.twin;
    assert.deepEqual([twin.openJobs, twin.jobsDone, twin.earnings], [0, 1, completed!.args.toOwner]);
    const bought = await fetchActivity(
      buyer.address,
      { kinds: ["simulationBought", "simulationRefunded"] },
      opts,
    );
    assert.deepEqual(
      bought.items.map((r) => [r.kind, r.amount]),
      [
        ["simulationRefunded", 2n * rate],
        ["simulationBought", 2n * rate],
        ["simulationBought", 3n * rate],
      ],
    );
  });

  it("follows the quality oracle (suspension and its lifting, in the history) and deregistering", async () => {
    const oracle = accounts[6]!;
    await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: oracle,
        functionName: "setQuality",
        args: [twinId, 49n, keccak256(toHex("r1"))],
      }),
    );
    assert.equal((await fetchTwin(twinId, opts))!.twin.status, "suspended");
    await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: oracle,
        functionName: "setQuality",
        args: [twinId, 50n, keccak256(toHex("r2"))],
      }),
    );
    const detail = (await fetchTwin(twinId, opts))!;
    assert.equal(detail.twin.status, "active");
    assert.deepEqual(
      detail.quality.map((p) => [p.previous, p.score]),
      [
        [null, 100],
        [100, 49],
        [49, 50],
      ],
    );
    assert.equal(detail.quality[1]?.reasonHash, keccak256(toHex("r1")));

    const r = await minedAndIndexed(
      await wallet.writeContract({
        ...registry,
        chain: hardhat,
        account: owner,
        functionName: "deregister",
        args: [twinId],
      }),
    );
    const block = await chain.getBlock({ blockNumber: r.blockNumber });
    const twin = (await fetchTwin(twinId, opts))!.twin;
    assert.equal(twin.status, "deregistering");
    assert.equal(twin.cooldownEnds, block.timestamp + 7n * 86_400n);
    assert.equal(twin.multiplierPct, 0);
    assert.deepEqual(
      (await fetchTwins({ status: "deregistering", owner: owner.address }, opts)).items.map((t) => t.id),
      [twinId],
    );
  });

  it("answers 404 for an unknown twin and 400 for a malformed id", async () => {
    assert.equal(await fetchTwin(10n ** 30n, opts), null);
    assert.equal((await getJson("/twins/abc")).status, 400);
    assert.equal((await getJson("/twins/abc/jobs")).status, 400);
  });
});
