/**
 * Vesting: a visitor reads the three wallets; after time passes, a dev account that is NOT the beneficiary
 * releases the core team's vested DTA; the beneficiary's balance rises by exactly the released amount and the
 * page's released figure follows.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import {
  advanceTime,
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  dtaBalance,
  figure,
  launchBrowser,
  openApp,
  snapshot,
  toastText,
} from "./browser";

const DAY = 86_400;
const CORE_TEAM_BENEFICIARY = 7;

function released(): Promise<bigint> {
  const wallet = contracts["31337"].VestingCoreTeam;
  const dta = contracts["31337"].DTAToken;
  return chainClient.readContract({
    address: wallet.address,
    abi: wallet.abi,
    functionName: "released",
    args: [dta.address],
  });
}

describe("vesting", () => {
  let browser: Browser;
  let page: Page;
  let beneficiary: Address;

  before(async () => {
    browser = await launchBrowser();
    beneficiary = (await devAccounts())[CORE_TEAM_BENEFICIARY]!;
    await advanceTime(30 * DAY);
    page = await openApp(browser, "/vesting", 0);
  });
  after(async () => browser?.close());

  it("shows the three wallets with progress to a visitor with no wallet", async () => {
    for (const group of ["Core team", "Advisors", "Early contributors"]) {
      await page.getByRole("heading", { name: group }).waitFor();
      const bar = page.getByRole("progressbar", { name: `${group} vesting progress` });
      assert.ok(Number(await bar.getAttribute("aria-valuenow")) > 0, `${group} has vested something`);
    }
    assert.equal(await figure(page, "vesting-VestingCoreTeam-total"), 60_000_000n * 10_000n);
    assert.ok((await figure(page, "vesting-VestingCoreTeam-releasable")) > 0n);
    await snapshot(page, "vesting-visitor");
  });

  it("ticks the releasable figure every second without a wallet", async () => {
    const first = await figure(page, "vesting-VestingCoreTeam-releasable");
    await page.waitForTimeout(2_100);
    assert.ok((await figure(page, "vesting-VestingCoreTeam-releasable")) > first);
  });

  it("lets a non-beneficiary release; the beneficiary receives exactly the released DTA", async () => {
    await connectDevWallet(page);
    const [account0] = await devAccounts();
    assert.notEqual(account0, beneficiary);
    const releasedBefore = await released();
    const balanceBefore = await dtaBalance(beneficiary);
    const card = page.getByRole("article", { name: "Core team" });
    await card.getByRole("button", { name: "Release", exact: true }).click();
    await confirmInWallet(page);
    assert.match(await toastText(page, "success"), /Transaction confirmed/);

    const releasedAfter = await released();
    const paid = releasedAfter - releasedBefore;
    assert.ok(paid > 0n, "something was released");
    assert.equal(await dtaBalance(beneficiary), balanceBefore + paid);
    await page
      .locator(`[data-testid=vesting-VestingCoreTeam-released][data-value="${releasedAfter}"]`)
      .waitFor();
    await snapshot(page, "vesting-released");
  });

  it("fits a 375px screen", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole("heading", { name: "Core team" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, "no horizontal scrolling");
    await snapshot(page, "vesting-mobile");
  });
});
