/**
 * The twin pool's reservations (the tokenomics runway) and the registry's governance settings, against the real
 * chain: for every sync, claim, quality change and deregistration, the net reservations the indexer records equal
 * what TwinRegistry's own unreserved pool lost. Runs once per database on a shared chain, so it works on a twin
 * it registers and compares before/after.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { keccak256, parseEventLogs, parseUnits, toHex, type Abi, type Address, type Hash } from "viem";
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { fetchPoolReservations } from "../../lib/indexer/client";
import { fetchTwinSettings } from "../../lib/indexer/twinSettings";
import { chain, deployed, INDEXER_URL, minedAndIndexed, testClient, wallet } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const dta = (whole: string) => parseUnits(whole, 4);
const DAY = 86_400;
const registry = deployed.TwinRegistry;
const token = deployed.DTAToken;
const BOND = dta("10000");

let accounts: Address[];
let owner: PrivateKeyAccount;
let twinId: bigint;

async function netReserved(): Promise<bigint> {
  const { days } = await fetchPoolReservations(0, opts);
  return days
    .filter((d) => d.pool === "twinIncentives")
    .reduce((sum, d) => sum + d.reserved - d.released, 0n);
}

const poolAvailable = () => chain.readContract({ ...registry, functionName: "poolAvailable" });

async function measured(send: () => Promise<Hash>) {
  const [reservedBefore, availableBefore] = await Promise.all([netReserved(), poolAvailable()]);
  const receipt = await minedAndIndexed(await send());
  const [reservedAfter, availableAfter] = await Promise.all([netReserved(), poolAvailable()]);
  return {
    receipt,
    reservedDelta: reservedAfter - reservedBefore,
    availableDelta: availableAfter - availableBefore,
  };
}

function write(call: {
  functionName: string;
  args: readonly unknown[];
  account: Address | PrivateKeyAccount;
}): Promise<Hash> {
  const abi: Abi = registry.abi;
  return wallet.writeContract({
    address: registry.address,
    abi,
    chain: hardhat,
    ...call,
  } as Parameters<typeof wallet.writeContract>[0]);
}

async function advance(days: number): Promise<void> {
  await testClient.increaseTime({ seconds: days * DAY });
  await testClient.mine({ blocks: 1 });
}

describe(`twin pool reservations and settings (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  before(async () => {
    accounts = await wallet.getAddresses();
    owner = privateKeyToAccount(generatePrivateKey());
    await testClient.setBalance({ address: owner.address, value: parseUnits("10", 18) });
    await minedAndIndexed(
      await wallet.writeContract({
        ...token,
        chain: hardhat,
        account: accounts[0]!,
        functionName: "transfer",
        args: [owner.address, BOND],
      }),
    );
    await minedAndIndexed(
      await wallet.writeContract({
        ...token,
        chain: hardhat,
        account: owner,
        functionName: "approve",
        args: [registry.address, BOND],
      }),
    );
    const receipt = await minedAndIndexed(
      await write({ functionName: "register", args: [4, "Pool test", "ipfs://pool-test"], account: owner }),
    );
    const [registered] = parseEventLogs({
      abi: registry.abi,
      logs: receipt.logs,
      eventName: "TwinRegistered",
    });
    assert.ok(registered);
    twinId = registered.args.twinId;
  });

  it("a sync reserves its window; a claim reserves nothing; each re-reservation releases what was left", async () => {
    const sync = (label: string) => () =>
      write({ functionName: "recordSync", args: [twinId, keccak256(toHex(label))], account: owner });
    const oracle = accounts[6]!;
    const score = (value: bigint) => () =>
      write({
        functionName: "setQuality",
        args: [twinId, value, keccak256(toHex(`q${value}`))],
        account: oracle,
      });

    const first = await measured(sync("first"));
    const [synced] = parseEventLogs({ abi: registry.abi, logs: first.receipt.logs, eventName: "DataSynced" });
    assert.ok(synced && synced.args.reserved > 0n, "quality 100 reserves a 7-day window at ×1.2");
    assert.equal(first.reservedDelta, synced.args.reserved);
    assert.equal(first.reservedDelta, -first.availableDelta);

    await advance(2);
    const claim = await measured(() =>
      write({ functionName: "claimRewards", args: [twinId], account: owner }),
    );
    assert.equal(claim.reservedDelta, 0n, "a claim pays a reserved reward");
    assert.equal(claim.availableDelta, 0n);

    const lower = await measured(score(89n));
    assert.ok(lower.reservedDelta < 0n, "dropping below 90 releases the +20% of the rest of the window");
    assert.equal(lower.reservedDelta, -lower.availableDelta);

    await advance(1);
    const second = await measured(sync("second"));
    assert.equal(second.reservedDelta, -second.availableDelta, "a new window releases the old one's rest");

    for (const value of [40n, 95n]) {
      const change = await measured(score(value));
      assert.equal(change.reservedDelta, -change.availableDelta, `quality ${value}`);
    }

    await advance(3);
    const leave = await measured(() => write({ functionName: "deregister", args: [twinId], account: owner }));
    assert.ok(leave.reservedDelta < 0n, "deregistering releases the window's unearned reserve");
    assert.equal(leave.reservedDelta, -leave.availableDelta);
  });

  it("lists governance's twin types and rate bounds as the chain holds them", async () => {
    const timelock = deployed.DTATimelock.address;
    await testClient.impersonateAccount({ address: timelock });
    await testClient.setBalance({ address: timelock, value: parseUnits("10", 18) });
    try {
      await minedAndIndexed(
        await write({ functionName: "addTwinType", args: ["Mining"], account: timelock }),
      );
      await minedAndIndexed(
        await write({ functionName: "setRateBounds", args: [50n, 2_000_000n], account: timelock }),
      );
      const widened = await fetchTwinSettings(opts);
      assert.deepEqual([widened.rateBounds.min, widened.rateBounds.max], [50n, 2_000_000n]);
      const count = await chain.readContract({ ...registry, functionName: "twinTypeCount" });
      assert.equal(widened.types.length, count);
      for (const t of widened.types) {
        assert.equal(
          t.name,
          await chain.readContract({ ...registry, functionName: "twinTypeName", args: [t.id] }),
        );
      }
      assert.equal(widened.types.at(-1)?.name, "Mining");
      // Back to the initial bounds, so the other tests see the rates they expect.
      await minedAndIndexed(
        await write({ functionName: "setRateBounds", args: [100n, 1_000_000n], account: timelock }),
      );
      const restored = await fetchTwinSettings(opts);
      assert.deepEqual([restored.rateBounds.min, restored.rateBounds.max], [100n, 1_000_000n]);
      assert.ok(restored.rateBounds.updatedAt !== null);
    } finally {
      await testClient.stopImpersonatingAccount({ address: timelock });
    }
  });
});
