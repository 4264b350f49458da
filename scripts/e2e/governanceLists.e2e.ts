/**
 * The governance lists in the browser: every seeded proposal appears under its state's tab (server-rendered
 * from the indexer), a staker delegates to another account through the shared transaction flow (a bad address
 * refused first, sending nothing) and sees the delegate ranking change, and the treasury's figures equal the
 * contract balances. No time travel. Account 7 is funded from account 0 and stakes outside the app.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import type { Address } from "viem";
import {
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  figure,
  launchBrowser,
  openApp,
  openAppAtWidth,
  snapshot,
  transferDta,
  walletClient,
  walletDialog,
} from "./browser";
import { confirmed } from "./stakingHelpers";
import { dta, indexerCaughtUp } from "./twinsHelpers";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { PROPOSAL_STATES } from "../../lib/governance/state";
import { TREASURY_BUCKETS, DEFLATIONARY_ALLOCATION } from "../../lib/governance/treasury";
import { fetchDelegates, fetchProposals, fetchTreasuryFlows } from "../../lib/indexer/governance";

const INDEXER = { baseUrl: process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055" };
const STAKER = 7;
const deployed = contracts["31337"];

describe("governance lists", () => {
  let browser: Browser;
  let accounts: Address[];

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    await indexerCaughtUp();
  });
  after(async () => browser?.close());

  it("shows each seeded proposal under its state's tab, with the tab counts", async () => {
    const page = await openApp(browser, "/governance");
    const all = await fetchProposals({ pageSize: 100 }, INDEXER);
    for (const state of PROPOSAL_STATES) {
      assert.ok(all.counts[state] > 0, `the seed has a ${state} proposal`);
      await page.goto(page.url().replace(/\/governance.*$/, `/governance?state=${state}`));
      const tab = page.getByTestId(`state-tab-${state}`);
      assert.equal(await tab.getAttribute("aria-current"), "page");
      assert.match(await tab.innerText(), new RegExp(`\\(${all.counts[state]}\\)`));
      const expected = all.items.filter((p) => p.state === state);
      const cards = page.getByTestId("proposal-card");
      assert.equal(await cards.count(), expected.length);
      for (const p of expected) {
        const card = page.locator(`[data-testid=proposal-card][data-proposal-id="${p.id}"]`);
        assert.equal(await card.getAttribute("data-state"), state);
        await card.getByText(p.title).waitFor();
      }
    }
    await page.goto(page.url().replace(/\/governance.*$/, "/governance?state=Active"));
    await page
      .getByTestId("proposal-countdown")
      .first()
      .getByText(/Voting ends in/)
      .waitFor();
    await page.getByTestId("quorum-progress").first().waitFor();
    await page
      .getByTestId("sybil-note")
      .getByText(/splitting the same stake/)
      .waitFor();
    await snapshot(page, "governance-active");
    await page.context().close();
    const phone = await openAppAtWidth(browser, "/governance?state=Executed", 390);
    await phone.getByTestId("proposal-card").first().waitFor();
    await snapshot(phone, "governance-phone");
    await phone.context().close();
  });

  it("delegates to another account (a bad address refused first) and the ranking changes", async () => {
    const staker = accounts[STAKER]!;
    const amount = dta("50000");
    await transferDta(accounts[0]!, staker, amount);
    const staking = deployed.DTAStaking;
    for (const [functionName, args] of [
      ["approve", [staking.address, amount]],
      ["stake", [amount, 365n]],
    ] as const) {
      const to = functionName === "approve" ? deployed.DTAToken : staking;
      const hash = await walletClient.writeContract({
        ...to,
        account: staker,
        functionName,
        args,
        // Explicit: Hardhat refuses to estimate a stake whose gas-capped bonus checks run short.
        gas: 3_000_000n,
      } as Parameters<typeof walletClient.writeContract>[0]);
      await chainClient.waitForTransactionReceipt({ hash });
    }
    await indexerCaughtUp();
    const before = await fetchDelegates({ pageSize: 100 }, INDEXER);
    // Everything the staker's positions carry moves (2.0× for a 365-day lock).
    const moving = await chainClient.readContract({ ...staking, functionName: "getVotes", args: [staker] });
    assert.ok(moving >= 2n * amount);
    // The weakest delegate other than the staker (whose fresh stake may itself rank last).
    const target = before.items.filter((d) => d.address !== staker.toLowerCase()).at(-1)!;
    assert.ok(target, "a delegate to delegate to");

    const page = await openApp(browser, "/governance/delegates", STAKER);
    const row = (address: string) =>
      page.locator("[data-testid=delegate-row]", { has: page.getByText(address, { exact: true }) });
    await row(staker.toLowerCase()).waitFor();
    await connectDevWallet(page);
    const input = page.getByLabel("Delegate to address");
    const nonce = await chainClient.getTransactionCount({ address: staker });
    await input.fill("0x1234");
    await input.blur();
    await page.getByText("That isn't a valid address").waitFor();
    assert.equal(await page.getByRole("button", { name: "Delegate", exact: true }).isDisabled(), true);
    assert.equal(await walletDialog(page).count(), 0);
    assert.equal(await chainClient.getTransactionCount({ address: staker }), nonce, "nothing was sent");

    await input.fill(target.address);
    await page.getByRole("button", { name: "Delegate", exact: true }).click();
    await confirmInWallet(page);
    await confirmed(page, /Delegate voting power to/);
    await indexerCaughtUp();
    // The staker leaves the ranking; the target gains its votes.
    await row(staker.toLowerCase()).waitFor({ state: "detached" });
    const targetRow = row(target.address);
    await targetRow.locator(`[data-testid=delegate-power][data-value="${target.power + moving}"]`).waitFor();
    const after = await fetchDelegates({ pageSize: 100 }, INDEXER);
    assert.notDeepEqual(
      after.items.map((d) => d.address),
      before.items.map((d) => d.address),
      "the ranking changed",
    );
    const rows = page.getByTestId("delegate-row");
    assert.equal(await rows.count(), after.items.length);
    for (const [i, d] of after.items.entries())
      assert.match(await rows.nth(i).innerText(), new RegExp(d.address));
    await snapshot(page, "governance-delegates");
    await page.context().close();
  });

  it("shows treasury figures equal to the contract balances", async () => {
    const page = await openApp(browser, "/governance/treasury");
    const token = deployed.DTAToken;
    const held = await chainClient.readContract({
      ...token,
      functionName: "balanceOf",
      args: [deployed.DTATimelock.address],
    });
    assert.equal(await figure(page, "timelock-held"), held);
    assert.equal(
      await figure(page, "total-burned"),
      await chainClient.readContract({ ...token, functionName: "totalBurned" }),
    );
    const flows = await fetchTreasuryFlows(INDEXER);
    const burned = flows.byBucket.reduce((s, b) => s + b.burned, 0n);
    assert.ok(burned > 0n, "the seed burned from the deflationary allocation");
    assert.equal(await figure(page, "deflationary-left"), DEFLATIONARY_ALLOCATION - burned);
    let bucketsHeld = 0n;
    for (const b of TREASURY_BUCKETS) bucketsHeld += await figure(page, `bucket-held-${b.id}`);
    const other = page.getByTestId("other-flows");
    const otherIn = BigInt((await other.getAttribute("data-in")) ?? "");
    const otherOut = BigInt((await other.getAttribute("data-out")) ?? "");
    assert.equal(bucketsHeld + otherIn - otherOut, held, "buckets and other flows add up to the balance");
    assert.ok((await page.getByTestId("movement-row").count()) >= 2);
    await snapshot(page, "governance-treasury");
    await page.context().close();
  });
});
