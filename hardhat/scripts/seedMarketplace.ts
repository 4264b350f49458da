/**
 * Local-chain demo AI marketplace: 300 services across every category, listed by node accounts 10–19 (never
 * the dev wallets 0–9, whose balances the browser tests assert), at realistic prices per category; the same
 * accounts pay for each other's services, rate them (so some services cross the provider-bonus threshold and
 * later payments reserve bonuses), get responses; some prices change and some services are paused.
 * About 1,500 transactions are sent with automine off as bare `eth_sendTransaction` calls with a fixed gas
 * limit (no estimate, far below Hardhat's 16.7M per-transaction cap) and mined a block at a time, in phases so
 * every phase's transactions depend only on mined state; every receipt is checked. A few empty blocks follow,
 * as the indexer processes the chain's last blocks one by one.
 */
import type { NetworkConnection } from "hardhat/types/network";
import { encodeFunctionData, isHex, keccak256, parseUnits, toHex, type Address, type Hex } from "viem";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";

/** Providers and payers: node accounts outside the app's dev wallets. */
export const MARKET_ACCOUNTS = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19] as const;
export const SEEDED_SERVICES = 300;
/** DTA each account receives from the treasury: 30 listing fees plus payments. */
const ACCOUNT_GRANT = parseUnits("60000", DTA_DECIMALS);
const EMPTY_BLOCKS_AFTER = 32;
/** Transactions per mined block while seeding (a block of them stays well under the block gas limit). */
const MINE_EVERY = 25;

/** Per category (contract order): name stems and the price range per query in DTA (low, high). */
const CATALOGUE: readonly (readonly [readonly string[], string, string])[] = [
  [
    ["Sentiment", "Summarizer", "Translator", "Entity Tagger", "Intent Classifier", "Legal Clause Finder"],
    "0.01",
    "0.5",
  ],
  [["Defect Detector", "OCR", "Face Blur", "Shelf Scanner", "Crop Health", "X-Ray Triage"], "0.05", "2"],
  [["Demand Forecast", "Churn Predictor", "Price Forecast", "Load Forecast", "Yield Predictor"], "0.1", "5"],
  [
    ["Fraud Sentinel", "Sensor Outliers", "Log Anomalies", "Grid Fault Watch", "Vibration Alerts"],
    "0.05",
    "3",
  ],
  [
    ["Route Planner", "Shift Scheduler", "Inventory Optimizer", "Energy Dispatch", "Cutting Stock"],
    "0.5",
    "20",
  ],
  [
    ["Image Studio", "Copywriter", "Code Assistant", "Voice Clone", "3D Asset Maker", "Music Sketch"],
    "0.2",
    "50",
  ],
  [["Data Labeler", "Schema Mapper", "PDF Extractor", "Geo Enricher"], "0.02", "1"],
];
const EDITIONS = ["Lite", "Pro", "Edge", "Turbo", "Plus", "Max", "Mini", "XL", "Nano", "Prime"] as const;

/** Deterministic pseudo-random numbers (mulberry32), so every local chain gets the same catalogue. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Deployed {
  token: { address: Address };
  timelock: { address: Address };
  aiMarketplace: { address: Address };
}

export async function seedMarketplace(connection: NetworkConnection, deployed: Deployed): Promise<void> {
  const { viem, provider } = connection;
  const token = await viem.getContractAt("DTAToken", deployed.token.address);
  const market = await viem.getContractAt("AIMarketplace", deployed.aiMarketplace.address);
  const publicClient = await viem.getPublicClient();
  const wallets = await viem.getWalletClients();
  const accountAt = (index: number) => {
    const wallet = wallets[index];
    if (!wallet) throw new Error(`No node account ${index}`);
    return wallet.account;
  };
  const addressAt = (index: number): Address => accountAt(index).address;
  /**
   * One transaction, sent as is: the node fills nonce and fees; `gas` is a generous fixed limit. Every
   * `MINE_EVERY` sends a block is mined, as each send gets slower the more transactions are pending.
   */
  let unmined = 0;
  const send = async (from: Address, to: Address, data: Hex, gas: bigint): Promise<Hex> => {
    const hash = await provider.request({
      method: "eth_sendTransaction",
      params: [{ from, to, data, gas: toHex(gas) }],
    });
    if (!isHex(hash)) throw new Error("eth_sendTransaction returned no hash");
    if (++unmined >= MINE_EVERY) {
      await provider.request({ method: "evm_mine", params: [] });
      unmined = 0;
    }
    return hash;
  };
  const call = (from: number, data: Hex, gas = 200_000n) => send(addressAt(from), market.address, data, gas);
  const random = randomSource(12);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; --i) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };

  /** Sends every transaction `send` makes with automine off, mines until none is pending, checks them all. */
  const phase = async (sendAll: () => Promise<Hex[]>): Promise<void> => {
    await provider.request({ method: "evm_setAutomine", params: [false] });
    let hashes: Hex[];
    try {
      hashes = await sendAll();
    } finally {
      for (;;) {
        await provider.request({ method: "evm_mine", params: [] });
        const pending = await publicClient.getBlock({ blockTag: "pending" });
        if (pending.transactions.length === 0) break;
      }
      await provider.request({ method: "evm_setAutomine", params: [true] });
    }
    for (const hash of hashes) {
      const receipt = await publicClient.getTransactionReceipt({ hash });
      if (receipt.status !== "success") throw new Error(`Seed transaction ${hash} reverted`);
    }
  };

  // The treasury grants the accounts their listing fees and spending money, as a passed proposal would.
  const timelock = deployed.timelock.address;
  await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
  await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
  await phase(async () => {
    const hashes: Hex[] = [];
    for (const index of MARKET_ACCOUNTS) {
      hashes.push(
        await send(
          timelock,
          token.address,
          encodeFunctionData({
            abi: token.abi,
            functionName: "transfer",
            args: [addressAt(index), ACCOUNT_GRANT],
          }),
          200_000n,
        ),
      );
      hashes.push(
        await send(
          addressAt(index),
          token.address,
          encodeFunctionData({
            abi: token.abi,
            functionName: "approve",
            args: [market.address, 2n ** 256n - 1n],
          }),
          200_000n,
        ),
      );
    }
    return hashes;
  });
  await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });

  // Ids continue after any service already listed.
  const firstId = (await market.read.serviceCount!()) + 1n;
  const idOf = (i: number): bigint => firstId + BigInt(i);
  const firstRequest = (await market.read.requestCount!()) + 1n;

  // Listings: 300 services, each account listing 30, every category, prices spread within its range.
  interface Listed {
    readonly provider: number;
    price: bigint;
  }
  const services: Listed[] = [];
  await phase(async () => {
    const hashes: Hex[] = [];
    for (let i = 0; i < SEEDED_SERVICES; ++i) {
      const categoryId = i % CATALOGUE.length;
      const [stems, low, high] = CATALOGUE[categoryId]!;
      const [lowUnits, highUnits] = [parseUnits(low, DTA_DECIMALS), parseUnits(high, DTA_DECIMALS)];
      // Skewed towards the cheap end, as real per-query prices are.
      // The skew is a ratio in millionths; the amount itself stays bigint.
      const skew = BigInt(Math.floor(random() ** 2 * 1_000_000));
      const price = lowUnits + ((highUnits - lowUnits) * skew) / 1_000_000n;
      const providerIndex = MARKET_ACCOUNTS[i % MARKET_ACCOUNTS.length]!;
      const name = `${pick(stems)} ${EDITIONS[Math.floor(i / CATALOGUE.length) % EDITIONS.length]} ${i + 1}`;
      const metadata = `data:application/json,${JSON.stringify({
        name,
        description: `${name}: an AI service answering per query.`,
      })}`;
      hashes.push(
        await send(
          addressAt(providerIndex),
          market.address,
          encodeFunctionData({
            abi: market.abi,
            functionName: "listService",
            args: [name, categoryId, metadata, price],
          }),
          1_000_000n,
        ),
      );
      services.push({ provider: providerIndex, price });
    }
    return hashes;
  });

  // Payments: about half the services get 1–6 payers (other accounts), 1–40 queries each.
  const paidBy = new Map<number, number[]>();
  const payWave = async (serviceIndexes: readonly number[], payersOf: (i: number) => readonly number[]) => {
    await phase(async () => {
      const hashes: Hex[] = [];
      for (const i of serviceIndexes) {
        const service = services[i]!;
        for (const payer of payersOf(i)) {
          const queries = BigInt(1 + Math.floor(random() * 40));
          hashes.push(
            await send(
              addressAt(payer),
              market.address,
              encodeFunctionData({
                abi: market.abi,
                functionName: "payForQueries",
                args: [idOf(i), queries, service.price],
              }),
              600_000n,
            ),
          );
        }
      }
      return hashes;
    });
  };
  const paid = services.map((_, i) => i).filter(() => random() < 0.5);
  for (const i of paid) {
    const others = MARKET_ACCOUNTS.filter((a) => a !== services[i]!.provider);
    const count = 1 + Math.floor(random() * 6);
    paidBy.set(i, shuffled(others).slice(0, count));
  }
  await payWave(paid, (i) => paidBy.get(i) ?? []);

  // Ratings from most payers: each service has a quality, so averages spread from about 2 to 5 stars.
  await phase(async () => {
    const hashes: Hex[] = [];
    for (const [i, payers] of paidBy) {
      const quality = 1.5 + random() * 3.7;
      for (const payer of payers) {
        if (random() < 0.15) continue;
        const stars = Math.min(5, Math.max(1, Math.round(quality + (random() - 0.5) * 1.6)));
        const data = encodeFunctionData({
          abi: market.abi,
          functionName: "rate",
          args: [idOf(i), stars],
        });
        hashes.push(await call(payer, data));
      }
    }
    return hashes;
  });

  // A second wave on the rated services: those that now qualify reserve provider bonuses.
  const rated = [...paidBy.keys()].filter(() => random() < 0.5);
  await payWave(rated, (i) => (paidBy.get(i) ?? []).slice(0, 2));

  // Responses to most requests, some price changes, and some paused services.
  const total = await market.read.requestCount!();
  await phase(async () => {
    const hashes: Hex[] = [];
    for (let id = firstRequest; id <= total; ++id) {
      if (random() < 0.4) continue;
      const [request] = await market.read.requestOf!([id]);
      const service = services[Number(request.serviceId - firstId)]!;
      const data = encodeFunctionData({
        abi: market.abi,
        functionName: "postResponse",
        args: [id, keccak256(toHex(`response ${id}`))],
      });
      hashes.push(await call(service.provider, data));
    }
    for (const [i, service] of services.entries()) {
      if (i % 17 === 5) {
        service.price = (service.price * 120n) / 100n + 1n;
        hashes.push(
          await send(
            addressAt(service.provider),
            market.address,
            encodeFunctionData({
              abi: market.abi,
              functionName: "setPrice",
              args: [idOf(i), service.price],
            }),
            200_000n,
          ),
        );
      }
      if (i % 12 === 7) {
        hashes.push(
          await send(
            addressAt(service.provider),
            market.address,
            encodeFunctionData({ abi: market.abi, functionName: "pauseService", args: [idOf(i)] }),
            200_000n,
          ),
        );
      }
    }
    return hashes;
  });
  for (let i = 0; i < EMPTY_BLOCKS_AFTER; ++i) await provider.request({ method: "evm_mine", params: [] });

  let qualifying = 0;
  for (const i of services.keys()) if (await market.read.earnsProviderBonus!([idOf(i)])) ++qualifying;
  console.log(
    `Seeded ${services.length} AI services for node accounts ${MARKET_ACCOUNTS[0]}–${MARKET_ACCOUNTS.at(-1)}: ` +
      `${total - firstRequest + 1n} paid requests, ${qualifying} services earning the provider bonus ` +
      `(${await market.read.totalBonusOwed!()} base units reserved), ${services.filter((_, i) => i % 12 === 7).length} paused.`,
  );
}
