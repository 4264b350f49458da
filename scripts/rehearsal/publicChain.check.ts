/**
 * Checks of the public-chain rehearsal (run by scripts/rehearsal/run.ts after the deploy and the build): every
 * genesis bucket and every role on the chain-97 node, then the dashboard built for bscTestnet, read in Chromium
 * by a visitor with no wallet — RainbowKit's connect button, and no local dev wallet on offer.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { getAddress, parseUnits, type Address } from "viem";
import deployedContracts from "../../lib/contracts/generated/deployedContracts";
import { totalsByCustodian, type Custodian } from "../../lib/tokenomics/allocation";
import { readContractMap } from "../../hardhat/scripts/generate-contracts";
import { BASE_URL, figure, launchBrowser, snapshot } from "../e2e/browser";
import { REHEARSAL_CHAIN_ID, ROLES, devAccount, rehearsalClients } from "./accounts";

const RPC_URL = process.env.REHEARSAL_RPC_URL ?? "http://127.0.0.1:8572";
const MAP_FILE = process.env.REHEARSAL_CONTRACT_MAP;
assert.ok(MAP_FILE, "REHEARSAL_CONTRACT_MAP: run this through scripts/rehearsal/run.ts");

/** The ABIs are the committed map's (same artifacts); the addresses are the rehearsal deployment's. */
const abis = deployedContracts["31337"];
type Name = keyof typeof abis;
const deployment = readContractMap(MAP_FILE)[String(REHEARSAL_CHAIN_ID)];
const addressOf = (name: Name): Address => {
  const entry = deployment?.[name];
  assert.ok(entry, `${name} is missing from the chain ${REHEARSAL_CHAIN_ID} contract map`);
  return getAddress(entry.address);
};

/** The contract holding each custodian's genesis allocation, by its name in the contract map. */
const CUSTODIAN_CONTRACT: Record<Custodian, Name> = {
  timelock: "DTATimelock",
  stakingRewardsPool: "DTAStaking",
  twinIncentivesPool: "TwinRegistry",
  aiProviderRewardsPool: "AIMarketplace",
  dataRewardsPool: "DataContributions",
  biveSwapPool: "BiveSwap",
  biveEarlyBonusPool: "BiveSwap",
  vestingCoreTeam: "VestingCoreTeam",
  vestingAdvisors: "VestingAdvisors",
  vestingEarlyContributors: "VestingEarlyContributors",
};

const { publicClient, walletClient } = rehearsalClients(RPC_URL, ROLES.biveHolder);
const deployer = devAccount(ROLES.deployer).address;

/** Burned by a BIVE holder below, so the dashboard's figure can only match a live read of chain 97. */
const BURNED = parseUnits("0.5", 4);

const token = () => ({ address: addressOf("DTAToken"), abi: abis.DTAToken.abi });

function hasRole(name: "DTAToken" | "DTAStaking" | "BiveSwap" | "RevenueDistributor" | "DTATimelock") {
  return (role: `0x${string}`, account: Address) =>
    publicClient.readContract({
      address: addressOf(name),
      abi: abis[name].abi,
      functionName: "hasRole",
      args: [role, account],
    });
}

describe(`public-chain rehearsal: the deployment on chain ${REHEARSAL_CHAIN_ID}`, () => {
  it("runs on chain 97 and the deployer signed every deploy transaction itself", async () => {
    assert.equal(await publicClient.getChainId(), REHEARSAL_CHAIN_ID);
    assert.ok((await publicClient.getTransactionCount({ address: deployer })) > 10);
  });

  it("every genesis bucket holds exactly its allocation and the deployer holds nothing", async () => {
    const expected = new Map<Address, bigint>();
    for (const [custodian, amount] of totalsByCustodian()) {
      const holder = addressOf(CUSTODIAN_CONTRACT[custodian]);
      expected.set(holder, (expected.get(holder) ?? 0n) + amount);
    }
    let held = 0n;
    for (const [holder, amount] of expected) {
      const balance = await publicClient.readContract({
        ...token(),
        functionName: "balanceOf",
        args: [holder],
      });
      assert.equal(balance, amount, `${holder} balance`);
      held += balance;
    }
    assert.equal(held, await publicClient.readContract({ ...token(), functionName: "totalSupply" }));
    assert.equal(
      await publicClient.readContract({ ...token(), functionName: "balanceOf", args: [deployer] }),
      0n,
    );
  });

  it("the timelock holds every admin role, the Security Council every emergency role, the deployer none", async () => {
    const timelock = addressOf("DTATimelock");
    const council = addressOf("SecurityCouncil");
    const read = <N extends "DTAToken" | "DTAStaking" | "BiveSwap">(name: N, fn: "GUARDIAN_ROLE") =>
      publicClient.readContract({ address: addressOf(name), abi: abis[name].abi, functionName: fn });
    const compliance = await publicClient.readContract({ ...token(), functionName: "COMPLIANCE_ROLE" });
    const emergency: Record<"DTAToken" | "DTAStaking" | "BiveSwap" | "RevenueDistributor", `0x${string}`[]> =
      {
        DTAToken: [await read("DTAToken", "GUARDIAN_ROLE"), compliance],
        DTAStaking: [await read("DTAStaking", "GUARDIAN_ROLE")],
        BiveSwap: [await read("BiveSwap", "GUARDIAN_ROLE")],
        RevenueDistributor: [],
      };
    const ADMIN = `0x${"00".repeat(32)}` as const;
    for (const [name, roles] of Object.entries(emergency) as [keyof typeof emergency, `0x${string}`[]][]) {
      const holds = hasRole(name);
      assert.equal(await holds(ADMIN, timelock), true, `${name}: timelock admin`);
      assert.equal(await holds(ADMIN, deployer), false, `${name}: deployer admin`);
      assert.equal(await holds(ADMIN, council), false, `${name}: council admin`);
      for (const role of roles) {
        assert.equal(await holds(role, council), true, `${name}: council ${role}`);
        assert.equal(await holds(role, deployer), false, `${name}: deployer ${role}`);
        assert.equal(await holds(role, timelock), false, `${name}: timelock ${role}`);
      }
    }
    const timelockRoles = hasRole("DTATimelock");
    const proposerRole = await publicClient.readContract({
      address: timelock,
      abi: abis.DTATimelock.abi,
      functionName: "PROPOSER_ROLE",
    });
    // The governor is the only proposer; the interim proposer was removed by the hand-over.
    assert.equal(await timelockRoles(proposerRole, addressOf("DTAGovernor")), true);
    assert.equal(await timelockRoles(proposerRole, devAccount(ROLES.proposer).address), false);
    assert.equal(await timelockRoles(ADMIN, deployer), false);
    assert.equal(await timelockRoles(ADMIN, timelock), true);
  });

  it("the Security Council is a 2-of-3 Safe of the configured owners", async () => {
    const safe = { address: addressOf("SecurityCouncil"), abi: abis.SecurityCouncil.abi };
    const owners = await publicClient.readContract({ ...safe, functionName: "getOwners" });
    assert.deepEqual(
      owners.map((o) => getAddress(o)).sort(),
      ROLES.councilOwners.map((i) => devAccount(i).address).sort(),
    );
    assert.equal(await publicClient.readContract({ ...safe, functionName: "getThreshold" }), 2n);
  });

  it("each committee is a 2-of-3 Safe of its configured owners", async () => {
    for (const [id, role] of [
      ["TechnicalCommittee", "technicalCommittee"],
      ["EconomicCommittee", "economicCommittee"],
      ["PartnershipCouncil", "partnershipCouncil"],
    ] as const) {
      const safe = { address: addressOf(id), abi: abis.SecurityCouncil.abi };
      const owners = await publicClient.readContract({ ...safe, functionName: "getOwners" });
      assert.deepEqual(
        owners.map((o) => getAddress(o)).sort(),
        ROLES[role].map((i) => devAccount(i).address).sort(),
        id,
      );
      assert.equal(await publicClient.readContract({ ...safe, functionName: "getThreshold" }), 2n);
    }
  });

  it("a legacy BIVE holder swaps and burns with a locally signed key", async () => {
    const swap = { address: addressOf("BiveSwap"), abi: abis.BiveSwap.abi };
    const bive = { address: addressOf("BIVE"), abi: abis.BIVE.abi };
    const amount = parseUnits("10", 18);
    const send = async (hash: Promise<`0x${string}`>) => {
      const receipt = await publicClient.waitForTransactionReceipt({ hash: await hash });
      assert.equal(receipt.status, "success");
    };
    await send(
      walletClient.writeContract({ ...bive, functionName: "approve", args: [swap.address, amount] }),
    );
    await send(walletClient.writeContract({ ...swap, functionName: "swap", args: [amount] }));
    await send(walletClient.writeContract({ ...token(), functionName: "burn", args: [BURNED] }));
    assert.equal(await publicClient.readContract({ ...token(), functionName: "totalBurned" }), BURNED);
  });
});

describe("public-chain rehearsal: the app built for bscTestnet", () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser();
    // A visitor with no wallet at all: no dev-wallet state, no injected provider.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${BASE_URL}/`);
  });
  after(async () => browser?.close());

  it("reads the dashboard's supply from chain 97", async () => {
    assert.equal(await figure(page, "total-burned"), BURNED);
    assert.equal(await figure(page, "total-supply"), parseUnits("1000000000", 4) - BURNED);
    await snapshot(page, "rehearsal-dashboard");
  });

  it("offers RainbowKit's connect button and no local dev wallet", async () => {
    await page.getByRole("button", { name: "Connect wallet" }).first().click();
    const modal = page.getByRole("dialog");
    await modal.waitFor();
    await modal.getByRole("button", { name: "Browser Wallet" }).waitFor();
    assert.equal(await modal.getByRole("button", { name: "Local dev wallet" }).count(), 0);
    await snapshot(page, "rehearsal-connect");
  });
});
