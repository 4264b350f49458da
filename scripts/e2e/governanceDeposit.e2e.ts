/**
 * Settling a decided proposal's deposit from the page: the seed leaves the expired proposal's 10,000 DTA deposit
 * held (nobody queued it, nobody settled it). Dev account 0 — not the proposer — opens it, sees the "Settle
 * deposit" panel say it will be refunded and why; with the proposer blacklisted the refund is refused in words
 * and nothing is sent; once cleared, settling refunds the deposit and the page says so. No time travel.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { DEPOSIT_BLACKLISTED_MESSAGE } from "../../lib/governance/safeTx";
import { DepositState } from "../../lib/governance/deposit";
import {
  chainClient,
  confirmInWallet,
  dtaBalance,
  launchBrowser,
  openAppAtWidth,
  openConnected,
  sendsNothing,
  snapshot,
} from "./browser";
import { setBlacklisted } from "./compliance";
import { dta, governor, proposalState } from "./governanceHelpers";

const SETTLER = 0;
const EXPIRED = 6;

/** The seeded proposal that expired with its deposit still held. */
async function expiredWithHeldDeposit(): Promise<bigint> {
  const count = await chainClient.readContract({ ...governor, functionName: "proposalCount" });
  for (let i = 0n; i < count; i++) {
    const id = await chainClient.readContract({ ...governor, functionName: "proposalIdAt", args: [i] });
    const meta = await chainClient.readContract({ ...governor, functionName: "proposalMeta", args: [id] });
    if ((await proposalState(id)) === EXPIRED && meta.depositState === DepositState.Held) return id;
  }
  throw new Error("the seed leaves no expired proposal with a held deposit");
}

describe("Governance: settling a held deposit from the proposal page", () => {
  let browser: Browser;
  let id: bigint;
  before(async () => {
    browser = await launchBrowser();
    id = await expiredWithHeldDeposit();
  });
  after(async () => {
    await browser.close();
  });

  it("shows the panel at 375 px without overflow", async () => {
    const page = await openAppAtWidth(browser, `/governance/${id}`, 375);
    const panel = page.getByTestId("settle-deposit");
    await panel.getByText(/refunds it to the proposer/).waitFor();
    assert.equal(await panel.getAttribute("data-action"), "refund");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the page is ${width} px wide at 375 px`);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/governance-settle-deposit-375.png" });
    await page.context().close();
  });

  it("anyone refunds it: a blacklisted proposer is refused in words, then the refund lands", async () => {
    const proposer = await chainClient.readContract({
      ...governor,
      functionName: "proposalProposer",
      args: [id],
    });
    const page = await openConnected(browser, `/governance/${id}`, SETTLER);
    const panel = page.getByTestId("settle-deposit");
    await panel
      .getByText("because the proposal succeeded (it expired unqueued afterwards).", { exact: false })
      .waitFor();
    await panel.getByText(/Anyone may settle it/).waitFor();
    await page.getByText("Deposit 10,000 DTA: held until someone settles it.").waitFor();
    await snapshot(page, "governance-settle-deposit-1280");
    const settle = page.getByRole("button", { name: "Settle: refund the deposit" });

    await setBlacklisted(proposer, true);
    try {
      await sendsNothing(page, SETTLER, async () => {
        await settle.click();
        await page.getByTestId("settle-deposit-error").getByText(DEPOSIT_BLACKLISTED_MESSAGE).waitFor();
      });
    } finally {
      await setBlacklisted(proposer, false);
    }

    const balanceBefore = await dtaBalance(proposer);
    await settle.click();
    await confirmInWallet(page);
    await page.getByText("Deposit 10,000 DTA: refunded to the proposer.").waitFor();
    assert.equal(await page.getByTestId("settle-deposit").count(), 0, "the panel is gone once settled");
    assert.equal(
      (await dtaBalance(proposer)) - balanceBefore,
      dta("10000"),
      "the proposer got the deposit back",
    );
    const meta = await chainClient.readContract({ ...governor, functionName: "proposalMeta", args: [id] });
    assert.equal(meta.depositState, DepositState.Refunded);
    await page.context().close();
  });
});
