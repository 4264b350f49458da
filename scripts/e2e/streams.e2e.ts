/**
 * Payment streams in the browser with the dev wallet: every bad input of the open form (self-stream, zero and
 * blacklisted recipient, rate 0, deposit below one second of flow, more than the balance) stops with its message
 * and sends nothing; a stream opened with one permit shows when it runs dry before signing; its flowing balance
 * ticks in the browser and follows the chain's clock after time travel; the recipient withdraws, the payer pauses,
 * resumes and stops it; the dashboard card counts it; the CSV export holds its rows.
 * Dev accounts 5 (payer, topped up from seeded node account 12) and 2 (recipient) — no other file acts as them.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, afterEach, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { formatUnits, toFunctionSelector, zeroAddress, type Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import {
  advanceTime,
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  dtaBalance,
  launchBrowser,
  openApp,
  openAppAtWidth,
  sendsNothing,
  snapshot,
} from "./browser";
import { setBlacklisted } from "./compliance";
import { dta, fundTo, indexerCaughtUp } from "./marketplaceHelpers";
import { confirmed } from "./stakingHelpers";

const PAYER = 5;
const RECIPIENT = 2;
const BLACKLISTED = "0x00000000000000000000000000000000000b1ac5" as Address;
const streams = contracts["31337"].DTAStreams;
// 36 DTA per hour = 0.01 DTA (100 base units) per second, exactly 10^16 in 18-decimal units.
const RATE = 10n ** 16n;
const PER_SECOND = 100n;
const DEPOSIT = dta("100");
const STREAM_READS = [
  "streamOf(uint256)",
  "withdrawable(uint256)",
  "totalDebt(uint256)",
  "depletionTime(uint256)",
  "statusOf(uint256)",
] as const;

describe("payment streams", () => {
  let browser: Browser;
  let accounts: Address[];
  let streamId: bigint;

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    await fundTo(accounts[PAYER]!, dta("1000"));
    await setBlacklisted(BLACKLISTED, true);
  });
  after(async () => {
    await setBlacklisted(BLACKLISTED, false).catch(() => undefined);
    await browser?.close();
  });

  // A failed step leaves no page running: a busy page of the same site slows every later one's load.
  const pages: Page[] = [];
  afterEach(async () => {
    await Promise.all(
      pages.splice(0).map((p) =>
        p
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
  });

  async function open(path: string, account: number): Promise<Page> {
    const page = await openApp(browser, path, account);
    pages.push(page);
    // The wallet code loads on demand: on a loaded machine that takes longer than the helpers' 20 s.
    page.setDefaultTimeout(60_000);
    await connectDevWallet(page);
    return page;
  }

  const card = (page: Page, id: bigint): Locator =>
    page.locator(`[data-testid=stream-card][data-stream-id="${id}"]`);

  async function withdrawableShown(page: Page, id: bigint): Promise<bigint> {
    const value = await card(page, id).getByTestId("stream-withdrawable").getAttribute("data-value");
    return BigInt(value ?? "");
  }

  async function waitForShown(page: Page, id: bigint, test: (v: bigint) => boolean): Promise<bigint> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const shown = await withdrawableShown(page, id);
      if (test(shown)) return shown;
      if (Date.now() > deadline) throw new Error(`stream #${id} shows ${shown}`);
      await page.waitForTimeout(250);
    }
  }

  it("refuses every bad input with its message and sends nothing", async () => {
    const payer = accounts[PAYER]!;
    const page = await open("/streams", PAYER);
    const recipient = page.getByLabel(/^Recipient/);
    const rate = page.getByLabel("Rate (DTA)");
    const deposit = page.getByLabel("Deposit (DTA)");
    const submit = page.getByTestId("open-stream");
    const balance = await dtaBalance(payer);
    const cases: readonly (readonly [string, string, string, RegExp])[] = [
      [payer, "36", "100", /You can't stream to yourself/],
      [zeroAddress, "36", "100", /The zero address can't receive a stream/],
      [BLACKLISTED, "36", "100", /blacklisted by DTA compliance: it can't receive a stream/],
      [accounts[RECIPIENT]!, "0", "100", /The rate must be more than 0 DTA/],
      // 36,000 DTA per hour is 10 DTA per second: 5 DTA is not one second of flow.
      [accounts[RECIPIENT]!, "36000", "5", /Deposit at least one second of flow: 10 DTA/],
      [accounts[RECIPIENT]!, "36", "10000000", /That is more than your balance/],
    ];
    for (const [to, perHour, amount, message] of cases) {
      await sendsNothing(page, PAYER, async () => {
        await recipient.fill(to);
        await rate.fill(perHour);
        await page.getByLabel("Per", { exact: true }).selectOption("hour");
        await deposit.fill(amount);
        await submit.click();
        await page.getByRole("alert").getByText(message).first().waitFor();
      });
    }
    assert.equal(await dtaBalance(payer), balance);
    await page.context().close();
  });

  it("opens a stream with one permit, showing when it runs dry before signing", async () => {
    const payer = accounts[PAYER]!;
    const page = await open("/streams", PAYER);
    await page.getByLabel(/^Recipient/).fill(accounts[RECIPIENT]!);
    await page.getByLabel("Rate (DTA)").fill("36");
    await page.getByLabel("Per", { exact: true }).selectOption("hour");
    await page.getByLabel("Deposit (DTA)").fill("100");
    assert.match(
      await page.getByTestId("open-rate").innerText(),
      /0\.01 DTA per second .*exactly 36 DTA per hour/,
    );
    const dry = BigInt((await page.getByTestId("open-runs-dry").getAttribute("data-value")) ?? "");
    const head = (await chainClient.getBlock()).timestamp;
    const runway = DEPOSIT / PER_SECOND; // 10,000 s
    assert.ok(dry >= head + runway && dry <= head + runway + 120n, `runs dry at ${dry}, head ${head}`);
    await page
      .getByTestId("open-signing")
      .getByText(/openWithPermit/)
      .waitFor();
    await snapshot(page, "streams-open-review");
    const before = await dtaBalance(payer);
    await page.getByTestId("open-stream").click();
    await confirmInWallet(page); // the permit (no gas)
    await confirmInWallet(page); // openWithPermit
    const opened = page.getByTestId("stream-opened");
    await opened.waitFor();
    streamId = BigInt((await opened.getAttribute("data-value")) ?? "");
    const onChain = await chainClient.readContract({
      ...streams,
      functionName: "streamOf",
      args: [streamId],
    });
    assert.equal(onChain.sender, payer);
    assert.equal(onChain.ratePerSecond, RATE);
    assert.equal(onChain.balance, DEPOSIT);
    assert.equal(
      await chainClient.readContract({ ...streams, functionName: "ownerOf", args: [streamId] }),
      accounts[RECIPIENT],
    );
    assert.equal(await dtaBalance(payer), before - DEPOSIT, "exactly the deposit left the payer");
    await page.context().close();
  });

  it("shows the balance flowing every second with no chain read, and following the chain's clock", async () => {
    await indexerCaughtUp();
    const payer = accounts[PAYER]!.toLowerCase();
    const page = await open("/streams", PAYER);
    await page.getByTestId("streams-tab-sent").click();
    await page.waitForURL(new RegExp(`account=${payer}.*role=sent`));
    await card(page, streamId).waitFor();
    assert.equal(await card(page, streamId).getByTestId("stream-status").innerText(), "Streaming");

    // Any read of a stream's figures from the browser, direct or inside a multicall, carries one of these.
    const selectors = STREAM_READS.map((signature) => toFunctionSelector(signature).slice(2));
    const rpcCalls: string[] = [];
    page.on("request", (r) => {
      const body = (r.postData() ?? "").toLowerCase();
      if (r.method() === "POST" && selectors.some((selector) => body.includes(selector))) rpcCalls.push(body);
    });
    const first = await withdrawableShown(page, streamId);
    const later = await waitForShown(page, streamId, (v) => v >= first + 2n * PER_SECOND);
    assert.ok(later > first, "the balance grows in the browser");
    assert.match(await card(page, streamId).getByTestId("stream-countdown").innerText(), /^2h 4\dm|^2h 5\dm/);

    await advanceTime(3_600);
    await indexerCaughtUp();
    const onChain = await chainClient.readContract({
      ...streams,
      functionName: "withdrawable",
      args: [streamId],
    });
    assert.ok(onChain >= 3_600n * PER_SECOND);
    // The next server render brings the chain's new time; the figure never runs ahead of what the chain pays.
    const shown = await waitForShown(page, streamId, (v) => v >= onChain);
    assert.ok(shown <= onChain + 30n * PER_SECOND, `shows ${shown}, the chain pays ${onChain}`);
    assert.equal(rpcCalls.length, 0, "no stream reads from the browser");
    await snapshot(page, "streams-flowing");
    await page.context().close();
  });

  it("lets the recipient withdraw what was paid", async () => {
    const recipient = accounts[RECIPIENT]!;
    const page = await open(`/streams?account=${recipient.toLowerCase()}&role=received`, RECIPIENT);
    await card(page, streamId).getByTestId("stream-withdraw").click();
    const before = await dtaBalance(recipient);
    await confirmInWallet(page);
    await confirmed(page, /Withdraw what stream/);
    const gained = (await dtaBalance(recipient)) - before;
    assert.ok(gained >= 3_600n * PER_SECOND, `withdrew ${gained}`);
    const left = await chainClient.readContract({
      ...streams,
      functionName: "withdrawable",
      args: [streamId],
    });
    assert.ok(left < 60n * PER_SECOND, "what was paid is out");
    await indexerCaughtUp();
    await waitForShown(page, streamId, (v) => v < 120n * PER_SECOND);
    await page.context().close();
  });

  it("lets the payer pause, resume and stop it; the dashboard counts it while it flows", async () => {
    const payer = accounts[PAYER]!;
    const dashboard = await open("/", PAYER);
    const out = dashboard.getByTestId("my-streams-out");
    await out.waitFor();
    assert.ok(Number(await out.getAttribute("data-open")) >= 1);
    assert.match(await dashboard.getByTestId("my-streams-next-dry").innerText(), /Next to run dry: stream #/);
    await dashboard.context().close();

    const page = await open(`/streams?account=${payer.toLowerCase()}&role=sent`, PAYER);
    await card(page, streamId).getByTestId("stream-pause").click();
    await confirmInWallet(page);
    await confirmed(page, /Pause stream/);
    await indexerCaughtUp();
    await card(page, streamId).locator("[data-testid=stream-status]", { hasText: "Paused" }).waitFor();
    await card(page, streamId).getByTestId("stream-resume").click();
    await confirmInWallet(page);
    await confirmed(page, /Resume stream/);
    await indexerCaughtUp();
    await card(page, streamId).locator("[data-testid=stream-status]", { hasText: "Streaming" }).waitFor();

    const before = await dtaBalance(payer);
    await card(page, streamId).getByTestId("stream-stop").click();
    await card(page, streamId).getByTestId("stream-stop-confirm").click();
    await confirmInWallet(page);
    await confirmed(page, /Stop stream/);
    const onChain = await chainClient.readContract({
      ...streams,
      functionName: "streamOf",
      args: [streamId],
    });
    assert.equal(onChain.stopped, true);
    const refund = (await dtaBalance(payer)) - before;
    assert.ok(refund > 0n && refund < DEPOSIT, `refunded ${refund}`);
    await indexerCaughtUp();
    await card(page, streamId).locator("[data-testid=stream-status]", { hasText: "Stopped" }).waitFor();
    assert.equal(
      await card(page, streamId).getByTestId("stream-actions").count(),
      0,
      "a stopped stream has no actions",
    );
    await page.context().close();
  });

  it("exports the payer's history as CSV with every event of the stream", async () => {
    const payer = accounts[PAYER]!;
    const page = await open("/streams", PAYER);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("streams-export").click(),
    ]);
    assert.equal(download.suggestedFilename(), `dta-streams-${payer.toLowerCase()}.csv`);
    const text = await readFile((await download.path())!, "utf8");
    const [header, ...lines] = text.trimEnd().split("\n");
    assert.equal(
      header,
      "stream,my_role,time_utc,event,amount_dta,refund_dta,in_dta,out_dta,actor,counterparty,block,tx",
    );
    const mine = lines.filter((l) => l.startsWith(`${streamId},`)).map((l) => l.split(","));
    assert.deepEqual(
      mine.map((f) => f[3]),
      ["opened", "withdrawn", "paused", "resumed", "stopped"],
    );
    const [opened, withdrawn, , , stopped] = mine;
    assert.deepEqual([opened![1], opened![4], opened![7]], ["payer", "100", "100"]);
    assert.equal(withdrawn![8], accounts[RECIPIENT]!.toLowerCase(), "the recipient withdrew");
    assert.equal(withdrawn![1], "payer");
    const [stop] = await chainClient.getContractEvents({
      ...streams,
      eventName: "StreamStopped",
      args: { streamId },
      fromBlock: 0n,
    });
    const refunded = formatUnits((stop!.args as { refunded: bigint }).refunded, 4);
    assert.equal(stopped![5], refunded, "the refund, exact");
    assert.equal(stopped![6], refunded, "it came back to the payer");
    const done = page.getByTestId("streams-export-done");
    await done.waitFor();
    assert.equal(Number(await done.getAttribute("data-rows")), lines.length);
    await page.context().close();
  });

  it("lays out at phone width", async () => {
    const page = await openAppAtWidth(browser, "/streams", 390, PAYER);
    pages.push(page);
    await page.locator("[data-testid=stream-card]").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, "nothing is wider than the phone");
    await snapshot(page, "streams-phone");
    await page.context().close();
  });
});
