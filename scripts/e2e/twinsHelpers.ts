/** Helpers for the twin browser tests: the registry on chain, and waiting for the indexer (never a fixed time). */
import type { Page } from "playwright-core";
import { parseUnits } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { fetchIndexerStatus } from "../../lib/indexer/client";
import { chainClient } from "./browser";

export const registry = contracts["31337"].TwinRegistry;
export const dta = (text: string) => parseUnits(text, 4);
const INDEXER_URL = process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055";

/** Resolves once the indexer has processed the chain's current block. */
export async function indexerCaughtUp(timeoutMs = 30_000): Promise<void> {
  const block = await chainClient.getBlockNumber();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetchIndexerStatus(31337, { baseUrl: INDEXER_URL }).catch(() => undefined);
    if (status && status.block >= block) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The indexer did not reach block ${block}`);
}

export function twinOf(id: bigint) {
  return chainClient.readContract({ ...registry, functionName: "twinOf", args: [id] });
}

export function jobOf(id: bigint) {
  return chainClient.readContract({ ...registry, functionName: "jobOf", args: [id] });
}

/** A job's row in the jobs table once the indexer lists it with `status`. */
export async function jobRow(page: Page, jobId: bigint, status: string) {
  const row = page.locator("[data-testid=jobs-table-row]").filter({ hasText: `#${jobId}` });
  await row.locator(`[data-job-status=${status}]`).waitFor();
  return row;
}
