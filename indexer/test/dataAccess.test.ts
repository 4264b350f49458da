/**
 * The data pool's reservations (the tokenomics runway), buyer access per restricted contribution, the data
 * categories and the revenue distributed so far, against the real chain: each figure the indexer serves must equal
 * what the contracts did. The chain is shared with the other indexer tests: this file uses fresh accounts and
 * compares before/after.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { keccak256, parseEventLogs, parseUnits, toHex, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { fetchPoolReservations } from "../../lib/indexer/client";
import { fetchDataAccess, fetchDataCategories } from "../../lib/indexer/dataAccess";
import { fetchRevenueTotals } from "../../lib/indexer/revenue";
import { chain, deployed, getJson, INDEXER_URL, minedAndIndexed, testClient, wallet } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const data = deployed.DataContributions;
const token = deployed.DTAToken;
const revenue = deployed.RevenueDistributor;
/** LOCAL_ROLES.dataValidator. */
const VALIDATOR = 6;

let accounts: Address[];
let contributor: PrivateKeyAccount;
let buyer: PrivateKeyAccount;
let other: PrivateKeyAccount;

const send = (
  account: PrivateKeyAccount | Address,
  to: { address: Address; abi: unknown },
  functionName: string,
  args: readonly unknown[],
) =>
  wallet.writeContract({ ...to, chain: hardhat, account, functionName, args } as Parameters<
    typeof wallet.writeContract
  >[0]);

async function dataPoolNetReserved(): Promise<bigint> {
  const { days } = await fetchPoolReservations(0, opts);
  return days.filter((d) => d.pool === "dataRewards").reduce((sum, d) => sum + d.reserved - d.released, 0n);
}

async function submit(account: PrivateKeyAccount, label: string, licence: 0 | 1, premium: bigint) {
  const hash = keccak256(toHex(`indexer data access test ${label} ${account.address}`));
  const receipt = await minedAndIndexed(await send(account, data, "submit", [hash, 1, licence, premium]));
  const [event] = parseEventLogs({ abi: data.abi, logs: receipt.logs, eventName: "ContributionSubmitted" });
  return (event!.args as { contributionId: bigint }).contributionId;
}

describe(`data access, data pool and revenue routes (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    accounts = await wallet.getAddresses();
    [contributor, buyer, other] = [0, 1, 2].map(() => privateKeyToAccount(generatePrivateKey())) as [
      PrivateKeyAccount,
      PrivateKeyAccount,
      PrivateKeyAccount,
    ];
    for (const account of [contributor, buyer, other]) {
      await testClient.setBalance({ address: account.address, value: parseUnits("10", 18) });
    }
    await minedAndIndexed(await send(accounts[0]!, token, "transfer", [buyer.address, dta("100")]));
  });

  it("counts a score's reward as a data pool reservation, equal to what left the unreserved pool", async () => {
    const id = await submit(contributor, "scored", 0, 0n);
    const [reservedBefore, availableBefore] = await Promise.all([
      dataPoolNetReserved(),
      chain.readContract({ ...data, functionName: "poolAvailable" }),
    ]);
    await minedAndIndexed(await send(accounts[VALIDATOR]!, data, "score", [id, 85]));
    const [reservedAfter, availableAfter] = await Promise.all([
      dataPoolNetReserved(),
      chain.readContract({ ...data, functionName: "poolAvailable" }),
    ]);
    const reward = await chain.readContract({
      ...data,
      functionName: "rewardOwedTo",
      args: [contributor.address],
    });
    assert.equal(reward, dta("15"), "85 is the 1.5× band of the 10 DTA base reward");
    assert.equal(reservedAfter - reservedBefore, reward);
    assert.equal(availableBefore - availableAfter, reward);
    // The seed scored contributions too: every reservation ever made is owed or was claimed.
    const owed = await chain.readContract({ ...data, functionName: "totalRewardOwed" });
    assert.ok(reservedAfter >= owed, "reserved in total is at least what is still owed");
  });

  it("lists a restricted contribution's buyers through grant, premium and revoke", async () => {
    const premium = dta("2.5");
    const id = await submit(contributor, "restricted", 1, premium);
    assert.equal((await fetchDataAccess({ contributionId: id }, opts)).items.length, 0);

    await minedAndIndexed(await send(contributor, data, "grantAccess", [id, buyer.address]));
    await minedAndIndexed(await send(contributor, data, "grantAccess", [id, other.address]));
    let rows = (await fetchDataAccess({ contributionId: id }, opts)).items;
    assert.deepEqual(
      rows.map((r) => [r.buyer, r.granted, r.paid]).sort(),
      [
        [buyer.address.toLowerCase(), true, false],
        [other.address.toLowerCase(), true, false],
      ].sort(),
    );

    await minedAndIndexed(await send(buyer, token, "approve", [data.address, premium]));
    await minedAndIndexed(await send(buyer, data, "payPremium", [id, premium]));
    await minedAndIndexed(await send(contributor, data, "revokeAccess", [id, other.address]));
    rows = (await fetchDataAccess({ contributionId: id }, opts)).items;
    const byBuyer = new Map(rows.map((r) => [r.buyer, r]));
    assert.deepEqual(
      [
        byBuyer.get(buyer.address.toLowerCase() as Address)?.paid,
        byBuyer.get(other.address.toLowerCase() as Address)?.granted,
      ],
      [true, false],
    );
    const [onChainGranted, onChainPaid] = await chain.readContract({
      ...data,
      functionName: "accessOf",
      args: [id, buyer.address],
    });
    assert.deepEqual([onChainGranted, onChainPaid], [true, true]);

    const granted = await fetchDataAccess({ contributionId: id, grantedOnly: true }, opts);
    assert.deepEqual(
      granted.items.map((r) => r.buyer),
      [buyer.address.toLowerCase()],
    );
    const mine = await fetchDataAccess({ buyer: buyer.address }, opts);
    assert.deepEqual(
      mine.items.map((r) => r.contributionId),
      [id],
    );
  });

  it("serves the data categories as the contract names them", async () => {
    const categories = await fetchDataCategories(opts);
    const count = await chain.readContract({ ...data, functionName: "categoryCount" });
    assert.equal(categories.length, count);
    for (const c of categories) {
      assert.equal(c.name, await chain.readContract({ ...data, functionName: "categoryName", args: [c.id] }));
    }
    assert.equal(
      (await getJson("/data/access?contribution=x")).status,
      200,
      "a bad filter falls back to none",
    );
  });

  it("sums RevenueDistributor's distributions: the 40/30/20/10 split, burned included, as the chain paid it", async () => {
    const before = await fetchRevenueTotals(opts);
    const totalBefore = await chain.readContract({ ...revenue, functionName: "totalDistributed" });
    assert.equal(before.amount, totalBefore, "the indexer's total equals the contract's");
    await minedAndIndexed(await send(accounts[0]!, token, "transfer", [revenue.address, dta("1000.0001")]));
    const receipt = await minedAndIndexed(await send(accounts[0]!, revenue, "distribute", []));
    const [event] = parseEventLogs({ abi: revenue.abi, logs: receipt.logs, eventName: "RevenueDistributed" });
    const args = event!.args as {
      amount: bigint;
      toStaking: bigint;
      toDevelopment: bigint;
      toEcosystem: bigint;
      burned: bigint;
    };
    const after = await fetchRevenueTotals(opts);
    assert.equal(after.distributions, before.distributions + 1);
    assert.equal(after.amount - before.amount, args.amount);
    assert.equal(after.toStaking - before.toStaking, args.toStaking);
    assert.equal(after.toDevelopment - before.toDevelopment, args.toDevelopment);
    assert.equal(after.toEcosystem - before.toEcosystem, args.toEcosystem);
    assert.equal(after.burned - before.burned, args.burned);
    assert.ok(args.amount >= dta("1000.0001"));
    assert.equal(
      after.toStaking + after.toDevelopment + after.toEcosystem + after.burned,
      after.amount,
      "no base unit is lost",
    );
    assert.equal(after.amount, await chain.readContract({ ...revenue, functionName: "totalDistributed" }));
  });
});
