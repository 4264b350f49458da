/**
 * Governance in the browser with the dev wallet: a proposal through the stepper (every bad input — missing
 * title or description, no options, unnamed options, 11 options, an out-of-range rate, a bad address, bad
 * calldata, too few votes — stops with its message and sends nothing; then permit + one proposeWithPermit),
 * three votes with reasons (two with gas, one gasless through the app's relay, which keeps the reason), a
 * second vote refused by the panel and by the relay, time travel past review and voting, queue and execute
 * from the page, and the changed service burn rate shown before and after. Accounts 3 (proposer), 4 and 5
 * stake timelock DTA before proposing (votes are checkpointed at the snapshot); account 6 has no votes.
 * Time travels: the runner reverts the chain after this file.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Address } from "viem";
import { ballotTypedData, nonceKey } from "../../lib/governance/ballot";
import { sqrtWeight } from "../../lib/governance/quadratic";
import {
  advanceTime,
  BASE_URL,
  chainClient,
  confirmInWallet,
  devAccounts,
  launchBrowser,
  openAppAtWidth,
  openConnected,
  sendsNothing,
  snapshot,
  walletClient,
} from "./browser";
import {
  DAY,
  burnBps,
  dta,
  governor,
  grantFromTimelock,
  hasVoted,
  proposalState,
  stakeFor,
  voteReasons,
} from "./governanceHelpers";
import { stepIs } from "./marketplaceHelpers";
import { confirmed, nextButton } from "./stakingHelpers";

const PROPOSER = 3;
const VOTER = 4;
const GASLESS = 5;
const NO_VOTES = 6;

describe("governance", () => {
  let browser: Browser;
  let accounts: Address[];
  let proposalId: bigint;

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    const [p, v, g] = [accounts[PROPOSER]!, accounts[VOTER]!, accounts[GASLESS]!];
    await grantFromTimelock([p], dta("1120000"));
    await grantFromTimelock([v, g], dta("200000"));
    await stakeFor(p, dta("1100000"));
    await stakeFor(v, dta("200000"));
    await stakeFor(g, dta("200000"));
    await advanceTime(2);
  });
  after(async () => browser?.close());

  const open = (path: string, account: number) => openConnected(browser, path, account);

  async function refusedWith(page: Page, account: number, message: RegExp, step: string): Promise<void> {
    await sendsNothing(page, account, async () => {
      await nextButton(page).press("Enter");
      await page.getByRole("alert").getByText(message).first().waitFor();
      await stepIs(page, step);
    });
  }

  it("refuses a proposer below the 1,000,000-vote threshold before any signature", async () => {
    const page = await open("/governance/new", NO_VOTES);
    await page.getByLabel("Title").fill("A proposal without votes");
    await page.getByLabel("Description").fill("Nobody stands behind it.");
    await nextButton(page).click();
    await nextButton(page).click();
    await stepIs(page, "Step 3 of 5: Actions");
    await page.getByLabel("New service burn rate (%)").fill("3");
    await nextButton(page).click();
    await stepIs(page, "Step 4 of 5: Threshold and deposit");
    await refusedWith(
      page,
      NO_VOTES,
      /Proposing needs 1,000,000 votes; you have 0/,
      "Step 4 of 5: Threshold and deposit",
    );
    await page.context().close();
  });

  it("creates a proposal through the stepper: every bad input stops with its message; permit + one transaction", async () => {
    const page = await open("/governance/new", PROPOSER);
    await stepIs(page, "Step 1 of 5: Committee");
    await refusedWith(page, PROPOSER, /Enter the proposal's title/, "Step 1 of 5: Committee");
    await page.getByLabel("Title").fill("Raise the service burn rate to 3%");
    await refusedWith(page, PROPOSER, /Describe what the proposal changes and why/, "Step 1 of 5: Committee");
    await page.getByLabel("Description").fill("More of every AI service payment is burned: 2% → 3%.");
    await page.getByLabel(/^Economic Committee/).check();
    await nextButton(page).click();

    const kind = "Step 2 of 5: Kind and options";
    await stepIs(page, kind);
    await page.getByLabel(/^Multi-option/).check();
    await refusedWith(page, PROPOSER, /Option 1 has no name/, kind);
    await page.getByRole("button", { name: "Remove option 2" }).click();
    await page.getByRole("button", { name: "Remove option 1" }).click();
    await refusedWith(page, PROPOSER, /needs at least 2 options to choose between \(it has 0\)/, kind);
    for (let i = 0; i < 11; i++) await page.getByRole("button", { name: "Add an option" }).click();
    await refusedWith(page, PROPOSER, /at most 10 options \(this one has 11\)/, kind);
    await page.getByLabel(/^For \/ Against \/ Abstain/).check();
    await nextButton(page).click();

    const actions = "Step 3 of 5: Actions";
    await stepIs(page, actions);
    await refusedWith(page, PROPOSER, /The proposal has no action/, actions);
    await page.getByRole("button", { name: "Add an action" }).click();
    await page.getByText(/Now 2\.00% of every service payment is burned/).waitFor();
    await page.getByLabel("New service burn rate (%)").fill("9");
    await refusedWith(page, PROPOSER, /between 2% and 5%/, actions);
    await page.getByLabel("Action 1").selectOption("raw");
    await page.getByLabel("Target address").fill("0x1234");
    await page.getByLabel("Calldata (hex)").fill("0x12345678");
    await refusedWith(page, PROPOSER, /"0x1234" is not a valid address/, actions);
    await page.getByLabel("Target address").fill(governor.address);
    await page.getByLabel("Calldata (hex)").fill("0xzz12");
    await refusedWith(page, PROPOSER, /calldata must be hex/, actions);
    await page.getByLabel("Calldata (hex)").fill("0xdeadbeef");
    await refusedWith(page, PROPOSER, /doesn't match any function of DTAGovernor/, actions);
    await page.getByLabel("Action 1").selectOption("serviceBurnRate");
    await page.getByLabel("New service burn rate (%)").fill("3");
    await page.getByText("Will run: Set the marketplace service burn rate to 3.00%.").waitFor();
    await nextButton(page).click();

    await stepIs(page, "Step 4 of 5: Threshold and deposit");
    await page
      .getByTestId("proposal-review")
      .getByText("Set the marketplace service burn rate to 3.00%")
      .waitFor();
    await page
      .getByTestId("my-votes")
      .getByText(/1,100,000 of 1,000,000 needed/)
      .waitFor();
    await snapshot(page, "governance-new-deposit");
    await nextButton(page).click();
    await page
      .getByTestId("propose-signing")
      .getByText(/proposeWithPermit/)
      .waitFor();
    const balanceBefore = await chainClient.readContract({
      address: governor.address,
      abi: governor.abi,
      functionName: "depositsHeld",
    });
    await page.getByRole("button", { name: "Sign permit and propose" }).click();
    await confirmInWallet(page); // the permit (no gas)
    await confirmInWallet(page); // the one transaction
    await page.waitForURL(/\/governance\/\d+$/, { timeout: 60_000 });
    proposalId = BigInt(new URL(page.url()).pathname.split("/").pop()!);
    assert.equal(await proposalState(proposalId), 0, "in review");
    const held = await chainClient.readContract({ ...governor, functionName: "depositsHeld" });
    assert.equal(held - balanceBefore, dta("10000"), "the deposit is held");
    await page.getByTestId("proposal-state").getByText("Review").waitFor();
    await page.getByRole("heading", { name: "Raise the service burn rate to 3%" }).waitFor();
    await page.context().close();
  });

  it("votes from three accounts with reasons, one without gas; a second vote is refused by the panel and the relay", async () => {
    await advanceTime(2 * DAY + 60);
    assert.equal(await proposalState(proposalId), 1, "active");
    const path = `/governance/${proposalId}`;
    const votes: readonly (readonly [number, string, string, boolean])[] = [
      [PROPOSER, "For", "Burning more ties supply to real use.", false],
      [VOTER, "Against", "Providers' margins are thin already.", false],
      [GASLESS, "For", "Cheap to try; we can lower it again.", true],
    ];
    for (const [account, choice, reason, gasless] of votes) {
      const page = await open(path, account);
      await page
        .getByTestId("my-sqrt-weight")
        .getByText(/Your √ weight: /)
        .waitFor();
      await page.getByLabel(choice, { exact: true }).check();
      await page.getByLabel(/^Reason/).fill(reason);
      if (gasless) {
        await page
          .getByTestId("relay-status")
          .getByText(/It can still pay for \d+ votes/)
          .waitFor();
        const gasBefore = await chainClient.getBalance({ address: accounts[account]! });
        await page.getByRole("button", { name: "Vote without gas" }).click();
        await confirmInWallet(page); // the signature only
        await confirmed(page, /relay paid the gas/);
        assert.equal(
          await chainClient.getBalance({ address: accounts[account]! }),
          gasBefore,
          "the voter paid no gas",
        );
      } else {
        await page.getByRole("button", { name: "Vote", exact: true }).click();
        await confirmInWallet(page);
        await confirmed(page, new RegExp(`Vote ${choice}`));
      }
      assert.equal(await hasVoted(proposalId, accounts[account]!), true);
      if (account === PROPOSER) {
        await sendsNothing(page, account, async () => {
          await page.getByRole("button", { name: "Vote", exact: true }).click();
          await page
            .getByRole("alert")
            .getByText("You already voted on this proposal. A vote can't be changed.")
            .waitFor();
        });
      }
      await page.context().close();
    }
    const reasons = await voteReasons(proposalId);
    for (const [account, , reason] of votes)
      assert.equal(reasons.get(accounts[account]!.toLowerCase()), reason);

    // The relay checks before it pays: a second signed vote of the gasless voter is refused with its message.
    const voter = accounts[GASLESS]!;
    const [, name, version, chainId, verifyingContract] = await chainClient.readContract({
      ...governor,
      functionName: "eip712Domain",
    });
    const nonce = await chainClient.readContract({
      ...governor,
      functionName: "nonces",
      args: [voter, nonceKey(proposalId)],
    });
    const typed = ballotTypedData(
      { name, version, chainId: Number(chainId), verifyingContract },
      { proposalId, support: 0, voter, nonce, reason: "Changed my mind" },
    );
    const signature = await walletClient.signTypedData({ account: voter, ...typed });
    const res = await fetch(`${BASE_URL}/api/relay`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        proposalId: proposalId.toString(),
        support: 0,
        voter,
        reason: "Changed my mind",
        signature,
      }),
    });
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as { message: string }).message, /already voted on this proposal/);
  });

  it("advances past voting, queues and executes from the page, and shows the burn rate before and after", async () => {
    await advanceTime(5 * DAY + 60);
    assert.equal(await proposalState(proposalId), 4, "succeeded");
    const page = await open(`/governance/${proposalId}`, VOTER);
    const result = page.getByTestId("result-1");
    await result.waitFor();
    const weight = async (i: number) =>
      BigInt((await page.getByTestId(`result-${i}`).getAttribute("data-sqrt")) ?? "-1");
    const [big, small] = [sqrtWeight(dta("1100000")), sqrtWeight(dta("200000"))];
    assert.equal(await weight(1), big + small, "For: √ of each voter's votes, summed");
    assert.equal(await weight(0), small, "Against");
    await page.getByText(/queue it in the timelock now \(this refunds the deposit\)/).waitFor();
    await page
      .getByText("Deposit 10,000 DTA: held until the proposal is queued, which refunds it.")
      .waitFor();
    assert.equal(
      await page.getByTestId("settle-deposit").count(),
      0,
      "queuing refunds: no second Settle panel",
    );
    await page.getByRole("button", { name: "Queue in the timelock" }).click();
    await confirmInWallet(page);
    await page.getByTestId("proposal-state").getByText("Queued").waitFor();
    assert.equal(await proposalState(proposalId), 5);
    await page.context().close();
    await advanceTime(2 * DAY + 60);
    const runner = await open(`/governance/${proposalId}`, NO_VOTES);
    await runner.getByRole("button", { name: "Execute" }).click();
    await confirmInWallet(runner);
    await runner.getByTestId("proposal-state").getByText("Executed").waitFor();
    assert.equal(await burnBps(), 300n);
    await runner
      .getByTestId("proposal-impact")
      .getByText(/Marketplace service burn rate: 2\.00% → 3\.00%/)
      .waitFor();
    await snapshot(runner, "governance-proposal-executed");
    await runner.context().close();

    const phone = await openAppAtWidth(browser, `/governance/${proposalId}`, 390, VOTER);
    await phone.getByTestId("proposal-impact").waitFor();
    await snapshot(phone, "governance-proposal-phone");
    await phone.context().close();
    const form = await open("/governance/new", VOTER);
    await form.getByLabel("Title").fill("Check");
    await form.getByLabel("Description").fill("Current value");
    await nextButton(form).click();
    await nextButton(form).click();
    await form.getByText(/Now 3\.00% of every service payment is burned/).waitFor();
    await form.context().close();
  });
});
