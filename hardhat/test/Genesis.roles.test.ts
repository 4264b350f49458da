/**
 * Genesis roles: who holds every role on every contract after the Ignition module ran (the timelock admin,
 * the Security Council guardian and compliance, the deployer nothing), and the proposer checks.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress, zeroHash, type Address } from "viem";
import DTAModule from "../ignition/modules/DTA.ts";
import { COUNCIL_OWNER_INDEXES, deployGenesis, localParameters } from "../fixtures/Genesis.ts";
import { LOCAL_ROLES } from "../scripts/deployParameters.ts";

const connection = await network.create();
const { ignition, viem, networkHelpers } = connection;

const DAY = 24n * 60n * 60n;

async function walletAt(index: number) {
  const client = (await viem.getWalletClients())[index];
  assert.ok(client, `missing wallet client ${index}`);
  return client;
}

/** The module with the local chain's parameters: proposer #1, Security Council owners #2–#4. */
async function deployDefault() {
  return deployGenesis(connection);
}

describe("Genesis deployment (Ignition DTA module)", () => {
  describe("roles", () => {
    /** Every contract with roles, and which role the timelock (admin) and the council hold on it. */
    async function roleTable(deployed: Awaited<ReturnType<typeof deployDefault>>) {
      const {
        token,
        staking,
        biveSwap,
        revenueDistributor,
        serviceFees,
        twinRegistry,
        aiMarketplace,
        dataContributions,
      } = deployed;
      return [
        {
          name: "DTAToken",
          contract: token,
          admin: await token.read.DEFAULT_ADMIN_ROLE(),
          emergency: [await token.read.GUARDIAN_ROLE(), await token.read.COMPLIANCE_ROLE()],
        },
        {
          name: "DTAStaking",
          contract: staking,
          admin: await staking.read.DEFAULT_ADMIN_ROLE(),
          emergency: [await staking.read.GUARDIAN_ROLE()],
        },
        {
          name: "BiveSwap",
          contract: biveSwap,
          admin: await biveSwap.read.DEFAULT_ADMIN_ROLE(),
          emergency: [await biveSwap.read.GUARDIAN_ROLE()],
        },
        {
          name: "RevenueDistributor",
          contract: revenueDistributor,
          admin: await revenueDistributor.read.DEFAULT_ADMIN_ROLE(),
          emergency: [],
        },
        {
          name: "ServiceFees",
          contract: serviceFees,
          admin: await serviceFees.read.DEFAULT_ADMIN_ROLE(),
          emergency: [],
        },
        {
          name: "TwinRegistry",
          contract: twinRegistry,
          admin: await twinRegistry.read.DEFAULT_ADMIN_ROLE(),
          emergency: [],
        },
        {
          name: "AIMarketplace",
          contract: aiMarketplace,
          admin: await aiMarketplace.read.DEFAULT_ADMIN_ROLE(),
          emergency: [],
        },
        {
          name: "DataContributions",
          contract: dataContributions,
          admin: await dataContributions.read.DEFAULT_ADMIN_ROLE(),
          emergency: [],
        },
      ] as const;
    }

    it("on every contract the timelock holds the admin role, the council the emergency roles, the deployer none", async () => {
      const deployed = await networkHelpers.loadFixture(deployDefault);
      const { timelock, council, deployer } = deployed;
      for (const { name, contract, admin, emergency } of await roleTable(deployed)) {
        const holds = (role: `0x${string}`, who: Address) => contract.read.hasRole([role, who]);
        assert.equal(await holds(admin, timelock.address), true, `${name}: timelock admin`);
        assert.equal(await holds(admin, council.address), false, `${name}: council admin`);
        assert.equal(await holds(admin, deployer.account.address), false, `${name}: deployer admin`);
        for (const role of emergency) {
          assert.equal(await holds(role, council.address), true, `${name}: council ${role}`);
          assert.equal(await holds(role, timelock.address), false, `${name}: timelock ${role}`);
          assert.equal(await holds(role, deployer.account.address), false, `${name}: deployer ${role}`);
          // The timelock administers every emergency role, so it can revoke or reassign it.
          assert.equal(await contract.read.getRoleAdmin([role]), zeroHash, `${name}: admin of ${role}`);
        }
      }
    });

    it("staking reads the twin bonus from the registry; the quality oracle is dev account #6, not the deployer", async () => {
      const { staking, twinRegistry, deployer, timelock } = await networkHelpers.loadFixture(deployDefault);
      assert.equal(getAddress(await staking.read.bonusSource([0])), getAddress(twinRegistry.address));
      const oracleRole = await twinRegistry.read.QUALITY_ORACLE_ROLE();
      const oracle = (await walletAt(LOCAL_ROLES.twinQualityOracle)).account.address;
      assert.equal(await twinRegistry.read.hasRole([oracleRole, oracle]), true);
      assert.equal(await twinRegistry.read.hasRole([oracleRole, deployer.account.address]), false);
      assert.equal(await twinRegistry.read.hasRole([oracleRole, timelock.address]), false);
      // The timelock administers the oracle role, so it can grant or revoke it.
      assert.equal(await twinRegistry.read.getRoleAdmin([oracleRole]), zeroHash);
    });

    it("staking reads the AI-service bonus from the marketplace", async () => {
      const { staking, aiMarketplace } = await networkHelpers.loadFixture(deployDefault);
      assert.equal(getAddress(await staking.read.bonusSource([3])), getAddress(aiMarketplace.address));
    });

    it("staking reads the data-quality bonus from the data contract; the validator is dev account #6", async () => {
      const { staking, dataContributions, dtaStreams, token, deployer, timelock } =
        await networkHelpers.loadFixture(deployDefault);
      assert.equal(getAddress(await staking.read.bonusSource([1])), getAddress(dataContributions.address));
      const validatorRole = await dataContributions.read.VALIDATOR_ROLE();
      const validator = (await walletAt(LOCAL_ROLES.dataValidator)).account.address;
      assert.equal(await dataContributions.read.hasRole([validatorRole, validator]), true);
      assert.equal(await dataContributions.read.hasRole([validatorRole, deployer.account.address]), false);
      assert.equal(await dataContributions.read.hasRole([validatorRole, timelock.address]), false);
      assert.equal(await dataContributions.read.getRoleAdmin([validatorRole]), zeroHash);
      // The streams contract has no roles at all: it streams DTA and nothing else.
      assert.equal(await dtaStreams.read.token(), getAddress(token.address));
    });

    it("the Security Council is a Safe 1.4.1 of dev accounts #2, #3 and #4 needing 2 signatures", async () => {
      const { council } = await networkHelpers.loadFixture(deployDefault);
      const safe = await viem.getContractAt("SafeL2", council.address);
      const owners = await Promise.all(
        COUNCIL_OWNER_INDEXES.map(async (i) => (await walletAt(i)).account.address),
      );
      assert.deepEqual(
        [...(await safe.read.getOwners())].map((o) => getAddress(o)).sort(),
        owners.map((o) => getAddress(o)).sort(),
      );
      assert.equal(await safe.read.getThreshold(), 2n);
      assert.equal(await safe.read.VERSION(), "1.4.1");
    });

    it("the timelock is its own admin, the deployer is not, and anyone may execute", async () => {
      const { timelock, deployer } = await networkHelpers.loadFixture(deployDefault);
      const admin = await timelock.read.DEFAULT_ADMIN_ROLE();
      assert.equal(await timelock.read.hasRole([admin, timelock.address]), true);
      assert.equal(await timelock.read.hasRole([admin, deployer.account.address]), false);
      for (const role of [await timelock.read.PROPOSER_ROLE(), await timelock.read.CANCELLER_ROLE()]) {
        assert.equal(await timelock.read.hasRole([role, deployer.account.address]), false);
      }
      assert.equal(await timelock.read.hasRole([await timelock.read.EXECUTOR_ROLE(), zeroAddress]), true);
      assert.equal(await timelock.read.getMinDelay(), 2n * DAY);
    });

    it("the deployer cannot pause, blacklist or grant roles on the token", async () => {
      const { token, deployer } = await networkHelpers.loadFixture(deployDefault);
      const account = deployer.account;
      await viem.assertions.revertWithCustomError(
        token.write.pause({ account }),
        token,
        "AccessControlUnauthorizedAccount",
      );
      await viem.assertions.revertWithCustomError(
        token.write.setBlacklisted([account.address, true], { account }),
        token,
        "AccessControlUnauthorizedAccount",
      );
      await viem.assertions.revertWithCustomError(
        token.write.grantRole([await token.read.GUARDIAN_ROLE(), account.address], { account }),
        token,
        "AccessControlUnauthorizedAccount",
      );
    });

    it("timelockProposers are only interim: the hand-over leaves the governor the sole proposer and canceller", async () => {
      const { timelock, governor } = await networkHelpers.loadFixture(deployDefault);
      const proposer = (await walletAt(1)).account.address;
      for (const role of [await timelock.read.PROPOSER_ROLE(), await timelock.read.CANCELLER_ROLE()]) {
        assert.equal(await timelock.read.hasRole([role, proposer]), false);
        assert.equal(await timelock.read.hasRole([role, governor.address]), true);
      }
    });

    it("the module refuses an empty or missing proposer list (nobody could ever act for the timelock)", async () => {
      const empty = await localParameters(connection, { timelockProposers: [] });
      await assert.rejects(
        ignition.deploy(DTAModule, { parameters: empty, displayUi: false }),
        /NoProposers/,
      );
      const missing = await localParameters(connection);
      delete missing.DTA.timelockProposers;
      await assert.rejects(
        ignition.deploy(DTAModule, { parameters: missing, displayUi: false }),
        /timelockProposers/,
      );
    });

    it("the timelock contract itself reverts NoProposers on an empty proposer list", async () => {
      await assert.rejects(viem.deployContract("DTATimelock", [2n * DAY, [], zeroAddress]), /NoProposers/);
    });
  });
});
