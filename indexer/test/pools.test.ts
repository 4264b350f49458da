/**
 * Pool reservations (the tokenomics runway) and the staking poke / unused-bonus activity rows, against the real
 * chain: the net reservations the indexer records for each transaction must equal what the contracts' own
 * unreserved pool lost. Runs once per database via scripts/indexer-test.ts on a shared chain, so every test
 * makes its own transactions and compares before/after.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseEventLogs, type Abi, parseUnits, type Address, type Hash, type TransactionReceipt } from "viem";
import { hardhat } from "viem/chains";
import { fetchActivity, fetchPoolReservations } from "../../lib/indexer/client";
import type { ReservingPool } from "../../lib/indexer/types";
import { chain, deployed, INDEXER_URL, minedAndIndexed, testClient, wallet } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const DAY = 86_400;
const token = deployed.DTAToken;
const staking = deployed.DTAStaking;
const swap = deployed.BiveSwap;

/** Dev account 16: funded here, used by no other test, seed or browser test. */
let user: Address;
let accounts: Address[];

/** Everything the indexer has recorded for `pool`: reserved less released, summed over every day. */
async function netReserved(pool: ReservingPool): Promise<bigint> {
  const { days } = await fetchPoolReservations(0, opts);
  return days.filter((d) => d.pool === pool).reduce((sum, d) => sum + d.reserved - d.released, 0n);
}

const poolAvailable = () => chain.readContract({ ...staking, functionName: "poolAvailable" });

/** Runs `send`, waits for the indexer, and returns the receipt with the change in net reservations and pool. */
async function measured(send: () => Promise<Hash>) {
  const [reservedBefore, availableBefore] = await Promise.all([netReserved("staking"), poolAvailable()]);
  const receipt = await minedAndIndexed(await send());
  const [reservedAfter, availableAfter] = await Promise.all([netReserved("staking"), poolAvailable()]);
  return {
    receipt,
    reservedDelta: reservedAfter - reservedBefore,
    availableDelta: availableAfter - availableBefore,
  };
}

function write(
  contract: { readonly address: Address; readonly abi: Abi },
  functionName: string,
  args: readonly unknown[],
  account: Address = user,
): Promise<Hash> {
  return wallet.writeContract({
    address: contract.address,
    abi: contract.abi,
    chain: hardhat,
    account,
    functionName,
    args,
  } as Parameters<typeof wallet.writeContract>[0]);
}

function stakedId(receipt: TransactionReceipt): bigint {
  const [staked] = parseEventLogs({ abi: staking.abi, logs: receipt.logs, eventName: "Staked" });
  assert.ok(staked, "the stake emitted Staked");
  return staked.args.tokenId;
}

describe(`pool reservations and runway events (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    accounts = await wallet.getAddresses();
    user = accounts[16]!;
    await minedAndIndexed(await write(token, "transfer", [user, dta("200000")], accounts[0]));
    await minedAndIndexed(await write(token, "approve", [staking.address, dta("200000")]));
  });

  it("stake, compound, top-up and early unstake: net reservations equal what the unreserved pool lost", async () => {
    const stake = await measured(() => write(staking, "stake", [dta("60000"), 180n]));
    const tokenId = stakedId(stake.receipt);
    assert.ok(stake.reservedDelta > 0n, "a stake reserves its reward");
    assert.equal(stake.reservedDelta, -stake.availableDelta);

    await testClient.increaseTime({ seconds: 3 * DAY });
    await testClient.mine({ blocks: 1 });
    const compound = await measured(() => write(staking, "compound", [tokenId]));
    assert.equal(compound.reservedDelta, -compound.availableDelta);
    // The compound re-reserved less than its new reward: part of the old reserve came back.
    const [compounded] = parseEventLogs({
      abi: staking.abi,
      logs: compound.receipt.logs,
      eventName: "Compounded",
    });
    assert.ok(compounded && compound.reservedDelta < compounded.args.reserved);

    await testClient.increaseTime({ seconds: 2 * DAY });
    await testClient.mine({ blocks: 1 });
    const claim = await measured(() => write(staking, "claim", [tokenId]));
    assert.equal(claim.reservedDelta, 0n, "a claim pays a reserved reward: no new reservation");
    assert.equal(claim.availableDelta, 0n);

    const topUp = await measured(() => write(staking, "stakeMore", [tokenId, dta("5000")]));
    assert.equal(topUp.reservedDelta, -topUp.availableDelta);

    const early = await measured(() => write(staking, "unstakeEarly", [tokenId]));
    assert.ok(early.reservedDelta < 0n, "an early unstake releases the unearned reserve");
    assert.equal(early.reservedDelta, -early.availableDelta);
  });

  it("a swap's DTA and bonus are the swap pool's and bonus pool's reservations", async () => {
    const swapper = accounts[6]!;
    const bive = parseUnits("25", 18);
    await minedAndIndexed(await write(deployed.BIVE, "approve", [swap.address, bive], swapper));
    const read = (functionName: "swapPoolRemaining" | "bonusPoolRemaining") =>
      chain.readContract({ ...swap, functionName });
    const before = await Promise.all([
      netReserved("biveSwap"),
      netReserved("biveBonus"),
      read("swapPoolRemaining"),
      read("bonusPoolRemaining"),
    ]);
    const receipt = await minedAndIndexed(await write(swap, "swap", [bive], swapper));
    const after = await Promise.all([
      netReserved("biveSwap"),
      netReserved("biveBonus"),
      read("swapPoolRemaining"),
      read("bonusPoolRemaining"),
    ]);
    const [swapped] = parseEventLogs({ abi: swap.abi, logs: receipt.logs, eventName: "Swapped" });
    assert.ok(swapped);
    assert.equal(after[0] - before[0], swapped.args.dtaAmount);
    assert.equal(after[1] - before[1], swapped.args.bonus);
    assert.equal(before[2] - after[2], swapped.args.dtaAmount);
    assert.equal(before[3] - after[3], swapped.args.bonus);
  });

  it("lists a poke that ends a position's lock weight", async () => {
    const tokenId = stakedId(await minedAndIndexed(await write(staking, "stake", [dta("1000"), 90n])));
    await testClient.increaseTime({ seconds: 91 * DAY }); // a 90-day lock weighs 1.25×
    await testClient.mine({ blocks: 1 });
    const receipt = await minedAndIndexed(await write(staking, "poke", [tokenId], accounts[0]));
    const [applied] = parseEventLogs({
      abi: staking.abi,
      logs: receipt.logs,
      eventName: "UnlockWeightApplied",
    });
    assert.ok(applied && applied.args.previousUnits > applied.args.votingUnits);
    const [row] = (await fetchActivity(user, { kinds: ["unlockWeightApplied"], pageSize: 1 }, opts)).items;
    assert.deepEqual(row && [row.txHash, row.tokenId, row.amount, row.extra], [
      receipt.transactionHash,
      tokenId,
      applied.args.votingUnits,
      applied.args.previousUnits,
    ]);
  });

  it("lists the unused bonus's return for its caller and for the timelock that received it", async () => {
    // The chain is shared by the PGlite and PostgreSQL runs: the bonus can be returned once, so the second
    // run finds the first run's transaction (its own indexer backfilled it).
    const caller = accounts[17]!;
    if ((await chain.readContract({ ...swap, functionName: "bonusPoolRemaining" })) > 0n) {
      const endsAt =
        (await chain.readContract({ ...swap, functionName: "genesisTimestamp" })) + 90n * BigInt(DAY);
      const now = (await chain.getBlock()).timestamp;
      if (now <= endsAt) {
        await testClient.increaseTime({ seconds: Number(endsAt - now) + 1 });
        await testClient.mine({ blocks: 1 });
      }
      await minedAndIndexed(await write(swap, "returnUnusedBonus", [], caller));
    }
    const [log] = await chain.getContractEvents({
      ...swap,
      eventName: "UnusedBonusReturned",
      fromBlock: 0n,
    });
    assert.ok(log?.args.amount && log.args.caller && log.args.timelock);
    const [mine] = (await fetchActivity(log.args.caller, { kinds: ["unusedBonusReturned"] }, opts)).items;
    assert.deepEqual(mine && [mine.txHash, mine.amount, mine.counterparty], [
      log.transactionHash,
      log.args.amount,
      log.args.timelock.toLowerCase(),
    ]);
    const received = (await fetchActivity(log.args.timelock, { kinds: ["received"], pageSize: 100 }, opts))
      .items;
    const row = received.find((r) => r.txHash === log.transactionHash);
    assert.deepEqual(row && [row.amount, row.counterparty], [log.args.amount, swap.address.toLowerCase()]);
  });
});
