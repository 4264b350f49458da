/**
 * Twin registration (issue 11): the bond is exactly 10,000 DTA by approve or permit, a balance below it is
 * refused, types, category and metadata are validated, and the owner manages metadata and one device key.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress } from "viem";
import {
  BOND,
  DAY,
  assertSolvent,
  deployTwins,
  hashOf,
  register,
  signPermit,
  sync,
} from "../fixtures/Twins.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployTwins(viem);

const SPEC_TYPES = [
  "Manufacturing",
  "Energy",
  "Healthcare",
  "Smart City",
  "Logistics",
  "Agriculture",
  "Other",
];

describe("TwinRegistry registration", () => {
  it("locks exactly 10,000 DTA, mints twin #1 to the caller with quality 100 and the default rate", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const before = await fx.token.read.balanceOf([fx.alice.account.address]);
    const poolBefore = await fx.registry.read.poolAvailable();
    await viem.assertions.emitWithArgs(
      fx.registry.write.register([1, "Wind farms", "ipfs://wind"], { account: fx.alice.account }),
      fx.registry,
      "TwinRegistered",
      [1n, getAddress(fx.alice.account.address), 1, "Wind farms", "ipfs://wind", BOND],
    );
    assert.equal(before - (await fx.token.read.balanceOf([fx.alice.account.address])), BOND);
    assert.equal(await fx.registry.read.totalBonded(), BOND);
    assert.equal(await fx.registry.read.poolAvailable(), poolBefore, "the bond is not pool");
    assert.equal(getAddress(await fx.registry.read.ownerOf([1n])), getAddress(fx.alice.account.address));
    const twin = await fx.registry.read.twinOf([1n]);
    assert.equal(twin.bond, BOND);
    assert.equal(twin.quality, 100);
    assert.equal(twin.typeId, 1);
    assert.equal(twin.ratePerHour, 1_000n, "0.1 DTA per hour");
    assert.equal(twin.lastSync, 0);
    assert.equal(await fx.registry.read.tokenURI([1n]), "ipfs://wind");
    assert.equal(await fx.registry.read.categoryOf([1n]), "Wind farms");
    assert.equal(await fx.registry.read.isActive([1n]), true);
    assert.equal(await fx.registry.read.hasStakingBonus([fx.alice.account.address]), true);
    await assertSolvent(fx);
  });

  it("refuses a balance of 9,999.9999 DTA with InsufficientBalanceForBond, allowance or not", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.register([0, "Press lines", "ipfs://x"], { account: fx.shortHolder.account }),
      fx.registry,
      "InsufficientBalanceForBond",
      [BOND - 1n, BOND],
    );
    // One more base unit and the same call goes through, taking all of it.
    await fx.token.write.transfer([fx.shortHolder.account.address, 1n], { account: fx.holder.account });
    await register(fx, fx.shortHolder);
    assert.equal(await fx.token.read.balanceOf([fx.shortHolder.account.address]), 0n);
  });

  it("registerWithPermit bonds in one transaction with no prior approval", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const dave = fx.dave.account.address;
    assert.equal(await fx.token.read.allowance([dave, fx.registry.address]), 0n);
    const deadline = BigInt(await networkHelpers.time.latest()) + DAY;
    const { v, r, s } = await signPermit(fx, fx.dave, BOND, deadline);
    const before = await fx.token.read.balanceOf([dave]);
    await fx.registry.write.registerWithPermit([4, "Ports", "ipfs://port", deadline, v, r, s], {
      account: fx.dave.account,
    });
    assert.equal(before - (await fx.token.read.balanceOf([dave])), BOND);
    assert.equal(
      await fx.token.read.allowance([dave, fx.registry.address]),
      0n,
      "permit was for the bond only",
    );
    // Without a permit or allowance the plain variant fails on the allowance.
    await viem.assertions.revertWithCustomError(
      fx.registry.write.register([4, "Ports", "ipfs://port"], { account: fx.dave.account }),
      fx.token,
      "ERC20InsufficientAllowance",
    );
  });

  it("has the SPEC's 7 types; governance adds more; an unknown type is refused", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    assert.equal(await fx.registry.read.twinTypeCount(), 7);
    for (const [i, name] of SPEC_TYPES.entries())
      assert.equal(await fx.registry.read.twinTypeName([i]), name);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.register([7, "Mines", "ipfs://m"], { account: fx.alice.account }),
      fx.registry,
      "UnknownTwinType",
      [7n],
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.addTwinType(["Mining"], { account: fx.alice.account }),
      fx.registry,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.emitWithArgs(
      fx.registry.write.addTwinType(["Mining"], { account: fx.admin.account }),
      fx.registry,
      "TwinTypeAdded",
      [7, "Mining"],
    );
    await register(fx, fx.alice, 7, "Mines");
    for (const name of ["", "x".repeat(33)]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.registry.write.addTwinType([name], { account: fx.admin.account }),
        fx.registry,
        "InvalidTwinTypeName",
        [BigInt(name.length), 32n],
      );
    }
  });

  it("bounds the category at 1–32 bytes and the metadata URI at 1–256 bytes", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const account = fx.alice.account;
    for (const category of ["", "c".repeat(33)]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.registry.write.register([0, category, "ipfs://x"], { account }),
        fx.registry,
        "InvalidCategory",
        [BigInt(category.length), 32n],
      );
    }
    for (const uri of ["", "u".repeat(257)]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.registry.write.register([0, "ok", uri], { account }),
        fx.registry,
        "InvalidMetadataURI",
        [BigInt(uri.length), 256n],
      );
    }
    await fx.registry.write.register([0, "c".repeat(32), "u".repeat(256)], { account });
    assert.equal(await fx.registry.read.twinCount(), 1n);
  });

  it("only the owner updates the metadata URI", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.updateMetadata([id, "ipfs://evil"], { account: fx.bob.account }),
      fx.registry,
      "NotTwinOwner",
      [id, getAddress(fx.bob.account.address)],
    );
    await viem.assertions.emitWithArgs(
      fx.registry.write.updateMetadata([id, "ipfs://v2"], { account: fx.alice.account }),
      fx.registry,
      "MetadataUpdated",
      [id, "ipfs://v2"],
    );
    assert.equal(await fx.registry.read.tokenURI([id]), "ipfs://v2");
    await viem.assertions.revertWithCustomError(
      fx.registry.write.updateMetadata([id, ""], { account: fx.alice.account }),
      fx.registry,
      "InvalidMetadataURI",
    );
  });

  it("one revocable device key may record syncs; nobody else but the owner can", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    const device = fx.dave;
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.recordSync([id, hashOf("d")], { account: device.account }),
      fx.registry,
      "NotSyncAuthorized",
      [id, getAddress(device.account.address)],
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.setDeviceKey([id, zeroAddress], { account: fx.alice.account }),
      fx.registry,
      "ZeroAddress",
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.setDeviceKey([id, device.account.address], { account: fx.bob.account }),
      fx.registry,
      "NotTwinOwner",
    );
    await viem.assertions.emitWithArgs(
      fx.registry.write.setDeviceKey([id, device.account.address], { account: fx.alice.account }),
      fx.registry,
      "DeviceKeyUpdated",
      [id, getAddress(device.account.address)],
    );
    await sync(fx, id, device);
    assert.equal((await fx.registry.read.twinOf([id])).deviceKey, getAddress(device.account.address));
    await viem.assertions.revertWithCustomError(
      fx.registry.write.recordSync([id, `0x${"00".repeat(32)}`], { account: device.account }),
      fx.registry,
      "EmptyHash",
    );
    await viem.assertions.emitWithArgs(
      fx.registry.write.revokeDeviceKey([id], { account: fx.alice.account }),
      fx.registry,
      "DeviceKeyUpdated",
      [id, zeroAddress],
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.recordSync([id, hashOf("d2")], { account: device.account }),
      fx.registry,
      "NotSyncAuthorized",
    );
    await sync(fx, id, fx.alice, "owner");
  });

  it("a transfer revokes the device key: the new owner starts without the old owner's device", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await fx.registry.write.setDeviceKey([id, fx.dave.account.address], { account: fx.alice.account });
    await viem.assertions.emitWithArgs(
      fx.registry.write.transferFrom([fx.alice.account.address, fx.bob.account.address, id], {
        account: fx.alice.account,
      }),
      fx.registry,
      "DeviceKeyUpdated",
      [id, zeroAddress],
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.recordSync([id, hashOf("d")], { account: fx.dave.account }),
      fx.registry,
      "NotSyncAuthorized",
    );
  });

  it("answers the staking bonus interface and ERC-721 / AccessControl through ERC-165", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    for (const id of ["0x80ac58cd", "0x7965db0b", "0x01ffc9a7"] as const) {
      assert.equal(await fx.registry.read.supportsInterface([id]), true, id);
    }
    assert.equal(await fx.registry.read.hasStakingBonus([fx.alice.account.address]), false);
  });
});
