import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { encodeFunctionData, getAddress, zeroHash, type Address } from "viem";
import { deployGenesis } from "../fixtures/Genesis.ts";
import {
  GENESIS_ALLOCATION,
  GENESIS_SUPPLY,
  TEAM_VESTING_SECONDS,
  allSubAllocations,
  bucketTotal,
  totalsByCustodian,
  type Custodian,
} from "../../lib/tokenomics/allocation.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;

const UNIT = 10n ** 4n;
const million = (n: bigint): bigint => n * 1_000_000n * UNIT;
const DAY = 24n * 60n * 60n;

/** Vesting wallets of the Ignition module, their group name and their default beneficiary (dev account index). */
const VESTING_WALLETS = {
  vestingCoreTeam: ["Core team", 7],
  vestingAdvisors: ["Advisors", 8],
  vestingEarlyContributors: ["Early contributors", 9],
} as const satisfies Partial<Record<Custodian, readonly [string, number]>>;
type VestingKey = keyof typeof VESTING_WALLETS;

function keysOf<T extends object>(record: T): (keyof T & Custodian)[] {
  return Object.keys(record) as (keyof T & Custodian)[];
}

async function walletAt(index: number) {
  const client = (await viem.getWalletClients())[index];
  assert.ok(client, `missing wallet client ${index}`);
  return client;
}

/** The module with the local chain's parameters: proposer #1, Security Council owners #2–#4. */
async function deployDefault() {
  return deployGenesis(connection);
}

/**
 * A custodian's address. The module types its pools and vesting wallets as `ContractFuture<string>`, which
 * hardhat-ignition-viem maps to `never`, so read them through this structural view.
 */
function addressOf(deployed: Record<Custodian, { address: Address }>, custodian: Custodian): Address {
  return deployed[custodian].address;
}

describe("Genesis allocation table", () => {
  it("has 7 buckets and 21 sub-allocations summing to exactly 1,000,000,000 DTA", () => {
    assert.equal(GENESIS_SUPPLY, million(1000n));
    assert.equal(GENESIS_ALLOCATION.length, 7);
    assert.equal(allSubAllocations().length, 21);
    const bucketSum = GENESIS_ALLOCATION.reduce((sum, bucket) => sum + bucketTotal(bucket), 0n);
    assert.equal(bucketSum, GENESIS_SUPPLY);
    const subSum = allSubAllocations().reduce((sum, s) => sum + s.amount, 0n);
    assert.equal(subSum, GENESIS_SUPPLY);
    const custodianSum = [...totalsByCustodian().values()].reduce((sum, amount) => sum + amount, 0n);
    assert.equal(custodianSum, GENESIS_SUPPLY);
  });

  it("matches the spec's bucket amounts and percentages", () => {
    const expected: Record<string, bigint> = {
      ecosystem: million(300n),
      treasury: million(220n),
      burnReserve: million(137n),
      biveSwap: million(110n),
      team: million(100n),
      communityDao: million(100n),
      biveBonus: million(33n),
    };
    assert.deepEqual(
      Object.fromEntries(GENESIS_ALLOCATION.map((bucket) => [bucket.id, bucketTotal(bucket)])),
      expected,
    );
    for (const bucket of GENESIS_ALLOCATION) {
      assert.equal(
        (GENESIS_SUPPLY * BigInt(bucket.basisPoints)) / 10_000n,
        bucketTotal(bucket),
        `${bucket.id} basis points`,
      );
    }
    assert.equal(
      GENESIS_ALLOCATION.reduce((sum, bucket) => sum + bucket.basisPoints, 0),
      10_000,
    );
  });

  it("assigns 470M DTA to the timelock and every other pool to its own custodian", () => {
    const totals = totalsByCustodian();
    assert.equal(totals.size, 10);
    assert.equal(totals.get("timelock"), million(470n));
    assert.equal(totals.get("stakingRewardsPool"), million(120n));
    assert.equal(totals.get("twinIncentivesPool"), million(80n));
    assert.equal(totals.get("aiProviderRewardsPool"), million(60n));
    assert.equal(totals.get("dataRewardsPool"), million(40n));
    assert.equal(totals.get("biveSwapPool"), million(110n));
    assert.equal(totals.get("biveEarlyBonusPool"), million(20n));
    assert.equal(totals.get("vestingCoreTeam"), million(60n));
    assert.equal(totals.get("vestingAdvisors"), million(25n));
    assert.equal(totals.get("vestingEarlyContributors"), million(15n));
  });
});

describe("Genesis deployment (Ignition DTA module)", () => {
  describe("balances", () => {
    it("every custodian holds exactly its allocation and they add up to the total supply", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const { token } = deployed;
      // Several custodian keys may share one contract: compare per holding address.
      const expected = new Map<Address, bigint>();
      for (const [custodian, amount] of totalsByCustodian()) {
        const holder = getAddress(addressOf(deployed, custodian));
        expected.set(holder, (expected.get(holder) ?? 0n) + amount);
      }
      let held = 0n;
      for (const [holder, amount] of expected) {
        const balance = await token.read.balanceOf([holder]);
        assert.equal(balance, amount, `${holder} balance`);
        held += balance;
      }
      assert.equal(held, GENESIS_SUPPLY);
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY);
      assert.equal(await token.read.totalBurned(), 0n);
    });

    it("the timelock and each vesting wallet hold exactly their own allocation", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const publicClient = await viem.getPublicClient();
      const own: Custodian[] = ["timelock", ...keysOf(VESTING_WALLETS)];
      const addresses = own.map((custodian) => addressOf(deployed, custodian));
      assert.equal(new Set(addresses.map((a) => a.toLowerCase())).size, own.length, "distinct contracts");
      for (const custodian of own) {
        const address = addressOf(deployed, custodian);
        const code = await publicClient.getCode({ address });
        assert.ok(code && code.length > 2, `${custodian} has no code`);
        assert.equal(
          await deployed.token.read.balanceOf([address]),
          totalsByCustodian().get(custodian),
          `${custodian} balance`,
        );
      }
    });

    it("the twin registry holds the 80M twin incentive pool, all of it unreserved", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const { token, twinRegistry } = deployed;
      assert.equal(getAddress(addressOf(deployed, "twinIncentivesPool")), getAddress(twinRegistry.address));
      assert.equal(await token.read.balanceOf([twinRegistry.address]), million(80n));
      assert.equal(await twinRegistry.read.poolAvailable(), million(80n));
      assert.equal(await twinRegistry.read.token(), getAddress(token.address));
    });

    it("the AI marketplace holds the 60M AI provider pool, all of it unreserved", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const { token, aiMarketplace } = deployed;
      assert.equal(
        getAddress(addressOf(deployed, "aiProviderRewardsPool")),
        getAddress(aiMarketplace.address),
      );
      assert.equal(await token.read.balanceOf([aiMarketplace.address]), million(60n));
      assert.equal(await aiMarketplace.read.poolAvailable(), million(60n));
      assert.equal(await aiMarketplace.read.totalBonusOwed(), 0n);
      assert.equal(await aiMarketplace.read.token(), getAddress(token.address));
    });

    it("the data contributions contract holds the 40M data pool, all of it unreserved", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const { token, dataContributions } = deployed;
      assert.equal(getAddress(addressOf(deployed, "dataRewardsPool")), getAddress(dataContributions.address));
      assert.equal(await token.read.balanceOf([dataContributions.address]), million(40n));
      assert.equal(await dataContributions.read.poolAvailable(), million(40n));
      assert.equal(await dataContributions.read.totalRewardOwed(), 0n);
      assert.equal(await dataContributions.read.token(), getAddress(token.address));
    });

    it("the deployer ends with 0 DTA", async () => {
      const { token, deployer } = await networkHelpers.loadFixture(deployDefault);
      assert.equal(await token.read.balanceOf([deployer.account.address]), 0n);
    });
  });

  describe("team vesting wallets", () => {
    for (const [key, [group, beneficiaryIndex]] of Object.entries(VESTING_WALLETS) as [
      VestingKey,
      (typeof VESTING_WALLETS)[VestingKey],
    ][]) {
      it(`${key}: "${group}" vests to account ${beneficiaryIndex} over 730 days from genesis`, async () => {
        const deployed = await networkHelpers.loadFixture(deployDefault);
        const wallet = await viem.getContractAt("TeamVesting", addressOf(deployed, key));
        const beneficiary = (await walletAt(beneficiaryIndex)).account.address;
        assert.equal(await wallet.read.group(), group);
        assert.equal(await wallet.read.owner(), getAddress(beneficiary));
        assert.equal(await wallet.read.start(), deployed.genesisTimestamp);
        assert.equal(await wallet.read.duration(), 730n * DAY);
        assert.equal(TEAM_VESTING_SECONDS, 730n * DAY);
        assert.equal(await wallet.read.end(), deployed.genesisTimestamp + 730n * DAY);
        // The group name is the allocation table's label for that custodian.
        assert.deepEqual(
          allSubAllocations()
            .filter((s) => s.custodian === key)
            .map((s) => s.label),
          [group],
        );
      });
    }

    it("vests linearly: half at 365 days, everything at 730 days, released to the beneficiary", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const { token, genesisTimestamp } = deployed;
      const wallet = await viem.getContractAt("TeamVesting", addressOf(deployed, "vestingCoreTeam"));
      const total = million(60n);
      const beneficiary = (await walletAt(7)).account.address;
      assert.equal(await wallet.read.vestedAmount([token.address, genesisTimestamp]), 0n);
      assert.equal(
        await wallet.read.vestedAmount([token.address, genesisTimestamp + 365n * DAY]),
        total / 2n,
      );
      assert.equal(await wallet.read.vestedAmount([token.address, genesisTimestamp + 730n * DAY]), total);

      await networkHelpers.time.increaseTo(genesisTimestamp + 730n * DAY);
      // Anyone may trigger the release; the tokens go to the beneficiary.
      await wallet.write.release([token.address], { account: (await walletAt(3)).account });
      assert.equal(await token.read.balanceOf([beneficiary]), total);
      assert.equal(await token.read.balanceOf([wallet.address]), 0n);
    });
  });

  describe("pools under governance", () => {
    it("governance moves the unreserved data pool through a scheduled, delayed timelock operation", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const { token, timelock } = deployed;
      // The governor is the timelock's only proposer: act as it (the governance tests go through votes).
      const proposer = { account: deployed.governor.address };
      await networkHelpers.impersonateAccount(proposer.account);
      await networkHelpers.setBalance(proposer.account, 10n ** 18n);
      const pool = deployed.dataContributions;
      const recipient = (await walletAt(6)).account.address;
      const amount = million(40n);
      const data = encodeFunctionData({
        abi: pool.abi,
        functionName: "releaseDataPool",
        args: [recipient, amount],
      });
      const salt = zeroHash;
      const delay = await timelock.read.getMinDelay();

      await timelock.write.schedule([pool.address, 0n, data, zeroHash, salt, delay], {
        account: proposer.account,
      });
      await viem.assertions.revertWithCustomError(
        timelock.write.execute([pool.address, 0n, data, zeroHash, salt], { account: proposer.account }),
        timelock,
        "TimelockUnexpectedOperationState",
      );
      await networkHelpers.time.increase(delay);
      // Execution is open to anyone.
      await timelock.write.execute([pool.address, 0n, data, zeroHash, salt], {
        account: (await walletAt(5)).account,
      });
      assert.equal(await token.read.balanceOf([recipient]), amount);
      assert.equal(await pool.read.poolAvailable(), 0n);
    });
  });
});
