/**
 * The marketplace routes against the real chain: the seeded catalogue (search, filters, sorts, pages, totals),
 * then a service listed here through its life (paid, rated and re-rated, answered, repriced, paused), its
 * requests and activity rows, and the provider pool's reservations. The chain is shared with the other indexer
 * tests, so this file works on accounts and services it creates.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { keccak256, parseEventLogs, parseUnits, toHex, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { fetchActivity, fetchPoolReservations } from "../../lib/indexer/client";
import {
  averageX100,
  fetchMyRequests,
  fetchService,
  fetchServiceRequests,
  fetchServices,
} from "../../lib/indexer/marketplace";
import { chain, deployed, getJson, minedAndIndexed, testClient, wallet, INDEXER_URL } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const market = deployed.AIMarketplace;
const token = deployed.DTAToken;
const NAME = `Indexer Test Oracle ${Date.now().toString(36)}`;

let accounts: Address[];
let provider: PrivateKeyAccount;
let payer: PrivateKeyAccount;
let serviceId: bigint;
let requestId: bigint;

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
  await minedAndIndexed(
    await wallet.writeContract({
      ...token,
      chain: hardhat,
      account,
      functionName: "approve",
      args: [market.address, amount],
    }),
  );
}

const write = (account: PrivateKeyAccount, functionName: string, args: readonly unknown[]) =>
  wallet.writeContract({
    address: market.address,
    abi: market.abi,
    chain: hardhat,
    account,
    functionName,
    args,
  } as Parameters<typeof wallet.writeContract>[0]);

describe(`marketplace routes (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    accounts = await wallet.getAddresses();
    provider = privateKeyToAccount(generatePrivateKey());
    payer = privateKeyToAccount(generatePrivateKey());
    await fund(provider, dta("200"));
    await fund(payer, dta("100"));
  });

  it("pages the seeded catalogue with a total; paused services only on request; rows match the chain", async () => {
    const count = await chain.readContract({ ...market, functionName: "serviceCount" });
    const active = await fetchServices({ limit: 100 }, opts);
    const paused = await fetchServices({ status: "paused", limit: 100 }, opts);
    const all = await fetchServices({ status: "all", limit: 100 }, opts);
    assert.ok(all.total >= 300 && BigInt(all.total) === count, "every listed service is indexed");
    assert.ok(paused.total > 0, "the seed pauses some services");
    assert.equal(active.total + paused.total, all.total);
    assert.ok(active.items.every((s) => s.status === "active"));
    assert.ok(paused.items.every((s) => s.status === "paused"));
    assert.equal(active.items.length, 100);
    assert.equal(active.hasNext, true);

    const sample = all.items.find((s) => s.ratingCount > 0 && s.queries > 0n);
    assert.ok(sample, "the seed pays for and rates services");
    const onChain = await chain.readContract({ ...market, functionName: "serviceOf", args: [sample.id] });
    assert.equal(sample.provider, onChain.provider.toLowerCase());
    assert.equal(sample.pricePerQuery, onChain.pricePerQuery);
    assert.equal(sample.ratingCount, onChain.ratingCount);
    assert.equal(sample.ratingSum, onChain.ratingSum);
    assert.equal(sample.queries, onChain.queries);
    assert.equal(sample.revenue, onChain.revenue);
    assert.equal(sample.status === "paused", onChain.paused);
    assert.equal(
      sample.bonusEarned,
      await chain.readContract({ ...market, functionName: "bonusEarnedBy", args: [sample.id] }),
    );
    assert.equal(
      sample.name,
      await chain.readContract({ ...market, functionName: "nameOf", args: [sample.id] }),
    );

    const first = await fetchServices({ limit: 12 }, opts);
    const second = await fetchServices({ limit: 12, page: 2 }, opts);
    assert.deepEqual(
      [...first.items, ...second.items].map((s) => s.id),
      active.items.slice(0, 24).map((s) => s.id),
      "pages follow each other, newest first",
    );
    assert.equal(first.total, active.total);
  });

  it("searches names without regard to case and filters by category, price range, rating and provider", async () => {
    const ocr = await fetchServices({ q: "ocR", status: "all", limit: 100 }, opts);
    assert.ok(ocr.total > 0 && ocr.items.every((s) => s.name.toLowerCase().includes("ocr")));
    const none = await fetchServices({ q: "%" }, opts);
    assert.equal(none.total, 0, "% is matched literally");

    const vision = await fetchServices({ category: 1, limit: 100 }, opts);
    assert.ok(vision.total > 0 && vision.items.every((s) => s.category === "Computer Vision"));
    const byName = await getJson("/services?category=computer%20vision&limit=1");
    assert.equal((byName.body as { total: number }).total, vision.total);

    const band = await fetchServices({ minPrice: dta("0.5"), maxPrice: dta("2"), limit: 100 }, opts);
    assert.ok(band.total > 0);
    assert.ok(band.items.every((s) => s.pricePerQuery >= dta("0.5") && s.pricePerQuery <= dta("2")));

    const good = await fetchServices({ minRatingX100: 400, limit: 100 }, opts);
    assert.ok(good.total > 0 && good.items.every((s) => (averageX100(s) ?? 0) >= 400));

    const someone = band.items[0]!.provider;
    const mine = await fetchServices({ provider: someone, status: "all", limit: 100 }, opts);
    assert.ok(mine.total > 0 && mine.items.every((s) => s.provider === someone));
  });

  it("sorts by price, usage and rating in both directions", async () => {
    const cheap = await fetchServices({ sort: "price", limit: 100 }, opts);
    const prices = cheap.items.map((s) => s.pricePerQuery);
    assert.deepEqual(
      prices,
      [...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      "price sorts cheapest first",
    );
    const dear = await fetchServices({ sort: "price", order: "desc", limit: 5 }, opts);
    assert.ok(dear.items[0]!.pricePerQuery >= cheap.items.at(-1)!.pricePerQuery);

    const used = await fetchServices({ sort: "usage", limit: 100 }, opts);
    const queries = used.items.map((s) => s.queries);
    assert.deepEqual(
      queries,
      [...queries].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)),
    );

    const rated = await fetchServices({ sort: "rating", limit: 100 }, opts);
    const averages = rated.items.map((s) => averageX100(s) ?? 0);
    assert.deepEqual(
      averages,
      [...averages].sort((a, b) => b - a),
    );
    const worst = await fetchServices({ sort: "rating", order: "asc", limit: 5 }, opts);
    assert.ok((averageX100(worst.items[0]!) ?? 0) <= averages.at(-1)!);
  });

  it("adds a listed service, finds it by name, and follows a payment, ratings, a response and a pause", async () => {
    const listed = await minedAndIndexed(
      await write(provider, "listService", [NAME, 3, "ipfs://bafy-indexer-test", dta("1.2345")]),
    );
    const [event] = parseEventLogs({ abi: market.abi, logs: listed.logs, eventName: "ServiceListed" });
    assert.ok(event);
    serviceId = event.args.serviceId;

    const found = await fetchServices({ q: NAME.toUpperCase() }, opts);
    assert.deepEqual(
      found.items.map((s) => s.id),
      [serviceId],
    );
    const detail = await fetchService(serviceId, opts);
    assert.ok(detail);
    assert.equal(detail.service.provider, provider.address.toLowerCase());
    assert.equal(detail.service.category, "Anomaly Detection");
    assert.equal(detail.service.pricePerQuery, dta("1.2345"));
    assert.equal(detail.service.listingFee, dta("100"));
    assert.deepEqual(detail.stars, [0, 0, 0, 0, 0]);

    const paid = await minedAndIndexed(await write(payer, "payForQueries", [serviceId, 7n, dta("1.2345")]));
    const [payment] = parseEventLogs({ abi: market.abi, logs: paid.logs, eventName: "QueriesPaid" });
    assert.ok(payment);
    requestId = payment.args.requestId;
    const requests = await fetchServiceRequests(serviceId, { payer: payer.address }, opts);
    assert.equal(requests.items.length, 1);
    const request = requests.items[0]!;
    assert.equal(request.requestId, requestId);
    assert.equal(request.serviceName, NAME);
    assert.equal(request.queries, 7);
    assert.equal(request.amount, 7n * dta("1.2345"));
    assert.equal(request.burned, payment.args.burned);
    assert.equal(request.toProvider, payment.args.toProvider);
    assert.equal(request.burned + request.toPlatform + request.toProvider, request.amount, "no dust");
    assert.equal(request.bonus, 0n, "a new service earns no bonus");
    assert.equal(request.responseHash, null);
    const mine = await fetchMyRequests(payer.address, {}, opts);
    assert.deepEqual(
      mine.items.map((r) => r.requestId),
      [requestId],
    );
    assert.equal((await fetchServiceRequests(serviceId, { payer: provider.address }, opts)).items.length, 0);

    const after = (await fetchService(serviceId, opts))!.service;
    assert.equal(after.queries, 7n);
    assert.equal(after.requests, 1);
    assert.equal(after.revenue, request.amount);
    assert.equal(after.providerEarned, request.toProvider);

    const payerRows = await fetchActivity(payer.address, { kinds: ["queriesPaid"] }, opts);
    assert.equal(payerRows.items[0]?.amount, request.amount);
    assert.equal(payerRows.items[0]?.extra, 7n);
    const providerRows = await fetchActivity(
      provider.address,
      { kinds: ["queriesSold", "serviceListed"] },
      opts,
    );
    assert.deepEqual(
      providerRows.items.map((r) => [r.kind, r.amount]),
      [
        ["queriesSold", request.toProvider],
        ["serviceListed", dta("100")],
      ],
    );

    await minedAndIndexed(await write(payer, "rate", [serviceId, 4]));
    let rated = (await fetchService(serviceId, opts))!;
    assert.equal(rated.service.ratingCount, 1);
    assert.equal(rated.service.ratingSum, 4);
    assert.deepEqual(rated.stars, [0, 0, 0, 1, 0]);
    await minedAndIndexed(await write(payer, "rate", [serviceId, 2]));
    rated = (await fetchService(serviceId, opts))!;
    assert.equal(rated.service.ratingCount, 1, "a new rating replaces the old");
    assert.equal(rated.service.ratingSum, 2);
    assert.deepEqual(rated.stars, [0, 1, 0, 0, 0]);

    const hash = keccak256(toHex("the answer"));
    await minedAndIndexed(await write(provider, "postResponse", [requestId, hash]));
    const answered = (await fetchMyRequests(payer.address, {}, opts)).items[0]!;
    assert.equal(answered.responseHash, hash);
    assert.ok(answered.respondedAt !== null && answered.respondedAt >= answered.timestamp);

    await minedAndIndexed(await write(provider, "setPrice", [serviceId, dta("2")]));
    await minedAndIndexed(await write(provider, "setMetadataURI", [serviceId, "ipfs://bafy-indexer-test-2"]));
    await minedAndIndexed(await write(provider, "pauseService", [serviceId]));
    const pausedNow = (await fetchService(serviceId, opts))!.service;
    assert.equal(pausedNow.status, "paused");
    assert.equal(pausedNow.pricePerQuery, dta("2"));
    assert.equal(pausedNow.metadataUri, "ipfs://bafy-indexer-test-2");
    assert.equal(
      (await fetchServices({ q: NAME }, opts)).total,
      0,
      "a paused service leaves the default list",
    );
    assert.equal((await fetchServices({ q: NAME, status: "paused" }, opts)).total, 1);
    await minedAndIndexed(await write(provider, "resumeService", [serviceId]));
    assert.equal((await fetchServices({ q: NAME }, opts)).total, 1);
  });

  it("counts the provider pool's reserved bonuses: what the pool lost is what the indexer saw reserved", async () => {
    const [available, reservations] = await Promise.all([
      chain.readContract({ ...market, functionName: "poolAvailable" }),
      fetchPoolReservations(0, opts),
    ]);
    const reserved = reservations.days
      .filter((d) => d.pool === "aiProvider")
      .reduce((sum, d) => sum + d.reserved - d.released, 0n);
    assert.ok(reserved > 0n, "the seed's qualifying services reserve bonuses");
    assert.equal(reserved, dta("60000000") - available);
  });

  it("refuses bad ids and a request list for nobody", async () => {
    assert.equal((await getJson("/services/abc")).status, 400);
    assert.equal((await getJson("/services/abc/requests")).status, 400);
    assert.equal((await getJson("/services/99999999")).status, 404);
    assert.equal((await getJson("/requests")).status, 400);
    assert.equal((await getJson("/requests?payer=nobody")).status, 400);
    assert.equal(await fetchService(99_999_999n, opts), null);
  });
});
