/**
 * Listing services (issue 12): the listing fee to platform revenue (governance-set, permit path), bounded
 * name / metadata / price, the SPEC categories and governance's additions, price and metadata updates, pause
 * and resume — each an event.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress } from "viem";
import {
  CATEGORIES,
  LISTING_FEE,
  deployMarketplace,
  dta,
  list,
  signPermit,
} from "../fixtures/Marketplace.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployMarketplace(viem);

const MAX_PRICE = 1_000_000n * 10_000n;

describe("AIMarketplace listings", () => {
  it("lists a service and pays the 100 DTA listing fee straight to platform revenue", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const alice = fx.alice.account.address;
    assert.equal(await fx.market.read.listingFee(), LISTING_FEE);
    const before = await fx.token.read.balanceOf([alice]);
    await viem.assertions.emitWithArgs(
      fx.market.write.listService(["Vision QA", 1, "ipfs://vision", dta("0.25")], {
        account: fx.alice.account,
      }),
      fx.market,
      "ServiceListed",
      [1n, getAddress(alice), 1, "Vision QA", "ipfs://vision", dta("0.25"), LISTING_FEE],
    );
    assert.equal(await fx.token.read.balanceOf([alice]), before - LISTING_FEE);
    assert.equal(await fx.token.read.balanceOf([fx.revenue.address]), LISTING_FEE);
    assert.equal(await fx.token.read.balanceOf([fx.market.address]), await fx.market.read.poolAvailable());
    const service = await fx.market.read.serviceOf([1n]);
    assert.deepEqual(service, {
      provider: getAddress(alice),
      pricePerQuery: dta("0.25"),
      categoryId: 1,
      paused: false,
      ratingCount: 0,
      ratingSum: 0,
      queries: 0n,
      revenue: 0n,
    });
    assert.equal(await fx.market.read.nameOf([1n]), "Vision QA");
    assert.equal(await fx.market.read.metadataURIOf([1n]), "ipfs://vision");
    assert.equal(await fx.market.read.activeServiceCount([alice]), 1n);
  });

  it("governance sets the listing fee (0 … 100,000 DTA); a provider pays the fee in force", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await viem.assertions.revertWithCustomError(
      fx.market.write.setListingFee([dta("5")], { account: fx.alice.account }),
      fx.market,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.setListingFee([dta("100000.0001")], { account: fx.admin.account }),
      fx.market,
      "ListingFeeTooHigh",
      [dta("100000.0001"), dta("100000")],
    );
    await viem.assertions.emitWithArgs(
      fx.market.write.setListingFee([dta("250.5")], { account: fx.admin.account }),
      fx.market,
      "ListingFeeUpdated",
      [LISTING_FEE, dta("250.5")],
    );
    await list(fx);
    assert.equal(await fx.token.read.balanceOf([fx.revenue.address]), dta("250.5"));
    await fx.market.write.setListingFee([0n], { account: fx.admin.account });
    await list(fx, fx.bob);
    assert.equal(await fx.token.read.balanceOf([fx.revenue.address]), dta("250.5"));
    assert.equal(await fx.market.read.serviceCount(), 2n);
  });

  it("lists with a permit for the fee in one transaction", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const deadline = BigInt(await networkHelpers.time.latest()) + 3_600n;
    const sig = await signPermit(fx, fx.dave, LISTING_FEE, deadline);
    await fx.market.write.listServiceWithPermit(
      ["Forecasts", 2, "ipfs://forecast", dta("1"), deadline, sig.v, sig.r, sig.s],
      { account: fx.dave.account },
    );
    assert.equal(await fx.token.read.balanceOf([fx.revenue.address]), LISTING_FEE);
    assert.equal((await fx.market.read.serviceOf([1n])).provider, getAddress(fx.dave.account.address));
    // Without an allowance or a valid permit the fee cannot be taken.
    await viem.assertions.revertWithCustomError(
      fx.market.write.listServiceWithPermit(
        ["Forecasts 2", 2, "ipfs://forecast", dta("1"), deadline, sig.v, sig.r, sig.s],
        { account: fx.dave.account },
      ),
      fx.token,
      "ERC20InsufficientAllowance",
    );
  });

  it("refuses a bad name, metadata URI, category or price", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const write = (name: string, category: number, uri: string, price: bigint) =>
      fx.market.write.listService([name, category, uri, price], { account: fx.alice.account });
    await viem.assertions.revertWithCustomErrorWithArgs(
      write("", 0, "ipfs://x", 1n),
      fx.market,
      "InvalidServiceName",
      [0n, 64n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      write("n".repeat(65), 0, "ipfs://x", 1n),
      fx.market,
      "InvalidServiceName",
      [65n, 64n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      write("ok", 0, "", 1n),
      fx.market,
      "InvalidMetadataURI",
      [0n, 256n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      write("ok", 0, "u".repeat(257), 1n),
      fx.market,
      "InvalidMetadataURI",
      [257n, 256n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      write("ok", 7, "ipfs://x", 1n),
      fx.market,
      "UnknownCategory",
      [7n],
    );
    for (const price of [0n, MAX_PRICE + 1n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        write("ok", 0, "ipfs://x", price),
        fx.market,
        "InvalidPrice",
        [price, MAX_PRICE],
      );
    }
    await write("n".repeat(64), 6, "u".repeat(256), MAX_PRICE);
    assert.equal(await fx.market.read.serviceCount(), 1n);
  });

  it("starts with the SPEC's seven categories; governance adds more", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    assert.equal(await fx.market.read.categoryCount(), CATEGORIES.length);
    for (const [i, name] of CATEGORIES.entries()) assert.equal(await fx.market.read.categoryName([i]), name);
    await viem.assertions.revertWithCustomError(
      fx.market.write.addCategory(["Robotics"], { account: fx.alice.account }),
      fx.market,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.addCategory(["c".repeat(33)], { account: fx.admin.account }),
      fx.market,
      "InvalidCategoryName",
      [33n, 32n],
    );
    await viem.assertions.emitWithArgs(
      fx.market.write.addCategory(["Robotics"], { account: fx.admin.account }),
      fx.market,
      "CategoryAdded",
      [7, "Robotics"],
    );
    await list(fx, fx.alice, 1n, 7);
    assert.equal((await fx.market.read.serviceOf([1n])).categoryId, 7);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.read.categoryName([8]),
      fx.market,
      "UnknownCategory",
      [8n],
    );
  });

  it("refuses address zero for the token, the fees, the revenue distributor, the admin and a pool release", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [t, f, r, a] = [fx.token.address, fx.fees.address, fx.revenue.address, fx.admin.account.address];
    for (const args of [
      [zeroAddress, f, r, a],
      [t, zeroAddress, r, a],
      [t, f, zeroAddress, a],
      [t, f, r, zeroAddress],
    ] as const) {
      await assert.rejects(viem.deployContract("AIMarketplace", [...args]), /ZeroAddress/);
    }
    await viem.assertions.revertWithCustomError(
      fx.market.write.releaseProviderPool([zeroAddress, 1n], { account: fx.admin.account }),
      fx.market,
      "ZeroAddress",
    );
  });

  it("only the provider updates price and metadata, pauses and resumes; each is an event", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, dta("1"));
    const bob = getAddress(fx.bob.account.address);
    for (const call of [
      fx.market.write.setPrice([id, dta("2")], { account: fx.bob.account }),
      fx.market.write.setMetadataURI([id, "ipfs://new"], { account: fx.bob.account }),
      fx.market.write.pauseService([id], { account: fx.bob.account }),
      fx.market.write.resumeService([id], { account: fx.bob.account }),
    ]) {
      await viem.assertions.revertWithCustomErrorWithArgs(call, fx.market, "NotServiceProvider", [id, bob]);
    }
    await viem.assertions.emitWithArgs(
      fx.market.write.setPrice([id, dta("2")], { account: fx.alice.account }),
      fx.market,
      "ServicePriceUpdated",
      [id, dta("1"), dta("2")],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.setPrice([id, 0n], { account: fx.alice.account }),
      fx.market,
      "InvalidPrice",
      [0n, MAX_PRICE],
    );
    await viem.assertions.emitWithArgs(
      fx.market.write.setMetadataURI([id, "ipfs://new"], { account: fx.alice.account }),
      fx.market,
      "ServiceMetadataUpdated",
      [id, "ipfs://new"],
    );
    assert.equal(await fx.market.read.metadataURIOf([id]), "ipfs://new");
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.resumeService([id], { account: fx.alice.account }),
      fx.market,
      "ServiceNotPaused",
      [id],
    );
    await viem.assertions.emitWithArgs(
      fx.market.write.pauseService([id], { account: fx.alice.account }),
      fx.market,
      "ServicePaused",
      [id],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.pauseService([id], { account: fx.alice.account }),
      fx.market,
      "ServiceIsPaused",
      [id],
    );
    assert.equal((await fx.market.read.serviceOf([id])).paused, true);
    assert.equal(await fx.market.read.activeServiceCount([fx.alice.account.address]), 0n);
    await viem.assertions.emitWithArgs(
      fx.market.write.resumeService([id], { account: fx.alice.account }),
      fx.market,
      "ServiceResumed",
      [id],
    );
    assert.equal(await fx.market.read.activeServiceCount([fx.alice.account.address]), 1n);
    assert.equal((await fx.market.read.serviceOf([id])).pricePerQuery, dta("2"));
  });
});
