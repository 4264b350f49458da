/**
 * Staking: the tier wizard with the dev wallet on the local chain — every bad amount stops with its message
 * and sends nothing; one position per tier (permit signature + one stakeWithPermit transaction) checked
 * on-chain; claim and compound after time passes, early unstake with its penalty spelled out, unstake after
 * unlock, a top-up of a locked position (permit + one stakeMoreWithPermit) that states the lock restart and the
 * new unlock date before signing, delegation and the pool figures.
 * Total time advanced here: 31 days (≤ 35, see the brief).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Address } from "viem";
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
  openAppAtWidth,
  rejectInWallet,
  snapshot,
  toastText,
} from "./browser";
import { formatUnlockDate } from "../../lib/staking/wizard";
import {
  amountField,
  confirmed,
  DAY,
  dta,
  nextButton,
  openStake,
  position,
  readStaking,
  stakeThroughWizard,
} from "./stakingHelpers";

describe("staking", () => {
  let browser: Browser;
  let accounts: Address[];
  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
  });
  after(async () => browser?.close());

  describe("wizard input checks (account 5)", () => {
    let page: Page;
    before(async () => {
      page = await openStake(browser, 5);
    });
    const bad: readonly (readonly [string, RegExp])[] = [
      ["", /Enter an amount/],
      ["0", /greater than zero/],
      ["999.9999", /minimum stake is 1,000 DTA/],
      ["1000.12345", /at most 4 decimal places/],
      ["12abc", /Use digits/],
      ["2500.0001", /more than your balance/],
    ];
    for (const [input, message] of bad) {
      it(`stops at "${input}" with its message and sends nothing`, async () => {
        const blockBefore = await chainClient.getBlockNumber();
        await amountField(page).fill(input === "" ? "1" : input);
        if (input === "") await amountField(page).fill("");
        await amountField(page).blur();
        await page.getByText(message).waitFor();
        assert.equal(await nextButton(page).isDisabled(), true);
        assert.equal(await page.getByTestId("wizard-step").innerText(), "Step 1 of 4: Amount");
        assert.equal(await chainClient.getBlockNumber(), blockBefore);
      });
    }

    it("Next on an invalid step (Enter on the button) shows why, keeps the step and sends nothing", async () => {
      const blockBefore = await chainClient.getBlockNumber();
      await amountField(page).fill("");
      await nextButton(page).press("Enter");
      await page.getByText(/Enter an amount/).waitFor();
      assert.equal(await page.getByTestId("wizard-step").innerText(), "Step 1 of 4: Amount");
      // Focus lands on the field that needs fixing.
      assert.equal(await amountField(page).evaluate((input) => input === document.activeElement), true);

      await amountField(page).fill("1500");
      await nextButton(page).click();
      await page.getByTestId("wizard-step").getByText("Step 2 of 4: Lock period").waitFor();
      assert.equal(
        await page.getByTestId("wizard-step").evaluate((heading) => heading === document.activeElement),
        true,
        "focus moves to the new step's heading",
      );
      await nextButton(page).press("Enter");
      await page.getByRole("alert").getByText("Choose a lock period.").waitFor();
      await snapshot(page, "stake-step2-refused");
      assert.equal(
        await page
          .getByRole("radio", { name: /^30 days/ })
          .evaluate((radio) => radio === document.activeElement),
        true,
        "focus lands on the lock periods",
      );
      assert.equal(await page.getByTestId("wizard-step").innerText(), "Step 2 of 4: Lock period");
      assert.equal(await chainClient.getBlockNumber(), blockBefore);
      await page.getByRole("button", { name: "Back" }).click();
      await amountField(page).waitFor();
    });

    it("shows the tier and the distance to the next, Back works, and a rejected permit sends nothing", async () => {
      await amountField(page).fill("1500");
      await page.getByText("Add 8,500 DTA to reach Silver.").waitFor();
      await nextButton(page).click();
      assert.match(await page.locator("[aria-current=step]").innerText(), /Step 2\s+Lock period/);
      assert.equal(await nextButton(page).isDisabled(), true);
      await page.getByRole("button", { name: "Back" }).click();
      assert.equal(await amountField(page).inputValue(), "1500");
      await nextButton(page).click();
      await page.getByRole("radio", { name: /^30 days/ }).check();
      assert.match(await page.getByTestId("bonus-list").innerText(), /Not yet/);
      await snapshot(page, "stake-step2-lock");
      await nextButton(page).click();
      await figure(page, "review-reward");
      await snapshot(page, "stake-step3-review");
      await nextButton(page).click();
      const blockBefore = await chainClient.getBlockNumber();
      await page.getByRole("button", { name: "Sign permit and stake" }).click();
      await rejectInWallet(page);
      assert.match(await toastText(page, "warning"), /rejected the request in your wallet/);
      assert.equal(await chainClient.getBlockNumber(), blockBefore);
    });
  });

  const tiers: readonly (readonly [number, string, number, string])[] = [
    [5, "1500", 30, "Bronze"],
    [4, "12000", 90, "Silver"],
    [3, "60000", 180, "Gold"],
    [2, "150000", 365, "Platinum"],
    [1, "550000", 90, "Diamond"],
  ];
  const minted = new Map<number, bigint>();
  for (const [account, amount, lockDays, tier] of tiers) {
    it(`account ${account} stakes ${amount} DTA for ${lockDays} days: a ${tier} position on-chain`, async () => {
      const page = await openStake(browser, account);
      const balanceBefore = await dtaBalance(accounts[account]!);
      const tokenId = await stakeThroughWizard(page, amount, lockDays, tier);
      minted.set(account, tokenId);
      const onChain = await position(tokenId);
      assert.equal(onChain.owner, accounts[account]);
      assert.equal(onChain.principal, dta(amount));
      assert.equal(onChain.lockDays, BigInt(lockDays));
      assert.equal(["Bronze", "Silver", "Gold", "Platinum", "Diamond"][onChain.tier], tier);
      assert.equal(await dtaBalance(accounts[account]!), balanceBefore - dta(amount));
      await page.locator(`[data-testid=position][data-token-id="${tokenId}"]`).waitFor();
      if (tier === "Diamond") await snapshot(page, "stake-receipt-diamond");
      await page.context().close();
    });
  }

  it("shows the pool: total staked and staked per tier match the chain", async () => {
    const page = await openApp(browser, "/stake", 0);
    assert.equal(await figure(page, "total-staked"), (await readStaking("totalStaked", [])) as bigint);
    // The seed holds one demo position per tier too, so the page must show the chain's totals, which include
    // this suite's positions.
    const diamond = (await readStaking("totalStakedByTier", [4])) as bigint;
    const gold = (await readStaking("totalStakedByTier", [2])) as bigint;
    assert.ok(diamond >= dta("550000") && gold >= dta("60000"));
    assert.equal(await figure(page, "staked-Diamond"), diamond);
    assert.equal(await figure(page, "staked-Gold"), gold);
    await snapshot(page, "stake-pool");
    await page.context().close();
  });

  it("earned ticks each second from the on-chain figures; claim and compound after 10 days", async () => {
    await advanceTime(10 * DAY);
    const page = await openStake(browser, 1);
    const id = minted.get(1)!;
    const card = page.locator(`[data-testid=position][data-token-id="${id}"]`);
    await card.waitFor();
    const first = BigInt((await card.getByTestId("position-earned").getAttribute("data-value")) ?? "0");
    await page.waitForTimeout(2_100);
    const second = BigInt((await card.getByTestId("position-earned").getAttribute("data-value")) ?? "0");
    assert.ok(second > first, `earned should tick: ${first} → ${second}`);

    const balanceBefore = await dtaBalance(accounts[1]!);
    await card.getByRole("button", { name: "Claim" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Claim rewards of position/);
    const claimed = (await position(id)).claimed;
    assert.ok(claimed > 0n);
    assert.equal(await dtaBalance(accounts[1]!), balanceBefore + claimed);

    await page.waitForTimeout(1_500);
    await advanceTime(DAY);
    await page.reload();
    await card.getByRole("button", { name: "Compound" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Compound position/);
    assert.ok((await position(id)).principal > dta("550000"));
    await snapshot(page, "stake-positions-diamond");
    await page.context().close();
  });

  it("delegates voting power: a bad address is refused; to another account and back to self", async () => {
    const page = await openStake(browser, 2);
    const [own, other] = [accounts[2]!, accounts[3]!];
    // Receiving a position self-delegates, so the Platinum position already counts: 150,000 × 2.0.
    assert.equal((await readStaking("getVotes", [own])) as bigint, dta("300000"));
    await page.getByTestId("current-delegate").getByText("Yourself").waitFor();
    const input = page.getByLabel("Delegate to address");
    await input.fill("0x1234");
    await input.blur();
    await page.getByText("That isn't a valid address").waitFor();
    assert.equal(await page.getByRole("button", { name: "Delegate", exact: true }).isDisabled(), true);
    const otherBefore = (await readStaking("getVotes", [other])) as bigint;
    await input.fill(other);
    await page.getByRole("button", { name: "Delegate", exact: true }).click();
    await confirmInWallet(page);
    await confirmed(page, /Delegate voting power to 0x90F7…b906/);
    assert.equal((await readStaking("getVotes", [other])) as bigint, otherBefore + dta("300000"));
    await page.locator(`[data-testid=votes][data-value="0"]`).waitFor();
    await page.getByRole("button", { name: "Delegate to myself" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Delegate voting power to yourself/);
    await page.locator(`[data-testid=votes][data-value="${dta("300000")}"]`).waitFor();
    await page.context().close();
  });

  it("early unstake spells out the penalty before signing, then burns 10%", async () => {
    const page = await openStake(browser, 5);
    const tokenId = await stakeThroughWizard(page, "1000", 90, "Bronze");
    const card = page.locator(`[data-testid=position][data-token-id="${tokenId}"]`);
    await card.getByRole("button", { name: "Early unstake…" }).click();
    const warning = await card.getByTestId("early-unstake-warning").innerText();
    assert.match(warning, /You will lose 100 DTA \(burned\) and forfeit [\d,.]+ DTA of unearned rewards/);
    const balanceBefore = await dtaBalance(accounts[5]!);
    await card.getByRole("button", { name: /Unstake early and burn 100 DTA/ }).click();
    await confirmInWallet(page);
    await confirmed(page, /Early unstake of position/);
    const gained = (await dtaBalance(accounts[5]!)) - balanceBefore;
    assert.ok(gained >= dta("900") && gained < dta("901"), `got back ${gained}`);
    await card.waitFor({ state: "detached" });
    await page.context().close();
  });

  it("unstakes the 30-day Bronze position after it unlocks (31 days in total)", async () => {
    await advanceTime(20 * DAY);
    const page = await openStake(browser, 5);
    const id = minted.get(5)!;
    const card = page.locator(`[data-testid=position][data-token-id="${id}"]`);
    const balanceBefore = await dtaBalance(accounts[5]!);
    await card.getByRole("button", { name: "Unstake", exact: true }).waitFor();
    assert.equal(await card.getByRole("button", { name: "Add to position" }).count(), 0);
    await card.getByRole("button", { name: "Unstake", exact: true }).click();
    await confirmInWallet(page);
    await confirmed(page, /Unstake position/);
    assert.ok((await dtaBalance(accounts[5]!)) - balanceBefore > dta("1500"));
    await page.getByText("No positions yet").waitFor();
    await page.context().close();
  });

  it("adds 1,000 DTA to the locked Diamond position: the lock restart and new unlock show before one permit + one tx", async () => {
    const page = await openStake(browser, 1);
    const id = minted.get(1)!;
    const card = page.locator(`[data-testid=position][data-token-id="${id}"]`);
    const toggle = card.getByRole("button", { name: "Add to position" });
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    const input = card.getByLabel("Amount to add (DTA)");
    const confirmButton = card.getByRole("button", { name: "Confirm top-up" });
    const blockBefore = await chainClient.getBlockNumber();
    await input.fill("0");
    await card.getByText(/greater than zero/).waitFor();
    assert.equal(await confirmButton.isDisabled(), true);
    await input.press("Enter");
    assert.equal(await chainClient.getBlockNumber(), blockBefore);

    const before = (await position(id)).principal;
    const unlockBefore = (await position(id)).unlock;
    await input.fill("1000");
    assert.ok((await figure(page, "add-new-principal")) >= before + dta("1000"));
    assert.match(await card.getByTestId("add-new-principal").innerText(), /earned rewards fold in/);
    // Before signing: the lock restarts for the position's whole 90 days, with the new unlock date spelled out.
    const restart = card.getByTestId("add-new-unlock");
    const shownUnlock = BigInt((await restart.getAttribute("data-value")) ?? "0");
    const restartText = await restart.innerText();
    assert.match(restartText, /The lock restarts: a top-up locks the whole position for 90 days again/);
    assert.ok(restartText.includes(formatUnlockDate(shownUnlock)), restartText);
    assert.ok(restartText.includes(`instead of ${formatUnlockDate(unlockBefore)}`), restartText);
    const chainNow = (await chainClient.getBlock()).timestamp;
    assert.ok(shownUnlock >= chainNow + 90n * 86_400n && shownUnlock > unlockBefore, `shown ${shownUnlock}`);
    await snapshot(page, "stake-top-up-restart");
    await input.press("Enter");
    await page.getByRole("dialog", { name: /Sign Permit for Digital Twin AI Token/ }).waitFor();
    await confirmInWallet(page);
    await page.getByRole("dialog", { name: /Confirm transaction/ }).waitFor();
    await confirmInWallet(page);
    await confirmed(page, /Add 1,000 DTA to position/);
    const { principal: after, unlock } = await position(id);
    assert.ok(after >= before + dta("1000"), `principal ${before} → ${after}`);
    // The chain restarted the lock to the date shown (a few seconds pass between reading it and mining).
    assert.ok(
      unlock >= shownUnlock && unlock - shownUnlock < 300n,
      `chain unlock ${unlock}, shown ${shownUnlock}`,
    );
    await card.locator(`[data-testid=position-amount][data-value="${after}"]`).waitFor();
    await card.getByTestId("add-to-position").waitFor({ state: "detached" });
    await page.context().close();
  });

  it("looks right at 375 px", async () => {
    const page = await openAppAtWidth(browser, "/stake", 375, 3);
    await connectDevWallet(page);
    await page.locator("[data-testid=position]").first().waitFor();
    // Account 3 staked its whole balance, so any amount is above it.
    await amountField(page).fill("500");
    await page.getByText(/more than your balance of 0 DTA/).waitFor();
    await snapshot(page, "stake-mobile-375");
    // The staking page's own content fits; the shared header's nav is outside this page's scope.
    const overflow = await page.evaluate(() => (document.querySelector("main")?.scrollWidth ?? 0) > 375);
    assert.equal(overflow, false, "the staking page's content fits 375 px without horizontal scroll");
    await page.context().close();
  });
});
