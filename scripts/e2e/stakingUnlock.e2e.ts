/**
 * Staking past unlock: a 90-day position counts 1.25× while locked; once unlocked the card says its weight is
 * still counted until applied and offers "Apply unlock weight" (a permissionless poke), after which card and
 * chain show 1.0× of the principal. It needs 91 days of chain time, more than the shared chain may move for the
 * other suites, so it runs inside an EVM snapshot and reverts the chain (and its clock) afterwards.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Address, Hex } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import {
  advanceTime,
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  launchBrowser,
  openAppAtWidth,
  snapshot,
  testClient,
  walletClient,
} from "./browser";
import { confirmed, DAY, dta, position, readStaking } from "./stakingHelpers";

const { DTAStaking: staking, DTAToken: token } = contracts["31337"];
// Account 0 holds DTA after the other suites (its demo grant is 2.5M); the snapshot returns what it stakes.
const ACCOUNT = 0;

/** Opens a 1,000 DTA, 90-day position for `owner` straight on the chain (the wizard has its own tests). */
async function stakeOnChain(owner: Address): Promise<bigint> {
  const amount = dta("1000");
  for (const hash of [
    await walletClient.writeContract({
      address: token.address,
      abi: token.abi,
      functionName: "approve",
      args: [staking.address, amount],
      account: owner,
    }),
    await walletClient.writeContract({
      address: staking.address,
      abi: staking.abi,
      functionName: "stake",
      args: [amount, 90n],
      account: owner,
    }),
  ]) {
    await chainClient.waitForTransactionReceipt({ hash });
  }
  return chainClient.readContract({
    address: staking.address,
    abi: staking.abi,
    functionName: "totalPositionsOpened",
  });
}

async function openStakeAt(browser: Browser, width: number): Promise<Page> {
  const page = await openAppAtWidth(browser, "/stake", width, ACCOUNT);
  await connectDevWallet(page);
  return page;
}

describe("staking: voting weight past unlock", () => {
  let browser: Browser;
  let owner: Address;
  let snapshotId: Hex;
  let timeBefore: bigint;
  let id: bigint;
  before(async () => {
    browser = await launchBrowser();
    owner = (await devAccounts())[ACCOUNT]!;
    timeBefore = (await chainClient.getBlock()).timestamp;
    snapshotId = await testClient.snapshot();
    id = await stakeOnChain(owner);
  });
  after(async () => {
    await browser?.close();
    await testClient.revert({ id: snapshotId });
    // The other suites find the chain, and its clock, as they left it.
    const now = (await chainClient.getBlock()).timestamp;
    assert.ok(now < timeBefore + BigInt(DAY), `clock reverted: ${timeBefore} → ${now}`);
  });

  it("shows 1.25× while the 90-day position is locked, and no poke to offer", async () => {
    const page = await openStakeAt(browser, 1280);
    const card = page.locator(`[data-testid=position][data-token-id="${id}"]`);
    await card.waitFor();
    assert.equal(await card.getByTestId("position-weight").innerText(), "1.25×");
    await card.locator(`[data-testid=position-votes][data-value="${dta("1250")}"]`).waitFor();
    assert.match(await card.getByTestId("position-voting").innerText(), /while locked; 1\.0× from unlock/);
    assert.equal(await card.getByRole("button", { name: "Apply unlock weight" }).count(), 0);
    await page.context().close();
  });

  it("past unlock shows the weight still counted, applies 1.0× in one click, and the chain agrees", async () => {
    await advanceTime(91 * DAY);
    assert.equal((await position(id)).unlockWeightPending, true);
    const votesBefore = (await readStaking("getVotes", [owner])) as bigint;

    const phone = await openStakeAt(browser, 390);
    await phone
      .locator(`[data-testid=position][data-token-id="${id}"]`)
      .getByTestId("position-weight-pending")
      .waitFor();
    await snapshot(phone, "stake-unlock-weight-pending-390");
    const overflow = await phone.evaluate(() => (document.querySelector("main")?.scrollWidth ?? 0) > 390);
    assert.equal(overflow, false, "the staking page fits 390 px without horizontal scroll");
    await phone.context().close();

    const page = await openStakeAt(browser, 1280);
    const card = page.locator(`[data-testid=position][data-token-id="${id}"]`);
    const pending = card.getByTestId("position-weight-pending");
    await pending.waitFor();
    assert.match(
      await pending.innerText(),
      /still counted at its lock weight until applied: it falls to 1,000 votes/,
    );
    assert.equal(await card.getByTestId("position-weight").innerText(), "1.25×");
    await snapshot(page, "stake-unlock-weight-pending-1280");

    await card.getByRole("button", { name: "Apply unlock weight" }).click();
    await confirmInWallet(page);
    await confirmed(page, new RegExp(`Apply the unlock weight of position #${id}`));
    await card.locator(`[data-testid=position-votes][data-value="${dta("1000")}"]`).waitFor();
    assert.equal(await card.getByTestId("position-weight").innerText(), "1.0×");
    assert.equal(await pending.count(), 0);
    await snapshot(page, "stake-unlock-weight-applied-1280");

    const onChain = await position(id);
    assert.equal(onChain.unlockWeightPending, false);
    assert.equal(onChain.votingUnits, dta("1000"));
    assert.equal((await readStaking("getVotes", [owner])) as bigint, votesBefore - dta("250"));
    await page.context().close();
  });
});
