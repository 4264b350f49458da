/**
 * Helpers of marketplace.e2e.ts: the marketplace on chain, funding its accounts from a seeded node account
 * (never dev account 0, whose seeded balance the dashboard test asserts), and waiting for the indexer.
 */
import type { Page } from "playwright-core";
import { parseUnits, type Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { chainClient, devAccounts, dtaBalance, transferDta } from "./browser";

export { indexerCaughtUp } from "./twinsHelpers";

export const market = contracts["31337"].AIMarketplace;
export const fees = contracts["31337"].ServiceFees;
export const revenue = contracts["31337"].RevenueDistributor;
export const dta = (text: string) => parseUnits(text, 4);
/** A seeded marketplace account (node account 12: demo staker and provider) pays for the test accounts' DTA. */
const FUNDER = 12;

/** Tops `account` up to `amount` DTA from the funder (nothing sent if it already holds that much). */
export async function fundTo(account: Address, amount: bigint): Promise<void> {
  const balance = await dtaBalance(account);
  if (balance >= amount) return;
  const funder = (await devAccounts())[FUNDER];
  if (!funder) throw new Error(`No node account ${FUNDER}`);
  await transferDta(funder, account, amount - balance);
}

export function serviceOf(id: bigint) {
  return chainClient.readContract({ ...market, functionName: "serviceOf", args: [id] });
}

export function ratingOf(id: bigint, rater: Address) {
  return chainClient.readContract({ ...market, functionName: "ratingOf", args: [id, rater] });
}

export function burnBps() {
  return chainClient.readContract({ ...fees, functionName: "serviceBurnBps" });
}

export async function totalSupply(): Promise<bigint> {
  const token = contracts["31337"].DTAToken;
  return chainClient.readContract({ ...token, functionName: "totalSupply" });
}

/** The step heading of the shared Stepper ("Step 2 of 4: Pricing"). */
export async function stepIs(page: Page, text: string): Promise<void> {
  await page.getByTestId("wizard-step").getByText(text).waitFor();
}
