/**
 * Scale mode for the list benchmark (scripts/bench/lists.ts): TWIN_SCALE_COUNT (default 10,000) twins on top of
 * the demo seed, registered by contracts/mocks/TwinScaleSeeder.sol in batches (Hardhat caps a transaction at
 * 16,777,216 gas: the first batch measures the gas per twin and the rest are sized to stay well under it), then
 * a few empty blocks one by one (never hardhat_mine: see FACTS). Types, categories, rates, quality scores, jobs,
 * deregistrations and owners vary with the twin's number. Local chain only: the seeder's DTA for the bonds comes
 * from the timelock's genesis buckets and the quality oracle role is granted to it, both through an
 * impersonated timelock — never in the app. Run after deploy.ts:
 *   LOCAL_RPC_URL=http://127.0.0.1:8545 hardhat --config hardhat/hardhat.config.ts run hardhat/scripts/seedTwinScale.ts --network localhost
 */
import { network } from "hardhat";
import { keccak256, parseUnits, toHex, type Address, type Hash } from "viem";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";
import { readContractMap } from "./generate-contracts.ts";

const COUNT = Number(process.env.TWIN_SCALE_COUNT ?? 10_000);
const GAS_BUDGET = 12_000_000n;
const FIRST_BATCH = 20;
const EMPTY_BLOCKS_AFTER = 32;
/** The owners every 10th twin is transferred to (dev accounts 10–14: no other seed or test uses them). */
const OWNER_ACCOUNTS = [10, 11, 12, 13, 14];

const { viem, provider } = await network.create();
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
const registry = await viem.getContractAt("TwinRegistry", at("TwinRegistry"));
const timelock = at("DTATimelock");
const seeder = await viem.deployContract("TwinScaleSeeder", []);

async function mined(hash: Hash) {
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`Twin scale seed transaction ${hash} reverted`);
  return receipt;
}

// Each twin bonds 10,000 DTA and may buy a job of at most 5 hours at 10 DTA: 10,100 DTA covers it.
const funding = parseUnits("10100", DTA_DECIMALS) * BigInt(COUNT);
await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
await mined(await token.write.transfer!([seeder.address, funding], { account: timelock }));
const oracleRole = keccak256(toHex("QUALITY_ORACLE_ROLE"));
await mined(await registry.write.grantRole!([oracleRole, seeder.address], { account: timelock }));
await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });

const owners = OWNER_ACCOUNTS.map((i) => {
  const wallet = wallets[i];
  if (!wallet) throw new Error(`No dev account ${i}`);
  return wallet.account.address;
});
let batch = FIRST_BATCH;
let transactions = 0;
for (let done = 0; done < COUNT;) {
  const size = Math.min(batch, COUNT - done);
  const receipt = await mined(
    await seeder.write.registerMany!([registry.address, token.address, BigInt(done), BigInt(size), owners], {
      gas: 16_000_000n,
    }),
  );
  transactions++;
  if (done === 0) batch = Number((GAS_BUDGET * BigInt(size)) / receipt.gasUsed);
  done += size;
}
for (let i = 0; i < EMPTY_BLOCKS_AFTER; i++) await provider.request({ method: "evm_mine", params: [] });

console.log(
  `Twin scale seed: ${COUNT} twins in ${transactions} transactions (batches of ${batch}) by TwinScaleSeeder ${seeder.address}.`,
);
