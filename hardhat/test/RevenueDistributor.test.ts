import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, parseUnits, zeroAddress, type Address } from "viem";

const { viem, networkHelpers } = await network.create();

const GENESIS_SUPPLY = 1_000_000_000n * 10n ** 4n;
const dta = (amount: string): bigint => parseUnits(amount, 4);

async function getWallets() {
  const clients = await viem.getWalletClients();
  const at = (index: number) => {
    const client = clients[index];
    assert.ok(client, `missing wallet client ${index}`);
    return client;
  };
  return {
    admin: at(0),
    holder: at(1),
    staking: at(2),
    development: at(3),
    ecosystem: at(4),
    outsider: at(5),
    newStaking: at(6),
  };
}

async function deployDistributor() {
  const wallets = await getWallets();
  const { admin, holder, staking, development, ecosystem } = wallets;
  const token = await viem.deployContract("DTAToken", [
    holder.account.address,
    admin.account.address,
    admin.account.address,
  ]);
  const distributor = await viem.deployContract("RevenueDistributor", [
    token.address,
    admin.account.address,
    staking.account.address,
    development.account.address,
    ecosystem.account.address,
  ]);
  return { ...wallets, token, distributor };
}

type Fixture = Awaited<ReturnType<typeof deployDistributor>>;

/** The independent reference split: 40/30/20 rounded down, the burn takes the rest. */
function referenceSplit(amount: bigint): [bigint, bigint, bigint, bigint] {
  const toStaking = (amount * 40n) / 100n;
  const toDevelopment = (amount * 30n) / 100n;
  const toEcosystem = (amount * 20n) / 100n;
  return [toStaking, toDevelopment, toEcosystem, amount - toStaking - toDevelopment - toEcosystem];
}

async function balancesOf({ token }: Fixture, accounts: Address[]): Promise<bigint[]> {
  return Promise.all(accounts.map((account) => token.read.balanceOf([account])));
}

describe("RevenueDistributor", () => {
  describe("setup", () => {
    it("fixes the 40/30/20/10 shares and records the destinations and the admin", async () => {
      const { distributor, token, admin, staking, development, ecosystem, outsider } =
        await networkHelpers.loadFixture(deployDistributor);
      assert.equal(await distributor.read.STAKING_BPS(), 4_000n);
      assert.equal(await distributor.read.DEVELOPMENT_BPS(), 3_000n);
      assert.equal(await distributor.read.ECOSYSTEM_BPS(), 2_000n);
      assert.equal(await distributor.read.BURN_BPS(), 1_000n);
      assert.equal(await distributor.read.dta(), getAddress(token.address));
      assert.equal(await distributor.read.stakingRewardsPool(), getAddress(staking.account.address));
      assert.equal(await distributor.read.platformDevelopment(), getAddress(development.account.address));
      assert.equal(await distributor.read.ecosystemGrowth(), getAddress(ecosystem.account.address));
      const adminRole = await distributor.read.DEFAULT_ADMIN_ROLE();
      assert.equal(await distributor.read.hasRole([adminRole, admin.account.address]), true);
      assert.equal(await distributor.read.hasRole([adminRole, outsider.account.address]), false);
      assert.equal(await distributor.read.totalDistributed(), 0n);
    });

    it("rejects a zero token, admin or destination at deployment", async () => {
      const { token, admin, staking, development, ecosystem } =
        await networkHelpers.loadFixture(deployDistributor);
      const args: [Address, Address, Address, Address, Address] = [
        token.address,
        admin.account.address,
        staking.account.address,
        development.account.address,
        ecosystem.account.address,
      ];
      for (let index = 0; index < args.length; index += 1) {
        const withZero = args.map((value, i) => (i === index ? zeroAddress : value)) as typeof args;
        await assert.rejects(viem.deployContract("RevenueDistributor", withZero), /ZeroAddress/);
      }
    });
  });

  describe("split", () => {
    it("splits 1, 3 and 7 base units exactly, the burn taking the remainder", async () => {
      const { distributor } = await networkHelpers.loadFixture(deployDistributor);
      assert.deepEqual(await distributor.read.split([1n]), [0n, 0n, 0n, 1n]);
      assert.deepEqual(await distributor.read.split([3n]), [1n, 0n, 0n, 2n]);
      assert.deepEqual(await distributor.read.split([7n]), [2n, 2n, 1n, 2n]);
      assert.deepEqual(await distributor.read.split([10n]), [4n, 3n, 2n, 1n]);
      assert.deepEqual(await distributor.read.split([0n]), [0n, 0n, 0n, 0n]);
    });

    it("always sums to the amount, for odd and large amounts alike", async () => {
      const { distributor } = await networkHelpers.loadFixture(deployDistributor);
      const amounts = [1n, 3n, 7n, 9n, 11n, 99n, 12_345n, 999_999_999n, 123_456_789_012_347n, GENESIS_SUPPLY];
      for (const amount of amounts) {
        const parts = await distributor.read.split([amount]);
        const [toStaking, toDevelopment, toEcosystem, burned] = parts;
        assert.equal(toStaking + toDevelopment + toEcosystem + burned, amount, `split(${amount}) must sum`);
        assert.deepEqual(parts, referenceSplit(amount), `split(${amount})`);
        // The burn share is at least 10%, never more than 10% plus the three rounding remainders.
        assert.ok(burned * 10n >= amount && burned <= amount / 10n + 3n, `burn share of ${amount}`);
      }
      assert.deepEqual(await distributor.read.split([123_456_789_012_347n]), [
        49_382_715_604_938n,
        37_037_036_703_704n,
        24_691_357_802_469n,
        12_345_678_901_236n,
      ]);
      assert.deepEqual(await distributor.read.split([GENESIS_SUPPLY]), [
        dta("400000000"),
        dta("300000000"),
        dta("200000000"),
        dta("100000000"),
      ]);
    });
  });

  describe("distribute", () => {
    it("moves the exact shares, burns the rest and empties the distributor", async () => {
      const fixture = await networkHelpers.loadFixture(deployDistributor);
      const { distributor, token, holder, staking, development, ecosystem, outsider } = fixture;
      const amount = dta("1234.5679"); // 12,345,679 base units: every share rounds
      const [toStaking, toDevelopment, toEcosystem, burned] = referenceSplit(amount);
      assert.deepEqual(
        [toStaking, toDevelopment, toEcosystem, burned],
        [4_938_271n, 3_703_703n, 2_469_135n, 1_234_570n],
      );

      await token.write.transfer([distributor.address, amount], { account: holder.account });
      const destinations = [staking, development, ecosystem].map((w) => w.account.address);
      const before = await balancesOf(fixture, destinations);
      assert.deepEqual(before, [0n, 0n, 0n]);

      // Anyone may trigger it: here an account with no role and no tokens.
      await viem.assertions.emitWithArgs(
        distributor.write.distribute({ account: outsider.account }),
        distributor,
        "RevenueDistributed",
        [amount, toStaking, toDevelopment, toEcosystem, burned],
      );
      assert.deepEqual(await balancesOf(fixture, destinations), [toStaking, toDevelopment, toEcosystem]);
      assert.equal(await token.read.balanceOf([distributor.address]), 0n);
      assert.equal(await token.read.balanceOf([outsider.account.address]), 0n);
      assert.equal(await token.read.totalBurned(), burned);
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY - burned);
      assert.equal(await distributor.read.totalDistributed(), amount);
    });

    it("burns through the token: a Transfer to the zero address of the burn share", async () => {
      const { distributor, token, holder } = await networkHelpers.loadFixture(deployDistributor);
      await token.write.transfer([distributor.address, dta("10")], { account: holder.account });
      await viem.assertions.emitWithArgs(distributor.write.distribute(), token, "Transfer", [
        getAddress(distributor.address),
        zeroAddress,
        dta("1"),
      ]);
      assert.equal(await token.read.totalBurned(), dta("1"));
    });

    it("handles 1 and 7 base units without losing dust", async () => {
      const fixture = await networkHelpers.loadFixture(deployDistributor);
      const { distributor, token, holder, staking, development, ecosystem } = fixture;
      const destinations = [staking, development, ecosystem].map((w) => w.account.address);

      await token.write.transfer([distributor.address, 1n], { account: holder.account });
      await distributor.write.distribute();
      assert.deepEqual(await balancesOf(fixture, destinations), [0n, 0n, 0n]);
      assert.equal(await token.read.totalBurned(), 1n);

      await token.write.transfer([distributor.address, 7n], { account: holder.account });
      await distributor.write.distribute();
      assert.deepEqual(await balancesOf(fixture, destinations), [2n, 2n, 1n]);
      assert.equal(await token.read.totalBurned(), 1n + 2n);
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY - 3n);
      assert.equal(await distributor.read.totalDistributed(), 8n);
      assert.equal(await token.read.balanceOf([distributor.address]), 0n);
    });

    it("accumulates totalDistributed and totalBurned across distributions", async () => {
      const fixture = await networkHelpers.loadFixture(deployDistributor);
      const { distributor, token, holder, staking } = fixture;
      let burnedSoFar = 0n;
      let stakingSoFar = 0n;
      const amounts = [dta("100"), 3n, dta("0.0999"), dta("5000000")];
      for (const amount of amounts) {
        await token.write.transfer([distributor.address, amount], { account: holder.account });
        await distributor.write.distribute();
        const [toStaking, , , burned] = referenceSplit(amount);
        burnedSoFar += burned;
        stakingSoFar += toStaking;
      }
      const total = amounts.reduce((sum, amount) => sum + amount, 0n);
      assert.equal(await distributor.read.totalDistributed(), total);
      assert.equal(await token.read.totalBurned(), burnedSoFar);
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY - burnedSoFar);
      assert.equal(await token.read.balanceOf([staking.account.address]), stakingSoFar);
    });

    it("reverts NothingToDistribute when empty, including right after a distribution", async () => {
      const { distributor, token, holder, outsider } = await networkHelpers.loadFixture(deployDistributor);
      await viem.assertions.revertWithCustomError(
        distributor.write.distribute({ account: outsider.account }),
        distributor,
        "NothingToDistribute",
      );
      await token.write.transfer([distributor.address, 5n], { account: holder.account });
      await distributor.write.distribute({ account: outsider.account });
      await viem.assertions.revertWithCustomError(
        distributor.write.distribute(),
        distributor,
        "NothingToDistribute",
      );
      assert.equal(await distributor.read.totalDistributed(), 5n);
    });
  });

  describe("setDestinations", () => {
    it("only the admin may change the destinations", async () => {
      const { distributor, staking, development, ecosystem, outsider, newStaking } =
        await networkHelpers.loadFixture(deployDistributor);
      const adminRole = await distributor.read.DEFAULT_ADMIN_ROLE();
      for (const caller of [outsider, staking]) {
        await viem.assertions.revertWithCustomErrorWithArgs(
          distributor.write.setDestinations(
            [newStaking.account.address, development.account.address, ecosystem.account.address],
            { account: caller.account },
          ),
          distributor,
          "AccessControlUnauthorizedAccount",
          [getAddress(caller.account.address), adminRole],
        );
      }
      assert.equal(await distributor.read.stakingRewardsPool(), getAddress(staking.account.address));
    });

    it("the admin's change redirects the next distribution and emits DestinationsUpdated", async () => {
      const fixture = await networkHelpers.loadFixture(deployDistributor);
      const { distributor, token, admin, holder, staking, development, ecosystem, newStaking } = fixture;
      const next: [Address, Address, Address] = [
        newStaking.account.address,
        ecosystem.account.address,
        development.account.address,
      ];
      await viem.assertions.emitWithArgs(
        distributor.write.setDestinations(next, { account: admin.account }),
        distributor,
        "DestinationsUpdated",
        [getAddress(next[0]), getAddress(next[1]), getAddress(next[2])],
      );
      assert.equal(await distributor.read.stakingRewardsPool(), getAddress(newStaking.account.address));
      assert.equal(await distributor.read.platformDevelopment(), getAddress(ecosystem.account.address));
      assert.equal(await distributor.read.ecosystemGrowth(), getAddress(development.account.address));

      await token.write.transfer([distributor.address, dta("100")], { account: holder.account });
      await distributor.write.distribute();
      assert.deepEqual(
        await balancesOf(fixture, [
          newStaking.account.address,
          development.account.address,
          ecosystem.account.address,
          staking.account.address,
        ]),
        [dta("40"), dta("20"), dta("30"), 0n],
      );
    });

    it("rejects a zero address in any position", async () => {
      const { distributor, admin, staking, development, ecosystem } =
        await networkHelpers.loadFixture(deployDistributor);
      const current: [Address, Address, Address] = [
        staking.account.address,
        development.account.address,
        ecosystem.account.address,
      ];
      for (let index = 0; index < current.length; index += 1) {
        const withZero = current.map((value, i) => (i === index ? zeroAddress : value)) as typeof current;
        await viem.assertions.revertWithCustomError(
          distributor.write.setDestinations(withZero, { account: admin.account }),
          distributor,
          "ZeroAddress",
        );
      }
      assert.equal(await distributor.read.stakingRewardsPool(), getAddress(staking.account.address));
      assert.equal(await distributor.read.platformDevelopment(), getAddress(development.account.address));
      assert.equal(await distributor.read.ecosystemGrowth(), getAddress(ecosystem.account.address));
    });
  });
});
