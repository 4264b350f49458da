/**
 * Scale mode for the list benchmark (scripts/bench/lists.ts): SERVICE_SCALE_COUNT (default 10,000) AI
 * marketplace listings on top of the demo seed, listed by contracts/mocks/ServiceScaleSeeder.sol in batches —
 * each listing pays the marketplace's listing fee — and every 3rd one paid for and rated by a second seeder, so
 * usage and ratings vary. Hardhat caps a transaction at 16,777,216 gas: the first batch measures the gas per
 * listing and the rest are sized to stay well under it; then a few empty blocks one by one (never hardhat_mine:
 * see FACTS). Local chain only: the seeders' DTA comes from the timelock's genesis buckets through an
 * impersonated timelock — never in the app. Run after deploy.ts:
 *   LOCAL_RPC_URL=http://127.0.0.1:8545 hardhat --config hardhat/hardhat.config.ts run hardhat/scripts/seedServiceScale.ts --network localhost
 */
import { network } from "hardhat";
import { parseEventLogs, parseUnits, type Address, type Hash } from "viem";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";
import { readContractMap } from "./generate-contracts.ts";

const COUNT = Number(process.env.SERVICE_SCALE_COUNT ?? 10_000);
const GAS_BUDGET = 12_000_000n;
const FIRST_BATCH = 20;
const RATE_EVERY = 3n;
const EMPTY_BLOCKS_AFTER = 32;

const { viem, provider } = await network.create();
const publicClient = await viem.getPublicClient();
const map = readContractMap()["31337"];
if (!map) throw new Error("No local contract map: run hardhat/scripts/deploy.ts first");
const at = (name: string): Address => {
  const entry = map[name];
  if (!entry) throw new Error(`The contract map has no ${name}`);
  return entry.address as Address;
};

const token = await viem.getContractAt("DTAToken", at("DTAToken"));
const market = await viem.getContractAt("AIMarketplace", at("AIMarketplace"));
const timelock = at("DTATimelock");
const provider_ = await viem.deployContract("ServiceScaleSeeder", []);
const payer = await viem.deployContract("ServiceScaleSeeder", []);

async function mined(hash: Hash) {
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`Service scale seed transaction ${hash} reverted`);
  return receipt;
}

const fee = await market.read.listingFee!();
const categories = await market.read.categoryCount!();
// Payments: at most 3 queries at 10 DTA for every 3rd listing.
const payments = parseUnits("30", DTA_DECIMALS) * (BigInt(COUNT) / RATE_EVERY + 1n);
await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
await mined(await token.write.transfer!([provider_.address, fee * BigInt(COUNT)], { account: timelock }));
await mined(await token.write.transfer!([payer.address, payments], { account: timelock }));
await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });

/** Runs `count` items as batches sized from the first one's gas; returns the first receipt and the tx count. */
async function inBatches(count: number, send: (from: number, size: number) => Promise<Hash>) {
  let batch = FIRST_BATCH;
  let first;
  let transactions = 0;
  for (let done = 0; done < count;) {
    const size = Math.min(batch, count - done);
    const receipt = await mined(await send(done, size));
    transactions++;
    if (done === 0) {
      first = receipt;
      batch = Math.max(1, Number((GAS_BUDGET * BigInt(size)) / receipt.gasUsed));
    }
    done += size;
  }
  return { first, transactions };
}

const listed = await inBatches(COUNT, (from, size) =>
  provider_.write.listMany!([market.address, token.address, BigInt(from), BigInt(size), categories], {
    gas: 16_000_000n,
  }),
);
const [firstListed] = parseEventLogs({
  abi: market.abi,
  eventName: "ServiceListed",
  logs: listed.first!.logs,
});
if (!firstListed) throw new Error("The first listing batch emitted no ServiceListed event");
const firstId = firstListed.args.serviceId;
// Pay for and rate every 3rd listing, in batches of whole steps.
const rated = await inBatches(Math.floor(COUNT / Number(RATE_EVERY)), (from, size) =>
  payer.write.payAndRateMany!(
    [
      market.address,
      token.address,
      firstId + BigInt(from) * RATE_EVERY,
      BigInt(size) * RATE_EVERY,
      RATE_EVERY,
    ],
    { gas: 16_000_000n },
  ),
);
for (let i = 0; i < EMPTY_BLOCKS_AFTER; i++) await provider.request({ method: "evm_mine", params: [] });

console.log(
  `Service scale seed: ${COUNT} listings in ${listed.transactions} transactions, every ${RATE_EVERY}rd paid for and rated in ${rated.transactions}.`,
);
