/**
 * Data contributions in the browser with the dev wallet: every bad input stops with its message and sends nothing
 * (no hash, non-hex, wrong length, a duplicate of a seeded hash, restricted with no or a zero premium); a file
 * chosen in the browser is hashed there (SHA-256, checked against node's) and submitted; the validator (dev account
 * 6, LOCAL_ROLES.dataValidator) sees the pending queue, bad scores are refused, and the previewed multiplier and
 * reward are what the chain reserves; the contributor claims it; a restricted contribution is refused to a buyer
 * until the contributor approves them, then bought with the burn + 90/10 split shown first. Contributor: dev
 * account 5, buyer: dev account 4, topped up from seeded node account 12. No time travel.
 */
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Address, Hex } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import {
  chainClient,
  confirmInWallet,
  devAccounts,
  dtaBalance,
  figure,
  launchBrowser,
  openAppAtWidth,
  openConnected,
  sendsNothing,
  snapshot,
} from "./browser";
import { dta, fundTo, indexerCaughtUp, revenue, totalSupply } from "./marketplaceHelpers";
import { confirmed } from "./stakingHelpers";

const CONTRIBUTOR = 5;
const BUYER = 4;
const VALIDATOR = 6;
const data = contracts["31337"].DataContributions;

const read = <T>(functionName: string, args: readonly unknown[] = []) =>
  chainClient.readContract({ ...data, functionName, args } as Parameters<
    typeof chainClient.readContract
  >[0]) as Promise<T>;

describe("data contributions", () => {
  let browser: Browser;
  let accounts: Address[];
  let openId: bigint;
  let restrictedId: bigint;

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    await fundTo(accounts[BUYER]!, dta("50"));
  });
  after(async () => browser?.close());

  const open = (path: string, account: number) => openConnected(browser, path, account);

  async function submitted(page: Page): Promise<bigint> {
    const note = page.getByTestId("submitted-contribution");
    await note.waitFor();
    return BigInt(/#(\d+)/.exec(await note.innerText())![1]!);
  }

  it("refuses every bad input with its message and sends nothing", async () => {
    const page = await open("/data", CONTRIBUTOR);
    await page
      .getByTestId("privacy-note")
      .getByText(/Never on-chain/)
      .waitFor();
    const hash = page.getByTestId("data-hash");
    const send = page.getByRole("button", { name: "Submit contribution" });
    await page.getByTestId("data-category").selectOption({ label: "Energy" });
    const seeded = await read<Hex>("dataHashOf", [1n]);
    const bad: readonly (readonly [string, RegExp])[] = [
      ["", /Choose a file, or paste its SHA-256 hash/],
      [`0x${"zz".repeat(32)}`, /must be hexadecimal/],
      ["ab".repeat(31), /64 hex digits \(32 bytes\); this one has 62/],
      [seeded, /already submitted \(contribution #1\)/],
    ];
    for (const [text, message] of bad) {
      await sendsNothing(page, CONTRIBUTOR, async () => {
        await hash.fill(text);
        await send.click();
        await page.getByTestId("hash-error").getByText(message).waitFor();
      });
    }
    await hash.fill(createHash("sha256").update(randomBytes(32)).digest("hex"));
    await page.getByTestId("licence-restricted").check();
    for (const [text, message] of [
      ["", /needs a premium price/],
      ["0", /more than 0 DTA/],
    ] as const) {
      await sendsNothing(page, CONTRIBUTOR, async () => {
        await page.getByTestId("data-premium").fill(text);
        await send.click();
        await page.getByTestId("premium-error").getByText(message).waitFor();
      });
    }
    await page.context().close();
  });

  it("hashes a chosen file in the browser and submits it", async () => {
    const contents = Buffer.from(
      `wind turbine vibration log ${Date.now()} ${randomBytes(8).toString("hex")}`,
    );
    const expected = `0x${createHash("sha256").update(contents).digest("hex")}`;
    const page = await open("/data", CONTRIBUTOR);
    await page
      .getByTestId("data-file")
      .setInputFiles({ name: "turbine.csv", mimeType: "text/csv", buffer: contents });
    await page.getByTestId("file-hashed").getByText("turbine.csv").waitFor();
    assert.equal(
      await page.getByTestId("data-hash").inputValue(),
      expected,
      "the browser's SHA-256 is sha256sum's",
    );
    await page.getByTestId("data-category").selectOption({ label: "Industrial sensors" });
    await page.getByRole("button", { name: "Submit contribution" }).click();
    await confirmInWallet(page);
    openId = await submitted(page);
    assert.equal(await read<Hex>("dataHashOf", [openId]), expected);
    assert.equal(await read<bigint>("contributionIdOf", [expected]), openId);
    assert.equal(
      await page.getByTestId("validator-panel").count(),
      0,
      "the validator view is the validator's",
    );
    await page.context().close();
  });

  it("lets the validator score it: bad scores are refused, the preview is what the chain reserves", async () => {
    await indexerCaughtUp();
    const page = await open("/data", VALIDATOR);
    const panel = page.getByTestId("validator-panel");
    await panel.getByTestId(`pending-${openId}`).check();
    const score = panel.getByTestId("score-input");
    for (const [text, message] of [
      ["101", /at most 100, not 101/],
      ["8.5", /whole number from 0 to 100/],
      ["", /Enter a score from 0 to 100/],
    ] as const) {
      await sendsNothing(page, VALIDATOR, async () => {
        await score.fill(text);
        await panel.getByRole("button", { name: /^Score/ }).click();
        await panel.getByTestId("score-error").getByText(message).waitFor();
      });
    }
    await score.fill("85");
    assert.equal(await figure(page, "preview-multiplier"), 15_000n);
    const previewed = await figure(page, "preview-reward");
    assert.equal(previewed, dta("15"), "85 is the 1.5× band of the 10 DTA base reward");
    await snapshot(page, "data-validator");
    const owedBefore = await read<bigint>("rewardOwedTo", [accounts[CONTRIBUTOR]!]);
    await panel.getByRole("button", { name: `Score #${openId}` }).click();
    await confirmInWallet(page);
    await panel.getByTestId("scored").waitFor();
    const stored = await read<{ score: number; scored: boolean; reward: bigint }>("contributionOf", [openId]);
    assert.deepEqual([stored.scored, stored.score, stored.reward], [true, 85, previewed]);
    assert.equal(await read<bigint>("rewardOwedTo", [accounts[CONTRIBUTOR]!]), owedBefore + previewed);
    await page.context().close();
  });

  it("shows the contributor the score and reward, and claims the rewards", async () => {
    await indexerCaughtUp();
    const contributor = accounts[CONTRIBUTOR]!;
    const page = await open(`/data?contributor=${contributor.toLowerCase()}`, CONTRIBUTOR);
    const row = page.locator("tr").filter({ has: page.locator(`[data-contribution-id="${openId}"]`) });
    await row.locator("[data-testid=contribution-state][data-state=rewarded]").waitFor();
    assert.equal(
      BigInt((await row.getByTestId("contribution-reward").getAttribute("data-value")) ?? ""),
      dta("15"),
    );
    const owed = await read<bigint>("rewardOwedTo", [contributor]);
    assert.equal(await figure(page, "data-claimable"), owed);
    const before = await dtaBalance(contributor);
    await page.getByRole("button", { name: "Claim data rewards" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Claim .* DTA of data rewards/);
    assert.equal(await dtaBalance(contributor), before + owed);
    assert.equal(await read<bigint>("rewardOwedTo", [contributor]), 0n);
    await page.locator("[data-testid=data-claimable][data-value='0']").waitFor();
    await page.context().close();
  });

  it("sells a restricted contribution only to an approved buyer, with the split shown before signing", async () => {
    const contributor = accounts[CONTRIBUTOR]!;
    const buyer = accounts[BUYER]!;
    let page = await open("/data", CONTRIBUTOR);
    await page.getByTestId("data-hash").fill(createHash("sha256").update(randomBytes(32)).digest("hex"));
    await page.getByTestId("data-category").selectOption({ label: "Health" });
    await page.getByTestId("licence-restricted").check();
    await page.getByTestId("data-premium").fill("2.5");
    await page.getByRole("button", { name: "Submit contribution" }).click();
    await confirmInWallet(page);
    restrictedId = await submitted(page);
    await page.context().close();

    let buyerPage = await open(`/data?access=${restrictedId}`, BUYER);
    await buyerPage.getByTestId("access-not-granted").waitFor();
    await buyerPage.context().close();

    page = await open(`/data?access=${restrictedId}`, CONTRIBUTOR);
    const grant = page.getByTestId("grant-buyer");
    const approve = page.getByRole("button", { name: "Approve buyer" });
    for (const [text, message] of [
      ["0x12", /not an address/],
      [contributor, /you don't need access to it/],
    ] as const) {
      await sendsNothing(page, CONTRIBUTOR, async () => {
        await grant.fill(text);
        await approve.click();
        await page.getByTestId("grant-error").getByText(message).waitFor();
      });
    }
    await grant.fill(buyer);
    await approve.click();
    await confirmInWallet(page);
    await confirmed(page, /Approve .* for contribution/);
    await page
      .locator(`[data-testid=access-list] li[data-buyer="${buyer.toLowerCase()}"][data-granted=true]`)
      .waitFor();
    await page.context().close();

    buyerPage = await open(`/data?access=${restrictedId}`, BUYER);
    const [amount, burned, toPlatform, toContributor] = await read<readonly [bigint, bigint, bigint, bigint]>(
      "quotePremium",
      [restrictedId],
    );
    assert.equal(amount, dta("2.5"));
    assert.equal(await figure(buyerPage, "premium-cost"), amount);
    assert.equal(await figure(buyerPage, "premium-burn"), burned);
    assert.equal(await figure(buyerPage, "premium-platform"), toPlatform);
    assert.equal(await figure(buyerPage, "premium-contributor"), toContributor);
    assert.equal(burned + toPlatform + toContributor, amount);
    await buyerPage
      .getByTestId("buy-signing")
      .getByText(/payPremiumWithPermit/)
      .waitFor();
    await snapshot(buyerPage, "data-buy-access");
    const [buyerBefore, contributorBefore, revenueBefore, supplyBefore] = await Promise.all([
      dtaBalance(buyer),
      dtaBalance(contributor),
      dtaBalance(revenue.address),
      totalSupply(),
    ]);
    await buyerPage.getByRole("button", { name: "Buy access for 2.5 DTA" }).click();
    await confirmInWallet(buyerPage);
    await confirmInWallet(buyerPage);
    await buyerPage.getByTestId("access-bought").waitFor();
    assert.equal(await dtaBalance(buyer), buyerBefore - amount);
    assert.equal(await dtaBalance(contributor), contributorBefore + toContributor);
    assert.equal(await dtaBalance(revenue.address), revenueBefore + toPlatform);
    assert.equal(await totalSupply(), supplyBefore - burned, "the service burn left the supply");
    await buyerPage.context().close();

    await indexerCaughtUp();
    page = await open(`/data?access=${restrictedId}`, CONTRIBUTOR);
    await page
      .locator(`[data-testid=access-list] li[data-buyer="${buyer.toLowerCase()}"][data-paid=true]`)
      .waitFor();
    await page.getByRole("button", { name: /^Revoke/ }).click();
    await confirmInWallet(page);
    await page
      .locator(`[data-testid=access-list] li[data-buyer="${buyer.toLowerCase()}"][data-granted=false]`)
      .waitFor();
    const [granted, paid] = await read<readonly [boolean, boolean]>("accessOf", [restrictedId, buyer]);
    assert.deepEqual([granted, paid], [false, true]);
    await page.context().close();
  });

  it("shows the data rewards card on the dashboard and fits a phone", async () => {
    const page = await open("/", CONTRIBUTOR);
    await page.getByTestId("my-data").waitFor();
    assert.equal(
      await figure(page, "data-claimable"),
      await read<bigint>("rewardOwedTo", [accounts[CONTRIBUTOR]!]),
    );
    await page.context().close();
    const phone = await openAppAtWidth(browser, "/data", 390, CONTRIBUTOR);
    await phone.getByTestId("contributions-table-row").first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page fits 390 px (overflow ${overflow}px)`);
    await snapshot(phone, "data-phone");
    await phone.context().close();
  });
});
