/**
 * Privacy-compliant sharing (issue 13): only the contributor of a restricted contribution approves and revokes
 * buyers (events an off-chain host enforces); an approved buyer pays the premium once, split exactly as
 * ServiceFees says (burn first, 10% of the rest to the RevenueDistributor, the remainder to the contributor) at
 * burn rates 2%, 3.5% and 5%; the max-price guard; the permit path in one transaction.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress } from "viem";
import { deployData, dta, signPermit, submit, type DataFixture } from "../fixtures/Data.ts";
import { expectedSplit } from "../fixtures/Marketplace.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployData(viem);
const ODD_PREMIUM = 12_377n; // 1.2377 DTA: every share rounds

async function restricted(fx: DataFixture, premium = ODD_PREMIUM): Promise<bigint> {
  return submit(fx, `restricted ${premium}`, fx.alice, premium);
}

describe("DataContributions restricted access", () => {
  it("the contributor grants and revokes a buyer, with events; nobody else can", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await restricted(fx);
    const buyer = getAddress(fx.buyer.account.address);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.grantAccess([id, buyer], { account: fx.bob.account }),
      fx.data,
      "NotContributor",
      [id, getAddress(fx.bob.account.address)],
    );
    await viem.assertions.emitWithArgs(
      fx.data.write.grantAccess([id, buyer], { account: fx.alice.account }),
      fx.data,
      "AccessGranted",
      [id, buyer],
    );
    assert.deepEqual(await fx.data.read.accessOf([id, buyer]), [true, false]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.grantAccess([id, buyer], { account: fx.alice.account }),
      fx.data,
      "AccessUnchanged",
      [id, buyer, true],
    );
    await viem.assertions.emitWithArgs(
      fx.data.write.revokeAccess([id, buyer], { account: fx.alice.account }),
      fx.data,
      "AccessRevoked",
      [id, buyer],
    );
    assert.deepEqual(await fx.data.read.accessOf([id, buyer]), [false, false]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.revokeAccess([id, buyer], { account: fx.alice.account }),
      fx.data,
      "AccessUnchanged",
      [id, buyer, false],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.grantAccess([id, fx.alice.account.address], { account: fx.alice.account }),
      fx.data,
      "ContributorIsBuyer",
      [id],
    );
    await viem.assertions.revertWithCustomError(
      fx.data.write.grantAccess([id, zeroAddress], { account: fx.alice.account }),
      fx.data,
      "ZeroAddress",
    );
  });

  it("an open contribution has no access list and no premium", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await submit(fx, "open data");
    for (const write of [
      fx.data.write.grantAccess([id, fx.buyer.account.address], { account: fx.alice.account }),
      fx.data.write.payPremium([id, 0n], { account: fx.buyer.account }),
      fx.data.write.setPremiumPrice([id, 5n], { account: fx.alice.account }),
    ]) {
      await viem.assertions.revertWithCustomErrorWithArgs(write, fx.data, "NotRestricted", [id]);
    }
  });

  for (const burnBps of [200n, 350n, 500n]) {
    it(`an approved buyer pays the premium once, split exactly at a ${Number(burnBps) / 100}% burn`, async () => {
      const fx = await networkHelpers.loadFixture(fixture);
      if (burnBps !== 200n) await fx.fees.write.setServiceBurnBps([burnBps], { account: fx.admin.account });
      const id = await restricted(fx);
      const want = expectedSplit(ODD_PREMIUM, burnBps);
      assert.notEqual(want.burned * 10_000n, ODD_PREMIUM * burnBps, "the burn rounds");
      await fx.data.write.grantAccess([id, fx.buyer.account.address], { account: fx.alice.account });
      const before = {
        buyer: await fx.token.read.balanceOf([fx.buyer.account.address]),
        alice: await fx.token.read.balanceOf([fx.alice.account.address]),
        revenue: await fx.token.read.balanceOf([fx.revenue.address]),
        supply: await fx.token.read.totalSupply(),
        data: await fx.token.read.balanceOf([fx.data.address]),
      };
      assert.deepEqual(await fx.data.read.quotePremium([id]), [
        ODD_PREMIUM,
        want.burned,
        want.toPlatform,
        want.toProvider,
      ]);
      await viem.assertions.emitWithArgs(
        fx.data.write.payPremium([id, ODD_PREMIUM], { account: fx.buyer.account }),
        fx.data,
        "PremiumPaid",
        [
          id,
          getAddress(fx.buyer.account.address),
          getAddress(fx.alice.account.address),
          ODD_PREMIUM,
          want.burned,
          want.toPlatform,
          want.toProvider,
        ],
      );
      assert.equal(await fx.token.read.balanceOf([fx.buyer.account.address]), before.buyer - ODD_PREMIUM);
      assert.equal(await fx.token.read.balanceOf([fx.alice.account.address]), before.alice + want.toProvider);
      assert.equal(await fx.token.read.balanceOf([fx.revenue.address]), before.revenue + want.toPlatform);
      assert.equal(await fx.token.read.totalSupply(), before.supply - want.burned);
      assert.equal(await fx.token.read.balanceOf([fx.data.address]), before.data, "nothing stays behind");
      assert.equal(want.burned + want.toPlatform + want.toProvider, ODD_PREMIUM);
      assert.deepEqual(await fx.data.read.accessOf([id, fx.buyer.account.address]), [true, true]);
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.data.write.payPremium([id, ODD_PREMIUM], { account: fx.buyer.account }),
        fx.data,
        "PremiumAlreadyPaid",
        [id, getAddress(fx.buyer.account.address)],
      );
    });
  }

  it("a buyer not approved (or revoked) cannot pay; a raised premium above the accepted price is refused", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await restricted(fx, dta("10"));
    const buyer = fx.buyer2.account.address;
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.payPremium([id, dta("10")], { account: fx.buyer2.account }),
      fx.data,
      "AccessNotGranted",
      [id, getAddress(buyer)],
    );
    await fx.data.write.grantAccess([id, buyer], { account: fx.alice.account });
    await viem.assertions.emitWithArgs(
      fx.data.write.setPremiumPrice([id, dta("12")], { account: fx.alice.account }),
      fx.data,
      "PremiumPriceUpdated",
      [id, dta("10"), dta("12")],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.payPremium([id, dta("10")], { account: fx.buyer2.account }),
      fx.data,
      "PremiumAboveAccepted",
      [dta("12"), dta("10")],
    );
    await fx.data.write.revokeAccess([id, buyer], { account: fx.alice.account });
    await viem.assertions.revertWithCustomError(
      fx.data.write.payPremium([id, dta("12")], { account: fx.buyer2.account }),
      fx.data,
      "AccessNotGranted",
    );
  });

  it("payPremiumWithPermit pays in one transaction without a prior approval", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await restricted(fx, dta("3"));
    await fx.data.write.grantAccess([id, fx.dave.account.address], { account: fx.alice.account });
    const deadline = BigInt(Math.floor(Date.now() / 1000) + 3600) * 10n;
    const { v, r, s } = await signPermit(fx, fx.dave, dta("3"), deadline);
    const before = await fx.token.read.balanceOf([fx.dave.account.address]);
    await fx.data.write.payPremiumWithPermit([id, dta("3"), deadline, v, r, s], { account: fx.dave.account });
    assert.equal(await fx.token.read.balanceOf([fx.dave.account.address]), before - dta("3"));
    assert.deepEqual(await fx.data.read.accessOf([id, fx.dave.account.address]), [true, true]);
  });
});
