/** Helpers of staking.e2e.ts: on-chain reads of DTAStaking and the wizard walk-through. */
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { parseUnits, type Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { chainClient, confirmInWallet, connectDevWallet, figure, openApp } from "./browser";

const staking = contracts["31337"].DTAStaking;
export const DAY = 86_400;
export const dta = (text: string) => parseUnits(text, 4);

export function readStaking<
  F extends
    | "position"
    | "positionsOf"
    | "getVotes"
    | "totalStaked"
    | "totalStakedByTier"
    | "previewReward"
    | "totalVotingUnits",
>(functionName: F, args: readonly unknown[]) {
  return chainClient.readContract({
    address: staking.address,
    abi: staking.abi,
    functionName,
    args,
  } as Parameters<typeof chainClient.readContract>[0]);
}

export async function position(tokenId: bigint) {
  return (await readStaking("position", [tokenId])) as {
    owner: Address;
    principal: bigint;
    lockDays: bigint;
    tier: number;
    claimed: bigint;
    unlock: bigint;
    votingUnits: bigint;
    unlockWeightPending: boolean;
  };
}

export async function openStake(browser: Browser, account: number): Promise<Page> {
  const page = await openApp(browser, "/stake", account);
  await connectDevWallet(page);
  return page;
}

/** Waits for the success toast of this action (earlier toasts may still be on screen). */
export async function confirmed(page: Page, text: RegExp): Promise<void> {
  await page.locator("[data-testid=toast][data-kind=success]").filter({ hasText: text }).waitFor();
}

export const amountField = (page: Page) => page.getByLabel("Amount to stake (DTA)");
export const nextButton = (page: Page) => page.getByRole("button", { name: "Next", exact: true });

/** Walks the whole wizard and signs; returns the minted receipt id. */
export async function stakeThroughWizard(
  page: Page,
  amount: string,
  lockDays: number,
  tier: string,
): Promise<bigint> {
  await amountField(page).fill(amount);
  assert.equal(await page.getByTestId("wizard-tier").innerText(), tier);
  await nextButton(page).click();
  await page.getByRole("radio", { name: new RegExp(`^${lockDays} days`) }).check();
  await page.locator("td[data-chosen]").waitFor();
  await nextButton(page).click();
  const reward = await figure(page, "review-reward");
  assert.ok(reward > 0n);
  assert.match(await page.getByTestId("review-signing").innerText(), /Permit for Digital Twin AI Token/);
  await nextButton(page).click();
  await page.getByRole("button", { name: "Sign permit and stake" }).click();
  await page.getByRole("dialog", { name: /Sign Permit for Digital Twin AI Token/ }).waitFor();
  await confirmInWallet(page);
  await page.getByRole("dialog", { name: /Confirm transaction/ }).waitFor();
  await confirmInWallet(page);
  await confirmed(page, /Stake [\d,.]+ DTA for \d+ days — confirmed/);
  const receipt = page.getByTestId("stake-receipt");
  await receipt.waitFor();
  const src = await receipt.getByTestId("position-art").getAttribute("src");
  assert.match(src ?? "", /^data:image\/svg\+xml/);
  assert.equal(await receipt.getByTestId("receipt-tier").innerText(), tier);
  return BigInt((await receipt.getAttribute("data-token-id")) ?? "");
}
