/**
 * Shared set-up for the Staking*.test.ts files (this file holds no tests of its own): a DTA token, the staking
 * contract with a funded rewards pool, and three stakers with DTA and an allowance.
 */
import assert from "node:assert/strict";
import type { network } from "hardhat";
import { parseUnits, type Hash } from "viem";

type Connection = Awaited<ReturnType<typeof network.create>>;
export type Viem = Connection["viem"];
export type NetworkHelpers = Connection["networkHelpers"];

export const DAY = 86_400n;
export const STAKING_POOL = 120_000_000n * 10_000n;

/** "1234.5" → base units (4 decimals). */
export const dta = (amount: string): bigint => parseUnits(amount, 4);

/** Tier enum values of the contract. */
export const Tier = { Bronze: 0, Silver: 1, Gold: 2, Platinum: 3, Diamond: 4 } as const;
/** BonusKind enum values of the contract. */
export const Bonus = { Twin: 0, DataQuality: 1, Governance: 2, AIService: 3 } as const;

export async function deployStaking(viem: Viem, pool: bigint = STAKING_POOL) {
  const clients = await viem.getWalletClients();
  const at = (index: number) => {
    const client = clients[index];
    assert.ok(client, `missing wallet client ${index}`);
    return client;
  };
  const [admin, holder, alice, bob, carol, dave] = [at(0), at(1), at(2), at(3), at(4), at(5)];
  const token = await viem.deployContract("DTAToken", [holder.account.address, admin.account.address]);
  const staking = await viem.deployContract("DTAStaking", [token.address, admin.account.address]);
  const publicClient = await viem.getPublicClient();
  if (pool > 0n) await token.write.transfer([staking.address, pool], { account: holder.account });
  for (const staker of [alice, bob, carol]) {
    await token.write.transfer([staker.account.address, dta("2000000")], { account: holder.account });
    await token.write.approve([staking.address, 2n ** 256n - 1n], { account: staker.account });
  }
  // dave holds DTA but has approved nothing (for permit tests).
  await token.write.transfer([dave.account.address, dta("100000")], { account: holder.account });
  return { token, staking, publicClient, admin, holder, alice, bob, carol, dave };
}

export type StakingFixture = Awaited<ReturnType<typeof deployStaking>>;
export type Wallet = StakingFixture["alice"];

/** Opens a position for `staker` and returns its receipt id. */
export async function stake(
  fx: StakingFixture,
  staker: Wallet,
  amount: bigint,
  lockDays: bigint,
): Promise<bigint> {
  await fx.staking.write.stake([amount, lockDays], { account: staker.account });
  return fx.staking.read.totalPositionsOpened();
}

/** Gas used by a sent transaction. */
export async function gasOf(fx: StakingFixture, hash: Promise<Hash>): Promise<bigint> {
  const receipt = await fx.publicClient.waitForTransactionReceipt({ hash: await hash });
  assert.equal(receipt.status, "success");
  return receipt.gasUsed;
}

/** The solvency invariant: the contract holds every principal and every reserved, unpaid reward. */
export async function assertSolvent(fx: StakingFixture): Promise<void> {
  const balance = await fx.token.read.balanceOf([fx.staking.address]);
  const owed = (await fx.staking.read.totalStaked()) + (await fx.staking.read.totalReserved());
  assert.ok(balance >= owed, `balance ${balance} < owed ${owed}`);
  assert.equal(await fx.staking.read.poolAvailable(), balance - owed);
}
