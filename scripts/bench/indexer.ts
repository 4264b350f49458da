/**
 * The indexer section of `npm run bench`: a chain of its own with the demo seed plus the scale seed
 * (hardhat/scripts/seedScale.ts, > 10,000 indexed events), then for each way of running the indexer (PGlite
 * with polling, PGlite over a WebSocket, PostgreSQL with polling — when Debian's postgresql is installed):
 *   - backfill: from starting a fresh indexer to /ready with every block of the chain indexed;
 *   - list route: p50/p95 of 240 sequential paginated /activity requests (kind filters, page sizes, deep pages,
 *     both sort orders) over the seeded accounts, timed in this process from request to parsed JSON;
 *   - freshness: a DTA transfer is sent, its receipt read (Hardhat mines it at once: that is "confirmed"), and
 *     /activity for its fresh recipient polled every 10 ms until the row is served; median of 7 transfers,
 *     spaced by uneven pauses so they do not fall in step with the indexer's polling.
 */
import { createPublicClient, createWalletClient, http, parseAbiItem, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { readContractMap } from "../../hardhat/scripts/generate-contracts.ts";
import { scaleRecipient } from "../../hardhat/scripts/seedScalePlan.ts";
import { startPostgres, type RunningPostgres } from "../postgres.ts";
import { deployAndSeed, seedScale, startChain, startIndexer, type Env } from "../stack.ts";
import { printTable, thousands, type Cell } from "./table.ts";

const ROUTE_REQUESTS = 240;
const FRESHNESS_SAMPLES = 7;

/** The events the indexer's handlers (indexer/src) process, per contract in the map. */
const INDEXED_EVENTS: Readonly<Record<string, readonly string[]>> = {
  DTAToken: ["event Transfer(address indexed from, address indexed to, uint256 value)"],
  DTAStaking: [
    "event Staked(address indexed owner, uint256 indexed tokenId, uint256 amount, uint256 lockDays, uint8 tier, uint256 apyBps, uint256 unlock, uint256 reserved)",
    "event StakeIncreased(address indexed owner, uint256 indexed tokenId, uint256 added, uint256 compounded, uint256 newPrincipal, uint8 tier, uint256 apyBps, uint256 reserved, uint256 unlock)",
    "event Compounded(address indexed owner, uint256 indexed tokenId, uint256 compounded, uint256 newPrincipal, uint8 tier, uint256 apyBps, uint256 reserved)",
    "event RewardsClaimed(address indexed owner, uint256 indexed tokenId, uint256 amount)",
    "event Unstaked(address indexed owner, uint256 indexed tokenId, uint256 principal, uint256 rewards)",
    "event UnstakedEarly(address indexed owner, uint256 indexed tokenId, uint256 principalReturned, uint256 penalty, uint256 rewards, uint256 released)",
    "event UnlockWeightApplied(address indexed owner, uint256 indexed tokenId, uint256 previousUnits, uint256 votingUnits)",
  ],
  BiveSwap: [
    "event Swapped(address indexed account, uint256 biveAmount, uint256 dtaAmount, uint256 bonus)",
    "event UnusedBonusReturned(address indexed caller, address indexed timelock, uint256 amount)",
  ],
  VestingCoreTeam: ["event ERC20Released(address indexed token, uint256 amount)"],
  VestingAdvisors: ["event ERC20Released(address indexed token, uint256 amount)"],
  VestingEarlyContributors: ["event ERC20Released(address indexed token, uint256 amount)"],
};

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** Every indexed event on the chain, counted from eth_getLogs (independent of the indexer). */
async function countIndexedEvents(rpcUrl: string): Promise<number> {
  const client = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
  const map = readContractMap()["31337"] ?? {};
  let total = 0;
  for (const [name, events] of Object.entries(INDEXED_EVENTS)) {
    const entry = map[name];
    if (!entry) throw new Error(`The contract map has no ${name}`);
    const logs = await client.getLogs({
      address: entry.address as Address,
      events: events.map((e) => parseAbiItem(e) as ReturnType<typeof parseAbiItem> & { type: "event" }),
      fromBlock: 0n,
      toBlock: "latest",
    });
    total += logs.length;
  }
  return total;
}

/** The accounts with the most rows: the scale seeder (thousands) and a transfer recipient (dozens). */
async function busyAccounts(rpcUrl: string): Promise<Address[]> {
  const client = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
  const staked = await client.getLogs({
    address: readContractMap()["31337"]!.DTAStaking!.address as Address,
    event: parseAbiItem(INDEXED_EVENTS.DTAStaking![0]!) as ReturnType<typeof parseAbiItem> & {
      type: "event";
    },
    fromBlock: 0n,
  });
  const seeder = (staked.at(-1)?.args as { owner?: Address } | undefined)?.owner;
  if (!seeder) throw new Error("The scale seed opened no positions");
  return [seeder, scaleRecipient(0)];
}

/** Sequential list requests: [p50, p95] in ms (a failed request fails the section). */
async function benchListRoute(indexerUrl: string, accounts: readonly Address[]): Promise<[number, number]> {
  const [seeder, recipient] = accounts;
  const shapes = [
    (i: number) => `account=${seeder}&pageSize=25&page=${1 + ((i * 7) % 180)}`,
    (i: number) => `account=${seeder}&kind=staked&pageSize=50&page=${1 + (i % 40)}&sort=oldest`,
    (i: number) =>
      `account=${seeder}&kind=rewardsClaimed,compounded&pageSize=10&page=${1 + ((i * 13) % 200)}`,
    (i: number) =>
      `account=${recipient}&pageSize=${[10, 25, 50, 100][i % 4]}&sort=${i % 2 ? "oldest" : "newest"}`,
  ];
  const times: number[] = [];
  for (let i = 0; i < ROUTE_REQUESTS; i++) {
    const url = `${indexerUrl}/activity?${shapes[i % shapes.length]!(i)}`;
    const started = performance.now();
    const res = await fetch(url);
    const body = (await res.json()) as { items?: unknown[] };
    times.push(performance.now() - started);
    if (!res.ok || !Array.isArray(body.items)) throw new Error(`${url} answered ${res.status}`);
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 50), percentile(times, 95)];
}

/** Median ms from a transfer's receipt to its row being served by the indexer. */
async function benchFreshness(indexerUrl: string, rpcUrl: string): Promise<number> {
  const client = createPublicClient({ chain: hardhat, transport: http(rpcUrl), pollingInterval: 10 });
  const wallet = createWalletClient({ chain: hardhat, transport: http(rpcUrl) });
  const map = readContractMap()["31337"]!;
  const token = map.DTAToken!;
  const [from] = await wallet.getAddresses();
  const samples: number[] = [];
  for (let i = 0; i < FRESHNESS_SAMPLES; i++) {
    await new Promise((r) => setTimeout(r, 150 + ((i * 137) % 400)));
    const to = privateKeyToAccount(generatePrivateKey()).address;
    const hash = await wallet.writeContract({
      address: token.address as Address,
      abi: token.abi as readonly unknown[],
      functionName: "transfer",
      args: [to, 10_000n],
      account: from!,
      chain: hardhat,
    } as unknown as Parameters<typeof wallet.writeContract>[0]);
    await client.waitForTransactionReceipt({ hash, pollingInterval: 10 });
    const confirmed = performance.now();
    for (;;) {
      const body = (await (await fetch(`${indexerUrl}/activity?account=${to}`)).json()) as {
        items?: { txHash?: string }[];
      };
      if (body.items?.some((row) => row.txHash === hash)) break;
      if (performance.now() - confirmed > 30_000) throw new Error(`Transfer ${hash} was not served in 30 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    samples.push(performance.now() - confirmed);
  }
  samples.sort((a, b) => a - b);
  return percentile(samples, 50);
}

interface IndexerRun {
  readonly label: string;
  readonly databaseUrl?: () => string;
  readonly env: (rpcUrl: string) => Env;
}

export async function runIndexerBench(chainPort: number, indexerPort: number, postgresPort: number) {
  const chain = await startChain(chainPort);
  log(`indexer bench: chain ${chain.url}; deploying, seeding and scale-seeding...`);
  await deployAndSeed(chain.url);
  const seeded = Date.now();
  await seedScale(chain.url);
  log(`scale seed took ${Math.round((Date.now() - seeded) / 1000)} s`);
  const events = await countIndexedEvents(chain.url);

  let postgres: RunningPostgres | undefined;
  const runs: IndexerRun[] = [
    { label: "PGlite, polling (250 ms)", env: () => ({ INDEXER_WS_URL: undefined }) },
    {
      label: "PGlite, WebSocket",
      env: (rpcUrl) => ({ INDEXER_WS_URL: rpcUrl.replace(/^http/, "ws") }),
    },
    {
      label: "PostgreSQL, polling (250 ms)",
      databaseUrl: () => (postgres ??= startPostgres(postgresPort)).databaseUrl,
      env: () => ({ INDEXER_WS_URL: undefined }),
    },
  ];
  const rows: Cell[][] = [];
  try {
    for (const run of runs) {
      let databaseUrl: string | undefined;
      try {
        databaseUrl = run.databaseUrl?.();
      } catch (error) {
        rows.push([run.label, `not run: ${error instanceof Error ? error.message : String(error)}`]);
        continue;
      }
      log(`indexer: ${run.label}...`);
      const started = performance.now();
      const indexer = await startIndexer(chain.url, indexerPort, { databaseUrl, env: run.env(chain.url) });
      const backfill = performance.now() - started;
      try {
        const accounts = await busyAccounts(chain.url);
        const [p50, p95] = await benchListRoute(indexer.url, accounts);
        const fresh = await benchFreshness(indexer.url, chain.url);
        rows.push([run.label, `${(backfill / 1000).toFixed(1)} s`, ms(p50), ms(p95), ms(fresh)]);
      } finally {
        await indexer.stop();
      }
    }
  } finally {
    postgres?.stop();
    await chain.stop();
  }
  printTable(
    `Indexer (${thousands(events)} indexed events on the chain)`,
    ["indexer", "backfill to /ready", "list p50", "list p95", "tx → row served (median)"],
    rows,
  );
  console.log(
    [
      `Backfill: a fresh indexer (new database) started on the seeded chain until /ready answers and /status`,
      `has reached the chain's last block. List: ${ROUTE_REQUESTS} sequential /activity requests (filters, page`,
      `sizes 10–100, pages up to 200, both orders) over the scale seeder (thousands of rows) and a transfer`,
      `recipient, timed from request to parsed JSON. Freshness: median of ${FRESHNESS_SAMPLES} DTA transfers from`,
      `the receipt to the row being served by /activity (polled every 10 ms). One run each: figures move with the machine's load.`,
    ].join("\n"),
  );
}
