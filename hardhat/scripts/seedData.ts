/**
 * Local-chain demo data economy: 30 data contributions by node accounts 15–19 (never the dev wallets 0–9, whose
 * balances the browser tests assert) in every category, scored by the validator (dev account #6) across every
 * multiplier band with a few left pending; restricted ones with buyers approved (one revoked) and premiums paid
 * by node accounts 10–14; one contributor earns the data-quality staking bonus; some rewards claimed. Then
 * payment streams from accounts 10–14 to 15–19 in every state: streaming, paused, run dry (with debt), stopped by
 * the payer and by the recipient, topped up, partly withdrawn, and one whose NFT changed hands. The clock moves
 * 1 hour (two evm_increaseTime + evm_mine steps); a few empty blocks follow for the indexer.
 */
import type { NetworkConnection } from "hardhat/types/network";
import { keccak256, parseUnits, toHex, type Address } from "viem";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";
import { LOCAL_ROLES } from "./deployParameters.ts";

/** Contributors and stream recipients (the twin owners), buyers and stream payers (the demo stakers). */
export const DATA_CONTRIBUTORS = [15, 16, 17, 18, 19] as const;
export const DATA_BUYERS = [10, 11, 12, 13, 14] as const;
/** DTA each buyer/payer receives from the treasury for premiums and stream deposits. */
const BUYER_GRANT = parseUnits("20000", DTA_DECIMALS);
const EMPTY_BLOCKS_AFTER = 5;
const dta = (amount: string): bigint => parseUnits(amount, DTA_DECIMALS);
/** An 18-decimal rate of `perDay` whole-or-fractional DTA a day (rounded down, as the app converts). */
const perDay = (amount: string): bigint => parseUnits(amount, 18) / 86_400n;

/** [category id, licence (0 open, 1 restricted), premium in DTA, score or null (pending)]. */
const CONTRIBUTIONS: readonly (readonly [number, 0 | 1, string, number | null])[] = [
  // Contributors take turns (15, 16, …, 19): 17 and 18 end with five scores averaging ≥ 80, the staking bonus.
  [0, 0, "0", 100],
  [1, 1, "25", 97],
  [2, 0, "0", 95],
  [3, 1, "4.5", 94],
  [4, 0, "0", 88],
  [5, 0, "0", 80],
  [6, 1, "120", 79],
  [0, 0, "0", 65],
  [1, 0, "0", 50],
  [2, 1, "2.25", 49],
  [3, 0, "0", 30],
  [4, 0, "0", 0],
  [5, 1, "60", 96],
  [6, 0, "0", 85],
  [0, 0, "0", 72],
  [1, 1, "15", 91],
  [2, 0, "0", 55],
  [3, 0, "0", 99],
  [4, 0, "0", 81],
  [5, 0, "0", 44],
  [6, 0, "0", 83],
  [0, 1, "9.99", 90],
  [1, 0, "0", 67],
  [2, 0, "0", 98],
  [3, 0, "0", 86],
  // Pending: the validator's queue.
  [4, 1, "30", null],
  [5, 0, "0", null],
  [6, 0, "0", null],
  [0, 1, "7", null],
  [1, 0, "0", null],
];

interface Deployed {
  token: { address: Address };
  timelock: { address: Address };
  dataContributions: { address: Address };
  dtaStreams: { address: Address };
}

export async function seedData(connection: NetworkConnection, deployed: Deployed): Promise<void> {
  const { viem, provider } = connection;
  const token = await viem.getContractAt("DTAToken", deployed.token.address);
  const data = await viem.getContractAt("DataContributions", deployed.dataContributions.address);
  const streams = await viem.getContractAt("DTAStreams", deployed.dtaStreams.address);
  const wallets = await viem.getWalletClients();
  const accountAt = (index: number) => {
    const wallet = wallets[index];
    if (!wallet) throw new Error(`No node account ${index}`);
    return wallet.account;
  };
  const validator = accountAt(LOCAL_ROLES.dataValidator);
  const timelock = deployed.timelock.address;
  const advance = async (seconds: number) => {
    await provider.request({ method: "evm_increaseTime", params: [seconds] });
    await provider.request({ method: "evm_mine", params: [] });
  };

  // The treasury grants the buyers and payers their DTA, as a passed proposal would on a public chain.
  await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
  await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
  for (const index of DATA_BUYERS) {
    await token.write.transfer!([accountAt(index).address, BUYER_GRANT], { account: timelock });
  }
  await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });
  for (const index of DATA_BUYERS) {
    const account = accountAt(index);
    await token.write.approve!([data.address, 2n ** 256n - 1n], { account });
    await token.write.approve!([streams.address, 2n ** 256n - 1n], { account });
  }

  // ─── data contributions ──────────────────────────────────────────────────────────────────────────────
  const contributorOf = (i: number) => accountAt(DATA_CONTRIBUTORS[i % DATA_CONTRIBUTORS.length]!);
  const restricted: bigint[] = [];
  for (const [i, [categoryId, licence, premium]] of CONTRIBUTIONS.entries()) {
    const hash = keccak256(toHex(`sensor export ${i}`));
    await data.write.submit!([hash, categoryId, licence, dta(premium)], { account: contributorOf(i) });
    const id = await data.read.contributionCount!();
    if (licence === 1) restricted.push(id);
  }
  for (const [i, [, , , score]] of CONTRIBUTIONS.entries()) {
    if (score !== null) await data.write.score!([BigInt(i + 1), score], { account: validator });
  }
  // Each restricted contribution approves two buyers; the first pays at once, one approval is revoked.
  for (const [n, id] of restricted.entries()) {
    const { contributor } = await data.read.contributionOf!([id]);
    const owner = wallets.find((w) => w.account.address.toLowerCase() === contributor.toLowerCase())!.account;
    const first = accountAt(DATA_BUYERS[n % DATA_BUYERS.length]!);
    const second = accountAt(DATA_BUYERS[(n + 1) % DATA_BUYERS.length]!);
    await data.write.grantAccess!([id, first.address], { account: owner });
    await data.write.grantAccess!([id, second.address], { account: owner });
    const { premiumPrice } = await data.read.contributionOf!([id]);
    await data.write.payPremium!([id, premiumPrice], { account: first });
    if (n === 1) await data.write.revokeAccess!([id, second.address], { account: owner });
  }
  for (const index of [16, 18]) await data.write.claimRewards!({ account: accountAt(index) });

  // ─── payment streams ─────────────────────────────────────────────────────────────────────────────────
  const payer = (n: number) => accountAt(DATA_BUYERS[n % DATA_BUYERS.length]!);
  const recipient = (n: number) => accountAt(DATA_CONTRIBUTORS[n % DATA_CONTRIBUTORS.length]!);
  const open = async (n: number, rate: bigint, deposit: bigint): Promise<bigint> => {
    await streams.write.open!([recipient(n).address, rate, deposit], { account: payer(n) });
    return streams.read.streamCount!();
  };
  const streaming = await open(0, perDay("864"), dta("1000")); // 0.01 DTA/s, ~27 hours
  const slow = await open(1, perDay("50"), dta("500")); // 50 DTA a day, 10 days
  const toPause = await open(2, perDay("2400"), dta("400"));
  const runsDry = await open(3, perDay("8640"), dta("60")); // 0.1 DTA/s: dry after 10 minutes
  const stopBySender = await open(4, perDay("1200"), dta("300"));
  const stopByRecipient = await open(5, perDay("3600"), dta("200"));
  const transferred = await open(6, perDay("720"), dta("250"));
  const toppedUp = await open(7, perDay("4320"), dta("100"));
  const tiny = await open(8, perDay("0.5"), dta("30")); // 0.5 DTA a day: far below a base unit a second

  await advance(30 * 60);
  await streams.write.pause!([toPause], { account: payer(2) });
  await streams.write.stop!([stopBySender], { account: payer(4) });
  await streams.write.withdrawMax!([streaming, recipient(0).address], { account: recipient(0) });
  await streams.write.deposit!([toppedUp, dta("150")], { account: payer(7) });
  await streams.write.transferFrom!([recipient(6).address, recipient(7).address, transferred], {
    account: recipient(6),
  });

  await advance(30 * 60);
  await streams.write.stop!([stopByRecipient], { account: recipient(5) });
  await streams.write.withdraw!([toppedUp, recipient(7).address, dta("20")], { account: recipient(7) });
  await streams.write.withdrawMax!([slow, recipient(1).address], { account: recipient(1) });
  for (let i = 0; i < EMPTY_BLOCKS_AFTER; ++i) await provider.request({ method: "evm_mine", params: [] });
  console.log(
    `Seeded ${CONTRIBUTIONS.length} data contributions (${restricted.length} restricted) and ` +
      `${await streams.read.streamCount!()} payment streams (run dry: #${runsDry}, tiny rate: #${tiny}; clock +1 hour).`,
  );
}
