/**
 * The AI marketplace in the browser with the dev wallet: a provider lists a service through the stepper (every
 * bad detail and price stops with its message and sends nothing; permit + one listServiceWithPermit), the
 * browser's search and filters find it with the URL reflecting them (the first page is in the server HTML), a
 * payer's bad query counts send nothing, paying for 7 queries shows the split first and moves the balances
 * exactly, rating is disabled before paying and works after (the average changes), the provider's response
 * reaches the payer, pausing hides the service and blocks payment, and the dashboard shows both sides.
 * Accounts 8 (provider) and 7 (payer) are topped up from seeded node account 12; dev account 0 is never used.
 * No time travel.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { keccak256, stringToBytes, type Address } from "viem";
import { serviceSplit } from "../../lib/twins/economics";
import {
  BASE_URL,
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  dtaBalance,
  figure,
  launchBrowser,
  openApp,
  openAppAtWidth,
  openConnected,
  sendsNothing,
  snapshot,
} from "./browser";
import { confirmed, nextButton } from "./stakingHelpers";
import {
  burnBps,
  dta,
  fundTo,
  indexerCaughtUp,
  market,
  ratingOf,
  revenue,
  serviceOf,
  stepIs,
  totalSupply,
} from "./marketplaceHelpers";

const PROVIDER = 8;
const PAYER = 7;
const NAME = `Harbour Crane Forecaster ${Date.now().toString(36)}`;
const PRICE = dta("1.2345");

describe("AI marketplace", () => {
  let browser: Browser;
  let accounts: Address[];
  let serviceId: bigint;
  let requestId: bigint;

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    await fundTo(accounts[PROVIDER]!, dta("150"));
    await fundTo(accounts[PAYER]!, dta("50"));
  });
  after(async () => browser?.close());

  const open = (path: string, account: number) => openConnected(browser, path, account);

  it("lists a service through the stepper: bad details and prices send nothing; one permit lists it", async () => {
    const provider = accounts[PROVIDER]!;
    const page = await open("/marketplace/new", PROVIDER);
    const name = page.getByLabel(/^Name/);
    const uri = page.getByLabel(/^Metadata URI/);
    const bad: readonly (readonly [string, string, RegExp])[] = [
      ["", "ipfs://bafy-crane", /Enter the service's name/],
      ["x".repeat(65), "ipfs://bafy-crane", /65 bytes long; the most is 64/],
      [NAME, "", /Enter the metadata URI/],
      [NAME, "crane.json", /not a valid URI/],
    ];
    for (const [nameText, uriText, message] of bad) {
      await sendsNothing(page, PROVIDER, async () => {
        await name.fill(nameText);
        await uri.fill(uriText);
        await nextButton(page).press("Enter");
        await page.getByRole("alert").getByText(message).first().waitFor();
        await stepIs(page, "Step 1 of 4: Details");
      });
    }
    await name.fill(NAME);
    await page.getByLabel("Category").selectOption({ label: "Predictive Analytics" });
    await uri.fill("ipfs://bafy-harbour-crane-forecaster");
    await nextButton(page).click();
    await stepIs(page, "Step 2 of 4: Pricing");
    const price = page.getByLabel(/^Price per query/);
    for (const [text, message] of [
      ["0", /more than 0 DTA/],
      ["0.00001", /at most 4 decimal places/],
      ["1000000.0001", /at most 1,000,000 DTA/],
    ] as const) {
      await sendsNothing(page, PROVIDER, async () => {
        await price.fill(text);
        await nextButton(page).press("Enter");
        await page.getByRole("alert").getByText(message).first().waitFor();
        await stepIs(page, "Step 2 of 4: Pricing");
      });
    }
    await price.fill("1.2345");
    await page
      .getByTestId("price-split")
      .getByText(/You receive/)
      .waitFor();
    await nextButton(page).click();
    await stepIs(page, "Step 3 of 4: Fee review");
    const fee = await chainClient.readContract({ ...market, functionName: "listingFee" });
    assert.equal(fee, dta("100"));
    assert.equal(await figure(page, "fee-staking"), dta("40"));
    assert.equal(await figure(page, "fee-development"), dta("30"));
    assert.equal(await figure(page, "fee-ecosystem"), dta("20"));
    assert.equal(await figure(page, "fee-burn"), dta("10"));
    await snapshot(page, "marketplace-new-fee-review");
    await nextButton(page).click();
    await page
      .getByTestId("list-signing")
      .getByText(/listServiceWithPermit/)
      .waitFor();
    const [balanceBefore, revenueBefore] = await Promise.all([
      dtaBalance(provider),
      dtaBalance(revenue.address),
    ]);
    await page.getByRole("button", { name: "Sign permit and list" }).click();
    await confirmInWallet(page); // the permit (no gas)
    await confirmInWallet(page); // listServiceWithPermit
    const done = page.getByTestId("listed-service");
    await done.waitFor();
    serviceId = BigInt((await done.getAttribute("data-service-id")) ?? "");
    const service = await serviceOf(serviceId);
    assert.equal(service.provider, provider);
    assert.equal(service.pricePerQuery, PRICE);
    assert.equal(service.categoryId, 2);
    assert.equal(service.paused, false);
    assert.equal(await dtaBalance(provider), balanceBefore - fee, "exactly the listing fee was paid");
    assert.equal(await dtaBalance(revenue.address), revenueBefore + fee, "to platform revenue");
    await page.context().close();
  });

  it("the browser finds it by name, category and price, with the URL reflecting every filter", async () => {
    await indexerCaughtUp();
    const word = NAME.split(" ").at(-1)!.toUpperCase();
    // The first page is in the server's HTML: no wallet code is needed to see the cards.
    const html = await (await fetch(`${BASE_URL}/marketplace?q=${word}`)).text();
    assert.ok(html.includes(NAME), "the server HTML holds the matching card");

    const page = await openApp(browser, "/marketplace", PAYER);
    const search = page.getByLabel("Search services by name");
    await search.fill(word.toLowerCase());
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/q=/);
    const card = page.locator(`[data-testid=service-card][data-service-id="${serviceId}"]`);
    await card.waitFor();
    assert.equal(await page.locator("[data-testid=service-card]").count(), 1);
    assert.equal(await card.getByTestId("service-price").getAttribute("data-value"), PRICE.toString());

    await page.getByRole("button", { name: "Predictive Analytics" }).click();
    await page.waitForURL(/category=Predictive/);
    await card.waitFor();
    await page.getByRole("button", { name: "NLP" }).click();
    await page.waitForURL(/category=NLP/);
    await page.getByText("No service matches").waitFor();
    await page.getByRole("button", { name: "All", exact: true }).click();
    await card.waitFor();

    await page.getByLabel("Lowest price per query in DTA").fill("1.3");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/minPrice=13000/);
    await page.getByText("No service matches").waitFor();
    await page.getByLabel("Lowest price per query in DTA").fill("1.2345");
    await page.getByLabel("Highest price per query in DTA").fill("1");
    await page.getByRole("button", { name: "Apply" }).click();
    await page
      .getByTestId("filter-error")
      .getByText(/lowest price is above the highest/)
      .waitFor();
    await page.getByLabel("Highest price per query in DTA").fill("1.2345");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/maxPrice=12345/);
    await card.waitFor();

    await page.getByLabel("Minimum rating").selectOption({ label: "4 stars or more" });
    await page.waitForURL(/minRating=4/);
    await page.getByText("No service matches").waitFor();
    assert.match(page.url(), /q=.*minPrice=12345&maxPrice=12345&minRating=4/);

    // The seeded catalogue, sorted by price with the URL saying so, paged.
    await page.goto(`${BASE_URL}/marketplace`);
    await page.getByLabel("Sort by").selectOption({ label: "Lowest price" });
    await page.waitForURL(/sort=price/);
    const prices = async () =>
      (
        await page
          .locator("[data-testid=service-price]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-value")))
      ).map((v) => BigInt(v ?? ""));
    await page.locator("[data-testid=service-card]").first().waitFor();
    const first = await prices();
    assert.deepEqual(
      first,
      [...first].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/page=2/);
    await page.getByText(/^Page 2 of/).waitFor();
    const second = await prices();
    assert.ok(second[0]! >= first.at(-1)!, "page 2 continues where page 1 ended");
    await page.context().close();
  });

  it("pays for 7 queries: bad counts send nothing, the split is shown first and balances move exactly", async () => {
    const payer = accounts[PAYER]!;
    const provider = accounts[PROVIDER]!;
    const page = await open(`/marketplace/${serviceId}`, PAYER);
    const rate = page.getByTestId("rate-form");
    await page
      .getByTestId("rate-disabled-reason")
      .getByText(/Only accounts that paid/)
      .waitFor();
    assert.equal(await rate.getByRole("button", { name: "Rate" }).isDisabled(), true);
    assert.equal(await rate.getByRole("radio").first().isDisabled(), true);

    const queries = page.getByLabel(/^Queries/);
    const bad: (readonly [string, RegExp])[] = [
      ["0", /Buy at least 1 query/],
      ["1.5", /whole numbers/],
      ["1001", /at most 1,000 queries/],
      ["1,000", /thousands separators/],
    ];
    // 45 queries cost 55.5525 DTA, more than the payer's 50 DTA (on a fresh chain): refused before signing.
    if ((await dtaBalance(payer)) < 45n * PRICE) bad.push(["45", /That costs 55\.5525 DTA; your balance is/]);
    for (const [text, message] of bad) {
      await sendsNothing(page, PAYER, async () => {
        await queries.fill(text);
        await page.getByRole("button", { name: /^Pay/ }).click();
        await page.getByTestId("pay-error").getByText(message).waitFor();
      });
    }
    await queries.fill("7");
    const cost = 7n * PRICE;
    const split = serviceSplit(cost, await burnBps());
    assert.equal(await figure(page, "pay-cost"), cost);
    assert.equal(await figure(page, "split-burn"), split.burned);
    assert.equal(await figure(page, "split-platform"), split.toPlatform);
    assert.equal(await figure(page, "split-provider"), split.toOwner);
    assert.equal(split.burned + split.toPlatform + split.toOwner, cost);
    await page
      .getByTestId("pay-signing")
      .getByText(/payForQueriesWithPermit/)
      .waitFor();
    await snapshot(page, "marketplace-pay-split");
    const [payerBefore, providerBefore, revenueBefore, supplyBefore] = await Promise.all([
      dtaBalance(payer),
      dtaBalance(provider),
      dtaBalance(revenue.address),
      totalSupply(),
    ]);
    await page.getByRole("button", { name: "Pay for 7 queries" }).click();
    await confirmInWallet(page);
    await confirmInWallet(page);
    const paid = page.getByTestId("paid-request");
    await paid.waitFor();
    requestId = BigInt(/#(\d+)/.exec(await paid.innerText())![1]!);
    assert.equal(await dtaBalance(payer), payerBefore - cost);
    assert.equal(await dtaBalance(provider), providerBefore + split.toOwner);
    assert.equal(await dtaBalance(revenue.address), revenueBefore + split.toPlatform);
    assert.equal(await totalSupply(), supplyBefore - split.burned, "the service burn left the supply");
    const row = page.getByTestId("my-requests-row").filter({ hasText: `#${requestId}` });
    await row.getByTestId("response-awaited").waitFor();
    await page.locator(`[data-testid=detail-queries][data-value="7"]`).waitFor();
    await page.context().close();
  });

  it("rating works after paying and the average changes", async () => {
    const page = await open(`/marketplace/${serviceId}`, PAYER);
    const rate = page.getByTestId("rate-form");
    assert.equal(await page.getByTestId("rate-disabled-reason").count(), 0);
    await page.locator("[data-testid=stars]").first().getByText("No ratings yet").waitFor();
    await rate.getByRole("radio", { name: "4 stars" }).check();
    await rate.getByRole("button", { name: "Rate" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Rate service/);
    assert.equal(await ratingOf(serviceId, accounts[PAYER]!), 4);
    await page
      .locator('[data-testid=rating-summary] [data-testid=stars][data-average="400"][data-count="1"]')
      .waitFor();
    await rate.getByRole("radio", { name: "2 stars" }).check();
    await rate.getByRole("button", { name: "Change rating" }).click();
    await confirmInWallet(page);
    await page
      .locator('[data-testid=rating-summary] [data-testid=stars][data-average="200"][data-count="1"]')
      .waitFor();
    assert.equal((await serviceOf(serviceId)).ratingSum, 2, "the new rating replaced the old");
    await page.context().close();
  });

  it("the provider posts a response (a malformed hash sends nothing) and the payer sees it", async () => {
    const page = await open(`/marketplace/${serviceId}`, PROVIDER);
    await page.getByTestId("provider-tools").waitFor();
    const field = page.getByLabel(/^Request number, then the response/);
    await sendsNothing(page, PROVIDER, async () => {
      await field.fill(`${requestId}: 0x1234`);
      await page.getByRole("button", { name: "Post response" }).click();
      await page
        .getByRole("alert")
        .getByText(/0x followed by 64 hex digits/)
        .waitFor();
    });
    const text = "Crane 4 peaks at 14:00; schedule the swap at 11:00.";
    await field.fill(`${requestId}: ${text}`);
    await page.getByRole("button", { name: "Post response" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Post the response/);
    await page.context().close();

    const payerPage = await open(`/marketplace/${serviceId}`, PAYER);
    const row = payerPage.getByTestId("my-requests-row").filter({ hasText: `#${requestId}` });
    await row
      .locator(`[data-testid=response-hash][data-value="${keccak256(stringToBytes(text))}"]`)
      .waitFor();
    await payerPage.context().close();
  });

  it("pausing hides the service from the browser and blocks payment; the dashboard shows both sides", async () => {
    const page = await open(`/marketplace/${serviceId}`, PROVIDER);
    await page.getByTestId("pause-service").click();
    await confirmInWallet(page);
    await confirmed(page, /Pause service/);
    assert.equal((await serviceOf(serviceId)).paused, true);
    await page.getByTestId("resume-service").waitFor();
    await page.context().close();
    await indexerCaughtUp();

    const word = NAME.split(" ").at(-1)!;
    const browse = await openApp(browser, `/marketplace?q=${word}`, PAYER);
    await browse.getByText("No service matches").waitFor();
    await browse.getByLabel("Status").selectOption({ label: "Paused" });
    await browse.waitForURL(/status=paused/);
    await browse
      .locator(`[data-testid=service-card][data-service-id="${serviceId}"]`)
      .getByText("Paused")
      .waitFor();
    await browse.context().close();

    const payerPage = await open(`/marketplace/${serviceId}`, PAYER);
    await payerPage
      .getByTestId("pay-paused")
      .getByText(/takes no payments until it resumes/)
      .waitFor();
    assert.equal(await payerPage.getByLabel(/^Queries/).count(), 0);
    await payerPage.goto(`${BASE_URL}/`);
    const requests = payerPage.getByTestId("my-requests-card");
    await requests.getByText(NAME).first().waitFor();
    await requests.getByTestId("response-hash").first().waitFor();
    await payerPage.context().close();

    const providerPage = await open("/", PROVIDER);
    const services = providerPage.getByTestId("my-services");
    await services.getByText(NAME).waitFor();
    assert.ok(
      (await figure(providerPage, "my-services-earned")) >= serviceSplit(7n * PRICE, await burnBps()).toOwner,
    );
    await providerPage.context().close();
  });

  it("looks right at 1280 and 390 px", async () => {
    for (const width of [1280, 390]) {
      for (const [path, name] of [
        ["/marketplace", "browser"],
        [`/marketplace/${serviceId}`, "detail"],
        ["/marketplace/new", "new"],
      ] as const) {
        const page = await openAppAtWidth(browser, path, width, PAYER);
        await connectDevWallet(page);
        await page.locator("h1").first().waitFor();
        await snapshot(page, `marketplace-${name}-${width}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false, `${path} fits ${width} px without horizontal scroll`);
        await page.context().close();
      }
    }
  });
});
