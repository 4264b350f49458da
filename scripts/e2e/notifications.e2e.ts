/**
 * The dashboard's notifications in the browser: dev account 3 pays two fresh streams to dev account 4 — one
 * running dry within the day, one already dry — and sees them with the DAO's executed changes, exactly the
 * indexer's list; marks one read with the mouse and one with the keyboard, reloads and finds them still read;
 * then dev account 4, in the same browser (same localStorage), has its own read state, and account 3's comes
 * back unchanged. The other kinds the seed raises, each as the indexer lists it and as the chain has it: node
 * account 12 (a staker) can vote on the Active proposal and sees the results of proposals it voted on; node
 * account 15 owns a suspended twin and twins with jobs waiting. Last (it moves the clock): in the vote's last
 * day the same proposal turns into "Ends soon", unread again. Screenshots at 1280 and 390 px.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { fetchNotifications, type Notification, type Notifications } from "../../lib/indexer/notifications";
import { NOTIFICATION_LABELS } from "../../lib/notifications/display";
import {
  BASE_URL,
  chainClient,
  connectDevWallet,
  devAccounts,
  launchBrowser,
  openAppAtWidth,
  snapshot,
  testClient,
  walletClient,
} from "./browser";
import { hasVoted, proposalState } from "./governanceHelpers";
import { dta, indexerCaughtUp, jobOf, twinOf } from "./twinsHelpers";

const PAYER = 3;
const RECIPIENT = 4;
/** Seeded node accounts (indexer/test/notifications.test.ts): a staker who voted, and a twin owner. */
const STAKER = 12;
const TWIN_OWNER = 15;
/** OZ IGovernor.ProposalState Active, and the states each result outcome comes from; TwinRegistry's open job. */
const ACTIVE = 1;
const OUTCOME_STATES: Readonly<Record<string, readonly number[]>> = {
  passed: [4, 5],
  defeated: [3],
  expired: [6],
  vetoed: [2],
};
const JOB_OPEN = 1;
const INDEXER_URL = process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055";
const streams = contracts["31337"].DTAStreams;
const token = contracts["31337"].DTAToken;

async function send(account: Address, hash: Promise<`0x${string}`>) {
  const receipt = await chainClient.waitForTransactionReceipt({ hash: await hash });
  assert.equal(receipt.status, "success", `${account}'s setup transaction`);
}

/** Dev account `index` in a page of `context`: the dev wallet's account lives in localStorage, like a real one. */
async function openAs(context: BrowserContext, index: number): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  await page.goto(`${BASE_URL}/about`);
  await page.evaluate((i) => window.localStorage.setItem("dta.devWallet.account", String(i)), index);
  await page.goto(`${BASE_URL}/`);
  await connected(page);
  return page;
}

/** Waits for the card, connecting the dev wallet unless it reconnected by itself (it does after a first visit). */
async function connected(page: Page): Promise<void> {
  const account = page.locator("[data-testid=connected-account][data-address]").first();
  const reconnected = await account.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!reconnected) await connectDevWallet(page);
  await card(page).waitFor();
}

const card = (page: Page) => page.getByTestId("notifications");
const item = (page: Page, id: string) => page.locator(`[data-testid=notification][data-id="${id}"]`);
const listedIds = (page: Page) =>
  page.locator("[data-testid=notification]").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
const unreadText = async (page: Page) => (await page.getByTestId("notifications-unread").innerText()).trim();

/** The card lists exactly `expected`, each with its kind's word, its title linking where to act, and its detail. */
async function showsAsListed(page: Page, expected: Notifications): Promise<void> {
  await item(page, expected.items[0]!.id).waitFor();
  assert.deepEqual(
    await listedIds(page),
    expected.items.map((n) => n.id),
  );
  for (const n of expected.items) {
    const el = item(page, n.id);
    assert.equal(await el.getAttribute("data-kind"), n.kind);
    assert.match(
      await el.getByTestId("notification-label").innerText(),
      new RegExp(`${NOTIFICATION_LABELS[n.kind].word}$`),
    );
    const link = el.getByRole("link");
    assert.equal((await link.innerText()).trim(), n.title);
    assert.equal(await link.getAttribute("href"), n.href);
    assert.ok((await el.innerText()).includes(n.detail), `${n.id}'s detail`);
  }
}

/** The one notification of `kind` in `listed`, or a failure naming the kinds there are. */
function oneOf(listed: Notifications, kind: Notification["kind"]): Notification {
  const found = listed.items.find((n) => n.kind === kind);
  assert.ok(found, `a ${kind} notification among ${listed.items.map((n) => n.kind).join(", ")}`);
  return found;
}

const idPart = (n: Notification, i: number) => BigInt(n.id.split(":")[i]!);

describe("dashboard notifications", () => {
  let browser: Browser;
  let context: BrowserContext;
  let accounts: Address[];
  let lowId: string;
  let dryId: string;

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    const payer = accounts[PAYER]!;
    const recipient = accounts[RECIPIENT]!;
    await send(
      payer,
      walletClient.writeContract({
        ...token,
        account: payer,
        functionName: "approve",
        args: [streams.address, dta("1000")],
      }),
    );
    // 0.01 DTA a second for 100 DTA: dry in under 3 hours. 1 DTA a second for 2 DTA: dry in 2 seconds.
    for (const [rate, deposit] of [
      [10n ** 16n, dta("100")],
      [10n ** 18n, dta("2")],
    ] as const) {
      await send(
        payer,
        walletClient.writeContract({
          ...streams,
          account: payer,
          functionName: "open",
          args: [recipient, rate, deposit],
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 3_000));
    await testClient.mine({ blocks: 1 });
    await indexerCaughtUp();
    const count = await chainClient.readContract({ ...streams, functionName: "streamCount" });
    const listed = await fetchNotifications(payer, { baseUrl: INDEXER_URL });
    lowId = listed.items.find((n) => n.id.startsWith(`stream-low:${count - 1n}:`))?.id ?? "";
    dryId = listed.items.find((n) => n.id.startsWith(`stream-dry:${count}:`))?.id ?? "";
    assert.ok(lowId && dryId, "the indexer lists both fresh streams for the payer");
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => browser?.close());

  it("shows the payer exactly the indexer's notifications, all unread", async () => {
    const page = await openAs(context, PAYER);
    const expected = await fetchNotifications(accounts[PAYER]!, { baseUrl: INDEXER_URL });
    assert.ok(
      expected.items.some((n) => n.kind === "executed"),
      "the seeded DAO's executed changes",
    );
    await item(page, dryId).waitFor();
    assert.deepEqual(
      await listedIds(page),
      expected.items.map((n) => n.id),
    );
    assert.equal(await unreadText(page), `${expected.items.length} unread of ${expected.items.length}`);
    const low = item(page, lowId);
    assert.match(await low.innerText(), /runs dry soon/);
    assert.match(await low.getByTestId("notification-when").innerText(), /^Runs dry in \d+ hours?/);
    assert.equal(
      await low.getByRole("link").getAttribute("href"),
      `/streams?account=${accounts[PAYER]!.toLowerCase()}#stream-${lowId.split(":")[1]}`,
    );
    await snapshot(page, "notifications-1280");
  });

  it("marks one read by mouse and one by keyboard, and keeps both read after a reload", async () => {
    const page = context.pages()[0]!;
    const total = await page.locator("[data-testid=notification]").count();
    await item(page, lowId)
      .getByRole("button", { name: /Mark read/ })
      .click();
    await page.locator(`[data-testid=notification][data-id="${lowId}"][data-read=true]`).waitFor();
    const dryButton = item(page, dryId).getByRole("button", { name: /Mark read/ });
    await dryButton.focus();
    await page.keyboard.press("Enter");
    await page.locator(`[data-testid=notification][data-id="${dryId}"][data-read=true]`).waitFor();
    assert.equal(await unreadText(page), `${total - 2} unread of ${total}`);

    await page.reload();
    await connected(page);
    await page.locator(`[data-testid=notification][data-id="${dryId}"][data-read=true]`).waitFor();
    assert.equal(await item(page, lowId).getAttribute("data-read"), "true");
    assert.equal(await unreadText(page), `${total - 2} unread of ${total}`);
  });

  it("keeps a separate read state for another account in the same browser", async () => {
    const page = await openAs(context, RECIPIENT);
    const expected = await fetchNotifications(accounts[RECIPIENT]!, { baseUrl: INDEXER_URL });
    await item(page, dryId).waitFor();
    assert.deepEqual(
      await listedIds(page),
      expected.items.map((n) => n.id),
    );
    assert.match(await item(page, dryId).innerText(), /paying you has run dry/);
    assert.equal(
      await item(page, dryId).getAttribute("data-read"),
      "false",
      "the payer's read is not theirs",
    );
    assert.equal(await item(page, lowId).count(), 0, "a recipient is not warned before it runs dry");
    await page.getByRole("button", { name: "Mark all read" }).click();
    assert.equal(await unreadText(page), `0 unread of ${expected.items.length}`);

    const back = await openAs(context, PAYER);
    const total = await back.locator("[data-testid=notification]").count();
    await back.locator(`[data-testid=notification][data-id="${lowId}"][data-read=true]`).waitFor();
    assert.equal(await unreadText(back), `${total - 2} unread of ${total}`, "the payer's state is unchanged");
  });

  it("lays out at a phone's width", async () => {
    const page = await openAppAtWidth(browser, "/", 390, PAYER);
    await connected(page);
    await item(page, dryId).waitFor();
    const box = await card(page).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, "the card fits the screen");
    const overflow = await card(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.equal(overflow, 0, "nothing in the card scrolls sideways");
    await snapshot(page, "notifications-390");
  });

  it("shows a staker the proposal it can vote on and the results of proposals it voted on", async () => {
    const staker = accounts[STAKER]!;
    const expected = await fetchNotifications(staker, { baseUrl: INDEXER_URL });
    const vote = oneOf(expected, "vote");
    assert.equal(await proposalState(idPart(vote, 1)), ACTIVE, "the vote's proposal is Active on chain");
    assert.equal(await hasVoted(idPart(vote, 1), staker), false, "and the staker has not voted");
    const results = expected.items.filter((n) => n.kind === "result");
    assert.ok(results.length > 0, "the seeded staker voted on decided proposals");
    for (const r of results) {
      const outcome = r.id.split(":")[2]!;
      assert.ok(OUTCOME_STATES[outcome]?.includes(await proposalState(idPart(r, 1))), `${r.id} on chain`);
      if (r.detail === "You voted on it.") assert.equal(await hasVoted(idPart(r, 1), staker), true);
    }

    const page = await openAs(context, STAKER);
    await showsAsListed(page, expected);
    assert.equal(await unreadText(page), `${expected.items.length} unread of ${expected.items.length}`);
    assert.match(
      await item(page, vote.id).getByTestId("notification-when").innerText(),
      /^Voting ends in \d/,
    );
    assert.match(await item(page, results[0]!.id).innerText(), /(passed|was defeated|was vetoed|expired)/);
    assert.match(
      await item(page, results[0]!.id).getByTestId("notification-when").innerText(),
      /( ago|Just now)$/,
    );
    await snapshot(page, "notifications-staker-1280");
    // Read now; the same proposal in its last day is a new fact (next test).
    await item(page, vote.id)
      .getByRole("button", { name: /Mark read/ })
      .click();
    await page.locator(`[data-testid=notification][data-id="${vote.id}"][data-read=true]`).waitFor();
  });

  it("shows a twin owner its suspended twin and the jobs waiting on its twins", async () => {
    const owner = accounts[TWIN_OWNER]!;
    const expected = await fetchNotifications(owner, { baseUrl: INDEXER_URL });
    const suspended = oneOf(expected, "twinSuspended");
    const twin = await twinOf(idPart(suspended, 1));
    assert.ok(twin.quality < 50 && twin.cooldownEnds === 0, "the twin is suspended on chain");
    const jobs = expected.items.filter((n) => n.kind === "jobWaiting");
    assert.ok(jobs.length > 0, "the seeded owner has jobs waiting");
    for (const j of jobs) {
      const job = await jobOf(idPart(j, 1));
      assert.equal(job.status, JOB_OPEN, `job #${idPart(j, 1)} is open on chain`);
      assert.equal(j.href, `/twins/${job.twinId}`);
    }

    const page = await openAs(context, TWIN_OWNER);
    await showsAsListed(page, expected);
    assert.match(
      await item(page, suspended.id).innerText(),
      new RegExp(`quality score is ${twin.quality}, below 50`),
    );
    assert.match(
      await item(page, jobs[0]!.id).getByTestId("notification-when").innerText(),
      /^Deadline in \d/,
    );
    await snapshot(page, "notifications-twins-1280");
  });

  it("turns the staker's vote into 'Ends soon' in its last day, unread again (moves the clock)", async () => {
    const staker = accounts[STAKER]!;
    const vote = oneOf(await fetchNotifications(staker, { baseUrl: INDEXER_URL }), "vote");
    assert.ok(vote.endsAt !== null);
    await testClient.setNextBlockTimestamp({ timestamp: vote.endsAt - 3_600n });
    await testClient.mine({ blocks: 1 });
    await indexerCaughtUp();
    const expected = await fetchNotifications(staker, { baseUrl: INDEXER_URL });
    const ending = oneOf(expected, "voteEnding");
    assert.equal(ending.id, `vote-ending:${idPart(vote, 1)}`);

    const page = await openAs(context, STAKER);
    await showsAsListed(page, expected);
    assert.equal(await item(page, vote.id).count(), 0, "one notification for the vote, not two");
    assert.equal(
      await item(page, ending.id).getAttribute("data-read"),
      "false",
      "unread, though the vote was read",
    );
    assert.match(
      await item(page, ending.id).getByTestId("notification-when").innerText(),
      /^Voting ends in (5\d minutes|1 hour)$/,
    );
    await snapshot(page, "notifications-ending-1280");
  });
});
