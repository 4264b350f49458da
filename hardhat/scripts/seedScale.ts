/**
 * Scale mode of the local seed, for the indexer benchmark (scripts/bench/indexer.ts): well over 10,000 real
 * events of the indexed contracts — DTA transfers, stakes, claims, compounds and BIVE swaps — on top of the
 * demo seed. Run after deploy.ts on the same local chain:
 *   LOCAL_RPC_URL=http://127.0.0.1:8545 hardhat --config hardhat/hardhat.config.ts run hardhat/scripts/seedScale.ts --network localhost
 *
 * Hardhat caps a transaction at 16,777,216 gas, so a helper contract (contracts/mocks/ScaleSeeder.sol) makes
 * the actions in batches; the events themselves are emitted by DTAToken, DTAStaking and BiveSwap. Big batches
 * come first, then a few empty blocks one by one (never hardhat_mine: see FACTS), so the heavy blocks are
 * final for Ponder, which treats the last 30 blocks of chain 31337 as unfinalised and processes them one by
 * one. SCALE_FACTOR (default 1) multiplies every count
 * (hardhat/scripts/seedScalePlan.ts).
 */
import { network } from "hardhat";
import { parseEventLogs, parseUnits, type Address, type Hash } from "viem";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";
import { readContractMap } from "./generate-contracts.ts";
import { SCALE_PLAN, scaleRecipient } from "./seedScalePlan.ts";

/** The dev account holding the most legacy BIVE on the local chain (hardhat/ignition/modules/localBive.ts). */
const BIVE_HOLDER_INDEX = 6;
const EMPTY_BLOCKS_AFTER = 32;
const DAY = 86_400;

const connection = await network.create();
const { viem, provider } = connection;
const publicClient = await viem.getPublicClient();
const wallets = await viem.getWalletClients();
const map = readContractMap()["31337"];
if (!map) throw new Error("No local contract map: run hardhat/scripts/deploy.ts first");
const at = (name: string): Address => {
  const entry = map[name];
  if (!entry) throw new Error(`The contract map has no ${name}`);
  return entry.address as Address;
};

const token = await viem.getContractAt("DTAToken", at("DTAToken"));
const staking = await viem.getContractAt("DTAStaking", at("DTAStaking"));
const bive = await viem.getContractAt("LegacyBIVE", at("BIVE"));
const swap = at("BiveSwap");
const timelock = at("DTATimelock");
const seeder = await viem.deployContract("ScaleSeeder", []);

async function mined(hash: Hash) {
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`Scale seed transaction ${hash} reverted`);
  return receipt;
}

/** Runs `count` actions as batches of at most `batch`, each one transaction; returns its receipts. */
async function inBatches(count: number, batch: number, send: (from: number, size: number) => Promise<Hash>) {
  const receipts = [];
  for (let done = 0; done < count; done += batch) {
    receipts.push(await mined(await send(done, Math.min(batch, count - done))));
  }
  return receipts;
}

const dta = (whole: string) => parseUnits(whole, DTA_DECIMALS);
const { transfers, stakes, compounds, claims, swaps } = SCALE_PLAN;

// The stake batches: [size, amount, lock days], the four position sizes in turn.
const stakeBatches = Array.from({ length: Math.ceil(stakes.count / stakes.batch) }, (_, i) => {
  const [whole, lockDays] = stakes.sizes[i % stakes.sizes.length]!;
  return [Math.min(stakes.batch, stakes.count - i * stakes.batch), dta(whole), lockDays] as const;
});
if (compounds.count + claims.count > stakes.count) throw new Error("More compounds and claims than stakes");

// Funding: DTA from the timelock's buckets (impersonated on the local chain only, as the demo seed does)
// and legacy BIVE from its biggest seeded holder.
const transferAmount = dta("1");
const funding = stakeBatches.reduce(
  (sum, [size, amount]) => sum + BigInt(size) * amount,
  transferAmount * BigInt(transfers.count),
);
await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
await mined(await token.write.transfer!([seeder.address, funding], { account: timelock }));
await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });
const biveHolder = wallets[BIVE_HOLDER_INDEX];
if (!biveHolder) throw new Error(`No dev account ${BIVE_HOLDER_INDEX}`);
await mined(
  await bive.write.transfer!([seeder.address, swaps.bive * BigInt(swaps.count)], {
    account: biveHolder.account,
  }),
);

// Transfers to a few hundred fixed addresses, so each has a multi-page activity list.
const recipients: Address[] = Array.from({ length: transfers.recipients }, (_, i) => scaleRecipient(i));
await inBatches(transfers.count, transfers.batch, (from, size) =>
  seeder.write.transferMany!([
    token.address,
    Array.from({ length: size }, (_, i) => recipients[(from + i) % recipients.length]!),
    transferAmount,
  ]),
);

await inBatches(swaps.count, swaps.batch, (_, size) =>
  seeder.write.swapMany!([swap, bive.address, BigInt(size), swaps.bive]),
);

const stakeReceipts = [];
for (const [size, amount, lockDays] of stakeBatches) {
  const hash = await seeder.write.stakeMany!([
    staking.address,
    token.address,
    BigInt(size),
    amount,
    BigInt(lockDays),
  ]);
  stakeReceipts.push(await mined(hash));
}
const firstStaked = parseEventLogs({
  abi: staking.abi,
  eventName: "Staked",
  logs: stakeReceipts[0]!.logs,
})[0];
if (!firstStaked) throw new Error("The first stake batch emitted no Staked event");
const firstId = firstStaked.args.tokenId;

// Two days later: compound the first positions and claim the next ones (every position has accrued by then).
await provider.request({ method: "evm_increaseTime", params: [2 * DAY] });
await provider.request({ method: "evm_mine", params: [] });
await inBatches(compounds.count, compounds.batch, (from, size) =>
  seeder.write.compoundMany!([staking.address, firstId + BigInt(from), BigInt(size)]),
);
const claimsFrom = firstId + BigInt(compounds.count);
await inBatches(claims.count, claims.batch, (from, size) =>
  seeder.write.claimMany!([staking.address, claimsFrom + BigInt(from), BigInt(size)]),
);

for (let i = 0; i < EMPTY_BLOCKS_AFTER; i++) await provider.request({ method: "evm_mine", params: [] });

console.log(
  `Scale seed: ${transfers.count} transfers, ${swaps.count} swaps, ${stakes.count} stakes, ` +
    `${compounds.count} compounds, ${claims.count} claims (by ScaleSeeder ${seeder.address}).`,
);
