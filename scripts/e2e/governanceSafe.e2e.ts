/**
 * Committee Safes in the browser, on-chain approvals without a Safe transaction service: two owners of the
 * Economic Committee Safe veto a proposal in review (one approval leaves "Submit veto" disabled and says why; two
 * veto it even while DTA is paused — the 10,000 DTA deposit stays held, the "Settle deposit" panel's button is
 * disabled with the pause's reason until unpause, then burns it), and two owners of the Technical Committee Safe approve an upgrade-class proposal that the page
 * refused to execute before. The owners are read from the Safes (dev accounts #10–#15 locally); account 5
 * proposes through the governor directly with 1,100,000 staked votes; account 0 owns no Safe.
 * Time travels: the runner reverts the chain after this file.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { encodeFunctionData, keccak256, stringToBytes, type Address, type Hex } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { shortAddress } from "../../lib/format";
import { DepositState } from "../../lib/governance/deposit";
import {
  advanceTime,
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  launchBrowser,
  openAppAtWidth,
  openConnected,
  sendsNothing,
  snapshot,
  testClient,
  walletClient,
} from "./browser";
import { DAY, dta, governor, grantFromTimelock, proposalState, stakeFor } from "./governanceHelpers";

const c = contracts["31337"];
const PROPOSER = 5;
const OUTSIDER = 0;
const Committee = { Technical: 0, Economic: 1 } as const;
const State = { Pending: 0, Active: 1, Canceled: 2, Succeeded: 4, Queued: 5, Executed: 7 } as const;

async function mined(hash: Hex) {
  const receipt = await chainClient.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, "success", `transaction ${hash} reverted`);
  return receipt;
}

/** Dev-account indexes of a Safe's owners, read from the Safe. */
async function ownerIndexes(safe: Address, accounts: readonly Address[]): Promise<number[]> {
  const owners = await chainClient.readContract({
    ...c.TechnicalCommittee,
    address: safe,
    functionName: "getOwners",
  });
  const indexes = owners.map((o) => accounts.findIndex((a) => a.toLowerCase() === o.toLowerCase()));
  assert.ok(
    indexes.every((i) => i >= 0 && i < 20),
    "every owner is a dev wallet account",
  );
  return indexes.sort((a, b) => a - b);
}

/** DTA's guardian (the Security Council Safe, impersonated) pauses or resumes the token. */
async function setPaused(paused: boolean): Promise<void> {
  const council = c.SecurityCouncil.address;
  await testClient.impersonateAccount({ address: council });
  await testClient.setBalance({ address: council, value: 10n ** 19n });
  await mined(
    await walletClient.writeContract({
      ...c.DTAToken,
      account: council,
      functionName: paused ? "pause" : "unpause",
    }),
  );
  await testClient.stopImpersonatingAccount({ address: council });
}

/** Nothing on the page is wider than a 390 px phone. */
async function fitsPhone(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width} px wide at 390 px`);
}

const approvals = (page: Page, count: number) =>
  page.locator(`[data-testid=safe-approvals][data-count="${count}"]`).waitFor();

describe("committee Safes in the browser", () => {
  let browser: Browser;
  let accounts: Address[];
  let proposer: Address;
  let vetoId: bigint;
  let upgradeId: bigint;
  let upgradeActions: readonly [Address[], bigint[], Hex[]];
  const upgradeDescription =
    "# Re-point the data-quality bonus source\nUpgrade-class: needs the Technical Committee.";

  async function propose(committee: number, target: Address, data: Hex, description: string) {
    await mined(
      await walletClient.writeContract({
        ...c.DTAToken,
        account: proposer,
        functionName: "approve",
        args: [governor.address, dta("10000")],
      }),
    );
    const { request, result } = await chainClient.simulateContract({
      ...governor,
      account: proposer,
      functionName: "proposeWithCommittee",
      args: [committee, [{ targets: [target], values: [0n], calldatas: [data] }], description],
    });
    await mined(await walletClient.writeContract(request));
    return result;
  }

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    proposer = accounts[PROPOSER]!;
    await grantFromTimelock([proposer], dta("1120000"));
    await stakeFor(proposer, dta("1100000"));
    await advanceTime(2);
    vetoId = await propose(
      Committee.Economic,
      c.DTAToken.address,
      encodeFunctionData({ abi: c.DTAToken.abi, functionName: "transfer", args: [proposer, dta("500000")] }),
      "# Pay 500,000 DTA to the proposer\nThe Economic Committee should veto this.",
    );
    const source = await chainClient.readContract({
      ...c.DTAStaking,
      functionName: "bonusSource",
      args: [1],
    });
    const data = encodeFunctionData({
      abi: c.DTAStaking.abi,
      functionName: "setBonusSource",
      args: [1, source],
    });
    upgradeActions = [[c.DTAStaking.address], [0n], [data]];
    upgradeId = await propose(Committee.Technical, c.DTAStaking.address, data, upgradeDescription);
  });
  after(async () => browser?.close());

  it("shows a non-owner who can veto, at 1280 and 390 px", async () => {
    const owners = await ownerIndexes(c.EconomicCommittee.address, accounts);
    const page = await openConnected(browser, `/governance/${vetoId}`, OUTSIDER);
    await page.getByRole("heading", { name: "Economic Committee veto" }).waitFor();
    const note = page.getByTestId("safe-not-owner");
    await note.getByText(/aren't an owner of the Economic Committee Safe/).waitFor();
    const text = await note.innerText();
    assert.match(text, /Any 2 of its owners can:/);
    for (const i of owners) assert.ok(text.includes(shortAddress(accounts[i]!)), `owner #${i} is named`);
    await page
      .getByTestId("veto-window")
      .getByText(/The review window closes in 1 day/)
      .waitFor();
    assert.equal(await page.getByRole("button", { name: "Approve veto" }).count(), 0);
    await snapshot(page, "governance-safe-outsider-1280");
    await page.context().close();
    const narrow = await openAppAtWidth(browser, `/governance/${vetoId}`, 390, OUTSIDER);
    await connectDevWallet(narrow);
    await narrow.getByTestId("safe-not-owner").waitFor();
    await fitsPhone(narrow);
    await snapshot(narrow, "governance-safe-outsider-390");
    await narrow.context().close();
  });

  it("vetoes through the Economic Committee Safe: 1 approval is not enough; 2 veto even while DTA is paused, and the held deposit burns once settled after unpause", async () => {
    const [first, second] = await ownerIndexes(c.EconomicCommittee.address, accounts);
    const one = await openConnected(browser, `/governance/${vetoId}`, first!);
    await approvals(one, 0);
    await one.getByRole("button", { name: "Approve veto" }).click();
    await confirmInWallet(one);
    await approvals(one, 1);
    const submit = one.getByRole("button", { name: "Submit veto" });
    assert.equal(await submit.isDisabled(), true, "one approval can't submit");
    await one
      .getByTestId("safe-submit-why")
      .getByText(/1 of 2 owner approvals: 1 more owner needs to approve/)
      .waitFor();
    await one.getByRole("button", { name: "You approved" }).waitFor();
    await snapshot(one, "governance-safe-owner-1280");
    await one.context().close();
    const narrow = await openAppAtWidth(browser, `/governance/${vetoId}`, 390, first!);
    await connectDevWallet(narrow);
    await approvals(narrow, 1);
    await narrow.getByRole("button", { name: "Submit veto" }).waitFor();
    await fitsPhone(narrow);
    await snapshot(narrow, "governance-safe-owner-390");
    await narrow.context().close();
    assert.equal(await proposalState(vetoId), State.Pending);

    const two = await openConnected(browser, `/governance/${vetoId}`, second!);
    await approvals(two, 1);
    await two.getByRole("button", { name: "Approve veto" }).click();
    await confirmInWallet(two);
    await approvals(two, 2);
    const submitTwo = two.getByRole("button", { name: "Submit veto" });
    await two.waitForFunction(() => !document.querySelector("[data-testid=safe-submit-why]"));

    // DTA paused after the page read it: the veto still goes through; the deposit can't burn, so it stays held.
    await setPaused(true);
    const supplyBefore = await chainClient.readContract({ ...c.DTAToken, functionName: "totalSupply" });
    const fromBlock = await chainClient.getBlockNumber();
    await submitTwo.click();
    await confirmInWallet(two);
    await two.getByTestId("proposal-state").getByText("Vetoed").waitFor();
    assert.equal(await proposalState(vetoId), State.Canceled);
    const meta = await chainClient.readContract({
      ...governor,
      functionName: "proposalMeta",
      args: [vetoId],
    });
    assert.equal(meta.vetoed, true);
    assert.equal(meta.depositState, DepositState.Held, "the paused token kept the deposit held");
    const deferred = await chainClient.getContractEvents({
      ...governor,
      eventName: "DepositSettlementDeferred",
      fromBlock,
    });
    assert.ok(deferred.some((l) => l.args.proposalId === vetoId));
    const panel = two.getByTestId("settle-deposit");
    await panel.getByText(/burns it/).waitFor();
    await panel.getByText(/because its committee vetoed it/).waitFor();

    // While DTA is still paused the panel's button is disabled and says why.
    const settle = two.getByRole("button", { name: "Settle: burn the deposit" });
    await panel
      .getByTestId("write-gate-reason")
      .getByText(/DTA is paused/)
      .waitFor();
    assert.equal(await settle.isDisabled(), true, "no settling while DTA is paused");
    await setPaused(false);
    await two.context().close();

    // After unpause anyone settles it from the panel (a fresh page reads the token unpaused).
    const three = await openConnected(browser, `/governance/${vetoId}`, second!);
    await three.getByRole("button", { name: "Settle: burn the deposit" }).click();
    await confirmInWallet(three);
    await three.getByText("Deposit 10,000 DTA: burned.").waitFor();
    assert.equal(await three.getByTestId("settle-deposit").count(), 0, "the panel is gone once settled");
    const supplyAfter = await chainClient.readContract({ ...c.DTAToken, functionName: "totalSupply" });
    assert.equal(supplyBefore - supplyAfter, dta("10000"), "the deposit was burned");
    const logs = await chainClient.getContractEvents({ ...governor, eventName: "DepositBurned", fromBlock });
    const burned = logs.find((l) => l.args.proposalId === vetoId);
    assert.equal(burned?.args.amount, dta("10000"));
    await three.context().close();
  });

  it("runs an upgrade-class proposal only after 2 Technical Committee owners approved it", async () => {
    const [first, second] = await ownerIndexes(c.TechnicalCommittee.address, accounts);
    await advanceTime(2 * DAY + 60);
    assert.equal(await proposalState(upgradeId), State.Active);
    // Before it succeeds the governor refuses approveUpgrade: the page says so and sends nothing.
    const early = await openConnected(browser, `/governance/${upgradeId}`, first!);
    await early.getByRole("heading", { name: "Technical Committee approval" }).waitFor();
    await sendsNothing(early, first!, async () => {
      await early.getByRole("button", { name: "Approve upgrade" }).click();
      await early
        .getByRole("alert")
        .getByText(/once it has succeeded or is queued; it is Active now/)
        .waitFor();
    });
    await early.context().close();

    await mined(
      await walletClient.writeContract({
        ...governor,
        account: proposer,
        functionName: "castVote",
        args: [upgradeId, 1],
      }),
    );
    await advanceTime(5 * DAY + 60);
    assert.equal(await proposalState(upgradeId), State.Succeeded);
    const queueArgs = [...upgradeActions, keccakDescription(upgradeDescription)] as const;
    await mined(
      await walletClient.writeContract({
        ...governor,
        account: proposer,
        functionName: "queue",
        args: queueArgs,
      }),
    );
    await advanceTime(2 * DAY + 60);

    const runner = await openConnected(browser, `/governance/${upgradeId}`, PROPOSER);
    await sendsNothing(runner, PROPOSER, async () => {
      await runner.getByRole("button", { name: "Execute" }).click();
      await runner
        .getByRole("alert")
        .getByText(/the Technical Committee's Safe must approve it/)
        .waitFor();
    });
    await runner.context().close();

    const one = await openConnected(browser, `/governance/${upgradeId}`, first!);
    await one.getByRole("button", { name: "Approve upgrade" }).click();
    await confirmInWallet(one);
    await approvals(one, 1);
    assert.equal(await one.getByRole("button", { name: "Submit approval" }).isDisabled(), true);
    await one
      .getByTestId("safe-submit-why")
      .getByText(/One approval is not enough/)
      .waitFor();
    await one.context().close();

    const two = await openConnected(browser, `/governance/${upgradeId}`, second!);
    await two.getByRole("button", { name: "Approve upgrade" }).click();
    await confirmInWallet(two);
    await approvals(two, 2);
    await two.getByRole("button", { name: "Submit approval" }).click();
    await confirmInWallet(two);
    await two.getByText(/Approved: the Safe called approveUpgrade/).waitFor();
    assert.equal(
      (await chainClient.readContract({ ...governor, functionName: "proposalMeta", args: [upgradeId] }))
        .upgradeApproved,
      true,
    );
    await two.context().close();

    const run = await openConnected(browser, `/governance/${upgradeId}`, PROPOSER);
    await run.getByRole("button", { name: "Execute" }).click();
    await confirmInWallet(run);
    await run.getByTestId("proposal-state").getByText("Executed").waitFor();
    assert.equal(await proposalState(upgradeId), State.Executed);
    await run.context().close();
  });
});

function keccakDescription(description: string): Hex {
  return keccak256(stringToBytes(description));
}
