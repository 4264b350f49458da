/**
 * A twin's way out, in the browser with the dev wallet: the registration stepper's local faucet tops up a
 * short balance to exactly the bond; the owner declines a bought job (the buyer gets the
 * whole payment back, to the base unit), then — after the quality oracle suspended the twin, slashed part of
 * its bond and reinstated it — deregisters with the cooldown spelled out and, at the end of this file (its only
 * time travel: 7 days and 1 minute), withdraws the bond minus the slash: the NFT burns and the list no longer
 * shows it. The twin is registered outside the app (the stepper has its own test in twins.e2e.ts). Accounts 9
 * (owner) and 8 (buyer), the twin accounts, are funded from account 0; every balance check is a difference.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { keccak256, parseEventLogs, toHex, type Address, type Hash } from "viem";
import {
  advanceTime,
  chainClient,
  confirmInWallet,
  devAccounts,
  dtaBalance,
  launchBrowser,
  openConnected,
  snapshot,
  transferDta,
  walletClient,
} from "./browser";
import { confirmed, DAY } from "./stakingHelpers";
import { dta, indexerCaughtUp, jobOf, jobRow, registry, twinOf } from "./twinsHelpers";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { formatDta } from "../../lib/format";

const OWNER = 9;
const BUYER = 8;
/** The quality oracle on the local chain (hardhat/scripts/deployParameters.ts LOCAL_ROLES). */
const ORACLE = 6;
const JOB_DECLINED = 3;
const SLASH = dta("500");

describe("a twin's way out: declining a job, deregistering, withdrawing the bond", () => {
  let browser: Browser;
  let accounts: Address[];
  let twinId: bigint;
  let jobId: bigint;

  async function mined(hash: Hash) {
    const receipt = await chainClient.waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, "success");
    return receipt;
  }

  /** A registry call signed outside the app by dev account `account`. */
  function send(account: number, functionName: string, args: readonly unknown[]) {
    return walletClient
      .writeContract({
        ...registry,
        account: accounts[account]!,
        functionName,
        args,
      } as Parameters<typeof walletClient.writeContract>[0])
      .then(mined);
  }

  async function approve(account: number, amount: bigint) {
    await mined(
      await walletClient.writeContract({
        ...contracts["31337"].DTAToken,
        account: accounts[account]!,
        functionName: "approve",
        args: [registry.address, amount],
      }),
    );
  }

  const open = (path: string, account: number) => openConnected(browser, path, account);

  const registryBalance = () => dtaBalance(registry.address);

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
  });
  after(async () => browser?.close());

  it("the stepper's local faucet tops a short balance up to exactly the bond", async () => {
    const owner = accounts[OWNER]!;
    const start = await dtaBalance(owner);
    assert.ok(start < dta("10000"), "the owner starts short of the bond");
    const page = await open("/twins/register", OWNER);
    const faucet = page.getByRole("button", {
      name: `Get ${formatDta(dta("10000") - start)} DTA from the local faucet`,
    });
    await faucet.click();
    await page.locator("[data-testid=register-balance][data-value='100000000']").waitFor();
    assert.equal(await dtaBalance(owner), dta("10000"));
    await page.getByTestId("local-faucet").waitFor({ state: "detached" });
    await page.context().close();

    // The twin this file retires, registered outside the app, and a job bought on it.
    await approve(OWNER, dta("10000"));
    const registered = await send(OWNER, "register", [3, "Exit test streets", "ipfs://bafy-exit-test"]);
    const [event] = parseEventLogs({ abi: registry.abi, logs: registered.logs, eventName: "TwinRegistered" });
    assert.ok(event);
    twinId = event.args.twinId;
    await transferDta(accounts[0]!, accounts[BUYER]!, dta("10"));
    const rate = (await twinOf(twinId)).ratePerHour;
    await approve(BUYER, 4n * rate);
    const bought = await send(BUYER, "buySimulation", [twinId, 4n, rate]);
    const [purchase] = parseEventLogs({
      abi: registry.abi,
      logs: bought.logs,
      eventName: "SimulationPurchased",
    });
    assert.ok(purchase);
    jobId = purchase.args.jobId;
  });

  it("the owner declines a job: the buyer gets the whole payment back and the owner nothing", async () => {
    const page = await open(`/twins/${twinId}`, OWNER);
    await indexerCaughtUp();
    const row = await jobRow(page, jobId, "open");
    const paid = (await jobOf(jobId)).amount;
    const before = await Promise.all([
      dtaBalance(accounts[BUYER]!),
      dtaBalance(accounts[OWNER]!),
      registryBalance(),
    ]);
    await row.getByRole("button", { name: "Decline" }).click();
    await confirmInWallet(page);
    await confirmed(page, new RegExp(`Decline job #${jobId}`));
    const after = await Promise.all([
      dtaBalance(accounts[BUYER]!),
      dtaBalance(accounts[OWNER]!),
      registryBalance(),
    ]);
    assert.equal(after[0], before[0] + paid, "the buyer is refunded to the base unit");
    assert.equal(after[1], before[1], "the owner is paid nothing");
    assert.equal(after[2], before[2] - paid, "the escrow leaves the registry");
    assert.equal((await jobOf(jobId)).status, JOB_DECLINED);
    await indexerCaughtUp();
    await jobRow(page, jobId, "declined");
    await page.context().close();
  });

  it("after a slash, deregistering spells out the cooldown and the bond that comes back", async () => {
    const reason = (text: string) => keccak256(toHex(text));
    await send(ORACLE, "setQuality", [twinId, 40n, reason("exit test: stale data")]);
    await send(ORACLE, "slash", [twinId, SLASH, reason("exit test: slash")]);
    await send(ORACLE, "setQuality", [twinId, 80n, reason("exit test: fixed")]);
    assert.equal((await twinOf(twinId)).bond, dta("10000") - SLASH);

    const page = await open(`/twins/${twinId}`, OWNER);
    await page.getByText(`withdraw the bond (${formatDta(dta("9500"))} DTA after slashes)`).waitFor();
    await page.getByRole("button", { name: `Deregister twin #${twinId}` }).click();
    await confirmInWallet(page);
    await confirmed(page, /Deregister twin/);
    const { cooldownEnds } = await twinOf(twinId);
    const block = await chainClient.getBlock();
    assert.equal(BigInt(cooldownEnds), block.timestamp + 7n * BigInt(DAY));
    const cooldown = page.getByTestId("cooldown");
    await cooldown.getByText(/Deregistering: the bond of 9,500 DTA can be withdrawn from/).waitFor();
    assert.match(await cooldown.innerText(), /\(in (7 days|6 days 23 hours)/);
    await snapshot(page, "twins-deregistering");
    await page.context().close();
  });

  // Time travel from here on (7 days and 1 minute, the file's only one).
  it("after the cooldown the owner withdraws the bond minus the slash; the NFT burns and leaves the list", async () => {
    await advanceTime(7 * DAY + 60);
    const page = await open(`/twins/${twinId}`, OWNER);
    const { bond, unclaimed } = await twinOf(twinId);
    assert.equal(bond, dta("10000") - SLASH);
    const button = page.getByRole("button", { name: `Withdraw ${formatDta(bond + unclaimed)} DTA` });
    await button.waitFor();
    const before = await Promise.all([dtaBalance(accounts[OWNER]!), registryBalance()]);
    await button.click();
    await confirmInWallet(page);
    await confirmed(page, /Withdraw twin/);
    const after = await Promise.all([dtaBalance(accounts[OWNER]!), registryBalance()]);
    assert.equal(
      after[0],
      before[0] + bond + unclaimed,
      "the bond minus the slash and the rewards come back",
    );
    assert.equal(after[1], before[1] - bond - unclaimed);
    await assert.rejects(
      chainClient.readContract({ ...registry, functionName: "ownerOf", args: [twinId] }),
      "the twin NFT is burned",
    );
    await page.getByText(`Twin #${twinId} was withdrawn`).waitFor();
    await page.context().close();

    await indexerCaughtUp();
    const list = await open(`/twins?owner=${accounts[OWNER]!.toLowerCase()}`, OWNER);
    await list
      .locator("[data-testid=twins-table-row]")
      .or(list.getByText("This address has no twins yet"))
      .first()
      .waitFor();
    assert.equal(await list.locator(`[data-twin-id="${twinId}"]`).count(), 0, "the list no longer shows it");
    await list.getByLabel("Status").selectOption("withdrawn");
    await list.locator(`[data-twin-id="${twinId}"]`).waitFor();
    await list.context().close();
  });
});
