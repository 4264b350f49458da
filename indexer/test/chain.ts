/** Chain and indexer helpers for the indexer tests: real transactions on the test chain, then wait for the indexer. */
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  type Hash,
  type TransactionReceipt,
} from "viem";
import { hardhat } from "viem/chains";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { fetchIndexerStatus } from "../../lib/indexer/client";

export const RPC_URL = process.env.INDEXER_RPC_URL ?? "http://127.0.0.1:8574";
export const INDEXER_URL = process.env.INDEXER_URL ?? "http://127.0.0.1:42074";
export const deployed = contracts["31337"];

/** Reads the chain fresh every time (cacheTime 0), not from viem's block-number cache of up to 4 s. */
export const chain = createPublicClient({ chain: hardhat, transport: http(RPC_URL), cacheTime: 0 });
export const wallet = createWalletClient({ chain: hardhat, transport: http(RPC_URL) });
export const testClient = createTestClient({ chain: hardhat, mode: "hardhat", transport: http(RPC_URL) });

/** Resolves once the indexer has processed `block` — polled, never a fixed sleep. */
export async function indexed(block: bigint, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetchIndexerStatus(31337, { baseUrl: INDEXER_URL }).catch(() => undefined);
    if (status && status.block >= block) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The indexer did not reach block ${block} within ${timeoutMs / 1000}s`);
}

/** Waits for the receipt (it must succeed) and for the indexer to have processed its block. */
export async function minedAndIndexed(hash: Hash): Promise<TransactionReceipt> {
  const receipt = await chain.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`Transaction ${hash} reverted`);
  await indexed(receipt.blockNumber);
  return receipt;
}

export async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${INDEXER_URL}${path}`);
  return { status: res.status, body: await res.json() };
}
