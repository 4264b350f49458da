/**
 * The indexer against a real chain: transactions made here must appear in its routes once it has reached
 * their block. Runs once per database (PGlite, PostgreSQL) via scripts/indexer-test.ts; the chain is shared,
 * so every test works on rows it creates itself (fresh recipients, its own transaction hashes).
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseEventLogs, parseUnits, type Address, type Hash } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { fetchActivity, fetchSupplyHistory, fetchSwaps, type Activity } from "../../lib/indexer/client";
import { chain, deployed, getJson, INDEXER_URL, minedAndIndexed, testClient, wallet } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const freshAddress = () => privateKeyToAccount(generatePrivateKey()).address;
const token = deployed.DTAToken;
const staking = deployed.DTAStaking;

let accounts: Address[];
/** Dev account 15: funded here, outside the accounts the app's dev wallet and the seed use. */
let user: Address;

function transfer(from: Address, to: Address, amount: bigint): Promise<Hash> {
  return wallet.writeContract({
    ...token,
    chain: hardhat,
    account: from,
    functionName: "transfer",
    args: [to, amount],
  });
}

async function latestSupplyDay() {
  const days = await fetchSupplyHistory(opts);
  const last = days.at(-1);
  assert.ok(last, "supply history has at least the genesis mint");
  return last;
}

async function chainSupply() {
  const [totalSupply, totalBurned] = await Promise.all([
    chain.readContract({ ...token, functionName: "totalSupply" }),
    chain.readContract({ ...token, functionName: "totalBurned" }),
  ]);
  return { totalSupply, totalBurned };
}

describe(`indexer routes (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    accounts = await wallet.getAddresses();
    user = accounts[15]!;
    await minedAndIndexed(await transfer(accounts[0]!, user, dta("10000")));
  });

  it("lists a transfer for both sides, newest first, and pages with one extra row", async () => {
    const recipient = freshAddress();
    const hashes: Hash[] = [];
    for (const amount of ["1", "2", "3"]) {
      hashes.push(await transfer(user, recipient, dta(amount)));
      await minedAndIndexed(hashes.at(-1)!);
    }

    const first = await fetchActivity(recipient, { pageSize: 2 }, opts);
    assert.deepEqual(
      first.items.map((r) => [r.kind, r.amount, r.txHash, r.counterparty]),
      [
        ["received", dta("3"), hashes[2], user.toLowerCase()],
        ["received", dta("2"), hashes[1], user.toLowerCase()],
      ],
    );
    assert.equal(first.hasNext, true);
    const second = await fetchActivity(recipient, { pageSize: 2, page: 2 }, opts);
    assert.deepEqual(
      second.items.map((r) => r.amount),
      [dta("1")],
    );
    assert.equal(second.hasNext, false);
    const oldest = await fetchActivity(recipient, { sort: "oldest" }, opts);
    assert.deepEqual(
      oldest.items.map((r) => r.amount),
      [dta("1"), dta("2"), dta("3")],
    );

    const sent = await fetchActivity(user, { kinds: ["sent"], pageSize: 3 }, opts);
    assert.deepEqual(
      sent.items.map((r) => r.txHash),
      [...hashes].reverse(),
    );
    const received = await fetchActivity(user, { kinds: ["received"], pageSize: 100 }, opts);
    assert.ok(
      received.items.every((r) => !hashes.includes(r.txHash)),
      "the kind filter keeps sends out",
    );
  });

  it("lists a stake once (its token transfer is not a second row) and an early unstake with its burned penalty", async () => {
    const amount = dta("1000");
    await minedAndIndexed(
      await wallet.writeContract({
        ...token,
        chain: hardhat,
        account: user,
        functionName: "approve",
        args: [staking.address, amount],
      }),
    );
    const stakeReceipt = await minedAndIndexed(
      await wallet.writeContract({
        ...staking,
        chain: hardhat,
        account: user,
        functionName: "stake",
        args: [amount, 30n],
      }),
    );
    const [staked] = parseEventLogs({ abi: staking.abi, logs: stakeReceipt.logs, eventName: "Staked" });
    assert.ok(staked);
    const rows = (await fetchActivity(user, { pageSize: 100 }, opts)).items.filter(
      (r) => r.txHash === stakeReceipt.transactionHash,
    );
    assert.deepEqual(
      rows.map((r) => [r.kind, r.amount, r.tokenId]),
      [["staked", amount, staked.args.tokenId]],
    );

    const before = await latestSupplyDay();
    const unstakeReceipt = await minedAndIndexed(
      await wallet.writeContract({
        ...staking,
        chain: hardhat,
        account: user,
        functionName: "unstakeEarly",
        args: [staked.args.tokenId],
      }),
    );
    const [early] = parseEventLogs({
      abi: staking.abi,
      logs: unstakeReceipt.logs,
      eventName: "UnstakedEarly",
    });
    assert.ok(early && early.args.penalty > 0n);
    const [row] = (await fetchActivity(user, { kinds: ["unstakedEarly"], pageSize: 1 }, opts)).items;
    assert.equal(row?.txHash, unstakeReceipt.transactionHash);
    assert.equal(row?.amount, early.args.principalReturned);
    assert.equal(row?.extra, early.args.penalty);

    const after = await latestSupplyDay();
    assert.equal(after.burnedTotal - before.burnedTotal, early.args.penalty);
    assert.deepEqual({ totalSupply: after.totalSupply, totalBurned: after.burnedTotal }, await chainSupply());
  });

  it("lists a burn and the supply history follows the token's own totals", async () => {
    const receipt = await minedAndIndexed(
      await wallet.writeContract({
        ...token,
        chain: hardhat,
        account: user,
        functionName: "burn",
        args: [dta("5")],
      }),
    );
    const [row] = (await fetchActivity(user, { kinds: ["burned"], pageSize: 1 }, opts)).items;
    assert.equal(row?.txHash, receipt.transactionHash);
    assert.equal(row?.amount, dta("5"));
    const last = await latestSupplyDay();
    assert.deepEqual({ totalSupply: last.totalSupply, totalBurned: last.burnedTotal }, await chainSupply());
    assert.ok(last.burnedThatDay >= dta("5"));
  });

  it("lists a BIVE swap in /swaps and in the swapper's activity", async () => {
    const swapper = accounts[6]!;
    const bive = parseUnits("10", 18);
    await minedAndIndexed(
      await wallet.writeContract({
        ...deployed.BIVE,
        chain: hardhat,
        account: swapper,
        functionName: "approve",
        args: [deployed.BiveSwap.address, bive],
      }),
    );
    const receipt = await minedAndIndexed(
      await wallet.writeContract({
        ...deployed.BiveSwap,
        chain: hardhat,
        account: swapper,
        functionName: "swap",
        args: [bive],
      }),
    );
    const [swapped] = parseEventLogs({
      abi: deployed.BiveSwap.abi,
      logs: receipt.logs,
      eventName: "Swapped",
    });
    assert.ok(swapped);
    const [listed] = (await fetchSwaps(swapper, { pageSize: 1 }, opts)).items;
    assert.deepEqual(listed && [listed.txHash, listed.biveAmount, listed.dtaAmount, listed.bonus], [
      receipt.transactionHash,
      bive,
      swapped.args.dtaAmount,
      swapped.args.bonus,
    ]);
    const activity = (await fetchActivity(swapper, { pageSize: 100 }, opts)).items.filter(
      (r: Activity) => r.txHash === receipt.transactionHash,
    );
    assert.deepEqual(
      activity.map((r) => [r.kind, r.amount, r.extra]),
      [["swapped", swapped.args.dtaAmount + swapped.args.bonus, bive]],
    );
  });

  it("lists a vesting release for the wallet's beneficiary", async () => {
    const vesting = deployed.VestingCoreTeam;
    await testClient.increaseTime({ seconds: 60 * 86_400 });
    await testClient.mine({ blocks: 1 });
    const beneficiary = await chain.readContract({ ...vesting, functionName: "owner" });
    const releasable = await chain.readContract({
      ...vesting,
      functionName: "releasable",
      args: [token.address],
    });
    assert.ok(releasable > 0n, "the core team wallet has vested DTA to release");
    const receipt = await minedAndIndexed(
      await wallet.writeContract({
        ...vesting,
        chain: hardhat,
        account: accounts[0]!,
        functionName: "release",
        args: [token.address],
      }),
    );
    const [released] = parseEventLogs({ abi: vesting.abi, logs: receipt.logs, eventName: "ERC20Released" });
    assert.ok(released && released.args.amount > 0n, "the core team wallet had vested DTA to release");
    const [row] = (await fetchActivity(beneficiary, { kinds: ["vestingReleased"], pageSize: 1 }, opts)).items;
    assert.equal(row?.txHash, receipt.transactionHash);
    assert.equal(row?.amount, released.args.amount);
    assert.equal(row?.counterparty, vesting.address.toLowerCase());
  });

  it("answers 400 for a missing or malformed account, and reports the indexed block", async () => {
    assert.equal((await getJson("/activity")).status, 400);
    assert.equal((await getJson("/swaps?account=0x1234")).status, 400);
    const latest = await chain.getBlockNumber();
    const status = await getJson("/status");
    assert.equal(status.status, 200);
    const local = (status.body as { local?: { block?: { number?: number } } }).local;
    assert.ok(local?.block?.number !== undefined && BigInt(local.block.number) <= latest);
  });
});
