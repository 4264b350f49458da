/**
 * Local-chain demo twins: 30 twins of every type owned by node accounts 15–19 (never the dev wallets 0–9, whose
 * balances the browser tests assert), a spread of quality scores (some ≥ 90, some suspended and slashed),
 * syncs of several ages, and simulation jobs in every state (open, completed, declined, reclaimed).
 * Time moves forward 7 days and 1 hour in two steps (evm_increaseTime + evm_mine), the least a reclaimable
 * job needs; the swap's 90-day bonus window and the seeded stakes are unaffected beyond that.
 */
import type { NetworkConnection } from "hardhat/types/network";
import { keccak256, parseUnits, toHex, type Address } from "viem";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";
import { LOCAL_ROLES } from "./deployParameters.ts";

const DAY = 86_400;
/** Twin owners: node accounts outside the app's dev wallets and the demo stakers (10–14). */
export const TWIN_OWNERS = [15, 16, 17, 18, 19] as const;
/** DTA each owner receives from the treasury: six bonds plus simulation purchases. */
const OWNER_GRANT = parseUnits("80000", DTA_DECIMALS);

/** [type id (ITwinRegistry order), category, name]: five or so of each SPEC type. */
const TWINS: readonly (readonly [number, string, string])[] = [
  [0, "Press lines", "Stamping press line 3"],
  [0, "CNC cells", "Five-axis machining cell"],
  [0, "Paint shops", "Body paint shop"],
  [0, "Injection moulding", "Moulding hall B"],
  [1, "Wind farms", "North Sea wind farm"],
  [1, "Solar parks", "Andalusia solar park"],
  [1, "Battery storage", "Grid battery 40 MWh"],
  [1, "Substations", "Substation Ost"],
  [2, "ICU monitoring", "Intensive care ward 2"],
  [2, "Imaging", "MRI scanner fleet"],
  [2, "Cold chain", "Vaccine cold store"],
  [2, "Hospital logistics", "Central sterile supply"],
  [3, "Traffic", "Ring road signals"],
  [3, "Street lighting", "Harbour district lights"],
  [3, "Water network", "District water mains"],
  [3, "Parking", "Old town parking"],
  [4, "Container terminals", "Quay cranes terminal 4"],
  [4, "Warehouses", "Automated warehouse 7"],
  [4, "Fleet", "Refrigerated truck fleet"],
  [4, "Rail yards", "Marshalling yard"],
  [5, "Greenhouses", "Tomato greenhouse"],
  [5, "Irrigation", "Drip irrigation 120 ha"],
  [5, "Dairy", "Dairy herd sensors"],
  [5, "Grain storage", "Grain silo row"],
  [6, "Data centres", "Cooling loop DC-2"],
  [6, "Research labs", "Wind tunnel"],
  [6, "Stadiums", "Stadium crowd flow"],
  [6, "Ports", "Lock gates"],
  [6, "Mining", "Ventilation shafts"],
  [6, "Buildings", "Office tower HVAC"],
];

/** Quality the oracle gives twin i (twins not listed keep 100): ≥ 90, middling, and suspended (< 50). */
const QUALITY: Readonly<Record<number, number>> = {
  1: 95,
  2: 90,
  3: 89,
  5: 72,
  8: 61,
  9: 50,
  11: 49,
  14: 35,
  17: 92,
  20: 12,
  23: 80,
  26: 44,
};
/** Suspended twins the oracle also slashes, with the amount in whole DTA (≤ 10% of the bond). */
const SLASHES: Readonly<Record<number, string>> = { 14: "1000", 20: "500" };

const metadataUri = (name: string, category: string): string =>
  `data:application/json,${JSON.stringify({ name, description: `Digital twin: ${category}` })}`;
const hashOf = (label: string) => keccak256(toHex(label));

interface Deployed {
  token: { address: Address };
  timelock: { address: Address };
  twinRegistry: { address: Address };
}

export async function seedTwins(connection: NetworkConnection, deployed: Deployed): Promise<void> {
  const { viem, provider } = connection;
  const token = await viem.getContractAt("DTAToken", deployed.token.address);
  const registry = await viem.getContractAt("TwinRegistry", deployed.twinRegistry.address);
  const wallets = await viem.getWalletClients();
  const accountAt = (index: number) => {
    const wallet = wallets[index];
    if (!wallet) throw new Error(`No node account ${index}`);
    return wallet.account;
  };
  const oracle = accountAt(LOCAL_ROLES.twinQualityOracle);
  const timelock = deployed.timelock.address;
  const advance = async (seconds: number) => {
    await provider.request({ method: "evm_increaseTime", params: [seconds] });
    await provider.request({ method: "evm_mine", params: [] });
  };

  // The treasury grants the owners their bonds, as a passed proposal would on a public chain.
  await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
  await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
  for (const index of TWIN_OWNERS) {
    await token.write.transfer!([accountAt(index).address, OWNER_GRANT], { account: timelock });
  }
  await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });

  const ownerOf = (i: number) => accountAt(TWIN_OWNERS[i % TWIN_OWNERS.length]!);
  // Each twin's jobs are bought by the next owner along.
  const buyerOf = (i: number) => accountAt(TWIN_OWNERS[(i + 1) % TWIN_OWNERS.length]!);
  for (const index of TWIN_OWNERS) {
    await token.write.approve!([registry.address, 2n ** 256n - 1n], { account: accountAt(index) });
  }

  const ids: bigint[] = [];
  for (const [i, [typeId, category, name]] of TWINS.entries()) {
    await registry.write.register!([typeId, category, metadataUri(name, category)], { account: ownerOf(i) });
    ids.push(await registry.read.twinCount!());
  }
  const id = (i: number): bigint => ids[i]!;
  const sync = (i: number, label: string) =>
    registry.write.recordSync!([id(i), hashOf(`${label} ${i}`)], { account: ownerOf(i) });
  const buy = async (i: number, hours: bigint): Promise<bigint> => {
    const rate = await registry.read.rateOf!([id(i)]);
    await registry.write.buySimulation!([id(i), hours, rate], { account: buyerOf(i) });
    return registry.read.jobCount!();
  };

  // Rates across the governance bounds (default 0.1 DTA/h on the rest).
  const rates: Readonly<Record<number, string>> = {
    0: "0.25",
    4: "1.5",
    7: "0.01",
    12: "12",
    16: "100",
    22: "0.75",
  };
  for (const [i, rate] of Object.entries(rates)) {
    await registry.write.setSimulationRate!([id(Number(i)), parseUnits(rate, DTA_DECIMALS)], {
      account: ownerOf(Number(i)),
    });
  }

  // Day 0: the first syncs (7 days old at the end: their windows have run out) and the jobs that will be
  // completed or declined on day 4, and reclaimed on day 7.
  for (let i = 0; i < 10; ++i) await sync(i, "day 0");
  const laterCompleted = [await buy(0, 3n), await buy(4, 12n), await buy(12, 1n)];
  const laterDeclined = [await buy(6, 5n), await buy(16, 2n)];
  const reclaimable = [await buy(1, 8n), await buy(7, 100n), await buy(22, 24n)];
  // The oracle's scores (mid-window for the twins synced above) and slashes of two suspended twins.
  for (const [i, score] of Object.entries(QUALITY)) {
    await registry.write.setQuality!([id(Number(i)), BigInt(score), hashOf(`quality review ${i}`)], {
      account: oracle,
    });
  }
  for (const [i, amount] of Object.entries(SLASHES)) {
    await registry.write.slash!([id(Number(i)), parseUnits(amount, DTA_DECIMALS), hashOf(`slash ${i}`)], {
      account: oracle,
    });
  }

  await advance(4 * DAY);
  // Day 4: syncs 3 days old at the end (still earning), completions and declines of day-0 jobs.
  for (let i = 10; i < 20; ++i) await sync(i, "day 4");
  for (const [n, jobId] of laterCompleted.entries()) {
    const job = await registry.read.jobOf!([jobId]);
    await registry.write.completeJob!([jobId, hashOf(`result ${jobId}`)], {
      account: ownerOf(ids.indexOf(job.twinId)),
    });
    if (n === 0)
      await registry.write.claimRewards!([job.twinId], { account: ownerOf(ids.indexOf(job.twinId)) });
  }
  for (const jobId of laterDeclined) {
    const job = await registry.read.jobOf!([jobId]);
    await registry.write.declineJob!([jobId], { account: ownerOf(ids.indexOf(job.twinId)) });
  }

  await advance(3 * DAY + 3_600);
  // Day 7: day-0 jobs past their deadline are reclaimed; fresh syncs; open jobs; device keys; one twin leaves.
  for (const [n, jobId] of reclaimable.entries()) {
    await registry.write.reclaimJob!([jobId], { account: buyerOf([1, 7, 22][n]!) });
  }
  for (const i of [0, 2, 4, 21, 24, 25, 27]) await sync(i, "day 7");
  for (const [i, hours] of [
    [0, 2n],
    [2, 6n],
    [4, 48n],
    [10, 1n],
    [17, 10n],
    [24, 300n],
    [27, 4n],
  ] as const) {
    await buy(i, hours);
  }
  const done = await buy(25, 9n);
  await registry.write.completeJob!([done, hashOf(`result ${done}`)], { account: ownerOf(25) });
  const declined = await buy(21, 3n);
  await registry.write.declineJob!([declined], { account: ownerOf(21) });
  await registry.write.claimRewards!([id(2)], { account: ownerOf(2) });
  for (const i of [0, 4, 12]) {
    await registry.write.setDeviceKey!(
      [id(i), accountAt(TWIN_OWNERS[(i + 2) % TWIN_OWNERS.length]!).address],
      {
        account: ownerOf(i),
      },
    );
  }
  await registry.write.deregister!([id(29)], { account: ownerOf(29) });
  console.log(
    `Seeded ${ids.length} twins for node accounts ${TWIN_OWNERS.join(", ")}, ` +
      `${await registry.read.jobCount!()} simulation jobs (clock +7 days 1 hour).`,
  );
}
