/**
 * Pay per query (issue 12): `queries × price` split burn → 10% platform revenue → provider remainder with no
 * dust at burn rates 2%, 3.5% and 5%; burn-rate bounds; the max-price guard; query bounds; request ids and
 * responses; the permit path in one transaction.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroHash } from "viem";
import {
  MAX_UINT,
  assertSolvent,
  deployMarketplace,
  dta,
  expectedSplit,
  hashOf,
  list,
  pay,
  signPermit,
} from "../fixtures/Marketplace.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployMarketplace(viem);

const ODD_PRICE = 1_237n; // 0.1237 DTA per query
const ODD_QUERIES = 7n; // 8,659 base units: every share rounds

describe("AIMarketplace pay per query", () => {
  for (const burnBps of [200n, 350n, 500n]) {
    it(`splits an odd amount exactly at a ${Number(burnBps) / 100}% burn: burned + platform + provider == paid`, async () => {
      const fx = await networkHelpers.loadFixture(fixture);
      if (burnBps !== 200n) await fx.fees.write.setServiceBurnBps([burnBps], { account: fx.admin.account });
      const id = await list(fx, fx.alice, ODD_PRICE);
      const amount = ODD_PRICE * ODD_QUERIES;
      const want = expectedSplit(amount, burnBps);
      assert.notEqual(want.burned * 10_000n, amount * burnBps, "the burn rounds");
      const before = {
        payer: await fx.token.read.balanceOf([fx.payer.account.address]),
        provider: await fx.token.read.balanceOf([fx.alice.account.address]),
        revenue: await fx.token.read.balanceOf([fx.revenue.address]),
        supply: await fx.token.read.totalSupply(),
        market: await fx.token.read.balanceOf([fx.market.address]),
      };
      await viem.assertions.emitWithArgs(
        fx.market.write.payForQueries([id, ODD_QUERIES, ODD_PRICE], { account: fx.payer.account }),
        fx.market,
        "QueriesPaid",
        [
          1n,
          id,
          getAddress(fx.payer.account.address),
          ODD_QUERIES,
          ODD_PRICE,
          amount,
          want.burned,
          want.toPlatform,
          want.toProvider,
          0n,
        ],
      );
      assert.equal(await fx.token.read.balanceOf([fx.payer.account.address]), before.payer - amount);
      assert.equal(
        await fx.token.read.balanceOf([fx.alice.account.address]),
        before.provider + want.toProvider,
      );
      assert.equal(await fx.token.read.balanceOf([fx.revenue.address]), before.revenue + want.toPlatform);
      assert.equal(await fx.token.read.totalSupply(), before.supply - want.burned);
      assert.equal(await fx.token.read.balanceOf([fx.market.address]), before.market, "nothing stays behind");
      assert.equal(want.burned + want.toPlatform + want.toProvider, amount);
      assert.deepEqual(await fx.market.read.quote([id, ODD_QUERIES]), [
        amount,
        want.burned,
        want.toPlatform,
        want.toProvider,
      ]);
      const service = await fx.market.read.serviceOf([id]);
      assert.equal(service.queries, ODD_QUERIES);
      assert.equal(service.revenue, amount);
      assert.equal(await fx.market.read.queriesBy([id, fx.payer.account.address]), ODD_QUERIES);
    });
  }

  it("governance may set the service burn only within 2–5%", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    for (const bps of [199n, 501n, 0n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.fees.write.setServiceBurnBps([bps], { account: fx.admin.account }),
        fx.fees,
        "ServiceBurnRateOutOfBounds",
        [bps, 200n, 500n],
      );
    }
    await fx.fees.write.setServiceBurnBps([500n], { account: fx.admin.account });
    const id = await list(fx, fx.alice, dta("10"));
    const { burned } = expectedSplit(dta("10"), 500n);
    const supply = await fx.token.read.totalSupply();
    await pay(fx, id, 1n);
    assert.equal(await fx.token.read.totalSupply(), supply - burned);
    await viem.assertions.revertWithCustomError(
      fx.fees.write.setServiceBurnBps([300n], { account: fx.payer.account }),
      fx.fees,
      "AccessControlUnauthorizedAccount",
    );
  });

  it("refuses a price raised above what the payer accepted, and charges the current price when below", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, dta("2"));
    await fx.market.write.setPrice([id, dta("3")], { account: fx.alice.account });
    const block = await fx.publicClient.getBlockNumber();
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.payForQueries([id, 5n, dta("2")], { account: fx.payer.account }),
      fx.market,
      "PriceAboveAccepted",
      [dta("3"), dta("2")],
    );
    assert.equal(await fx.publicClient.getBlockNumber(), block, "nothing was mined");
    // Accepting up to 4 DTA a query pays the current 3.
    const balance = await fx.token.read.balanceOf([fx.payer.account.address]);
    await fx.market.write.payForQueries([id, 5n, dta("4")], { account: fx.payer.account });
    assert.equal(await fx.token.read.balanceOf([fx.payer.account.address]), balance - dta("15"));
  });

  it("buys 1 … 1,000 queries per payment", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, 3n);
    for (const queries of [0n, 1_001n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.market.write.payForQueries([id, queries, 3n], { account: fx.payer.account }),
        fx.market,
        "InvalidQueryCount",
        [queries, 1_000n],
      );
    }
    await fx.market.write.payForQueries([id, 1_000n, 3n], { account: fx.payer.account });
    await fx.market.write.payForQueries([id, 1n, 3n], { account: fx.payer.account });
    assert.equal((await fx.market.read.serviceOf([id])).queries, 1_001n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.payForQueries([99n, 1n, 3n], { account: fx.payer.account }),
      fx.market,
      "UnknownService",
      [99n],
    );
  });

  it("gives every payment its own request id; only the provider posts one non-zero response", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice);
    const first = await pay(fx, id, 2n);
    const second = await pay(fx, id, 3n, fx.payer2);
    assert.deepEqual([first, second], [1n, 2n]);
    const [request, response] = await fx.market.read.requestOf([second]);
    assert.deepEqual(request, { payer: getAddress(fx.payer2.account.address), serviceId: id, queries: 3 });
    assert.equal(response, zeroHash);

    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.postResponse([first, hashOf("answer")], { account: fx.payer.account }),
      fx.market,
      "NotServiceProvider",
      [id, getAddress(fx.payer.account.address)],
    );
    await viem.assertions.revertWithCustomError(
      fx.market.write.postResponse([first, zeroHash], { account: fx.alice.account }),
      fx.market,
      "EmptyHash",
    );
    await viem.assertions.emitWithArgs(
      fx.market.write.postResponse([first, hashOf("answer")], { account: fx.alice.account }),
      fx.market,
      "ResponsePosted",
      [first, id, hashOf("answer")],
    );
    assert.equal((await fx.market.read.requestOf([first]))[1], hashOf("answer"));
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.postResponse([first, hashOf("again")], { account: fx.alice.account }),
      fx.market,
      "ResponseAlreadyPosted",
      [first],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.read.requestOf([7n]),
      fx.market,
      "UnknownRequest",
      [7n],
    );
  });

  it("pays with a permit in one transaction; a front-run permit falls back to its allowance", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, dta("1.5"));
    const deadline = BigInt(await networkHelpers.time.latest()) + 3_600n;
    // The permit covers the most dave accepts (4 × 2 DTA); only 4 × 1.5 DTA is taken.
    const sig = await signPermit(fx, fx.dave, dta("8"), deadline);
    const balance = await fx.token.read.balanceOf([fx.dave.account.address]);
    await fx.market.write.payForQueriesWithPermit([id, 4n, dta("2"), deadline, sig.v, sig.r, sig.s], {
      account: fx.dave.account,
    });
    assert.equal(await fx.token.read.balanceOf([fx.dave.account.address]), balance - dta("6"));
    assert.equal(await fx.token.read.allowance([fx.dave.account.address, fx.market.address]), dta("2"));

    const again = await signPermit(fx, fx.dave, dta("8"), deadline);
    await fx.token.write.permit(
      [fx.dave.account.address, fx.market.address, dta("8"), deadline, again.v, again.r, again.s],
      { account: fx.payer.account },
    );
    await fx.market.write.payForQueriesWithPermit([id, 4n, dta("2"), deadline, again.v, again.r, again.s], {
      account: fx.dave.account,
    });
    assert.equal(await fx.token.read.balanceOf([fx.dave.account.address]), balance - dta("12"));
    assert.equal(await fx.market.read.queriesBy([id, fx.dave.account.address]), 8n);
  });

  it("a payer accepting any price signs an unlimited permit instead of overflowing queries × max price", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, dta("1.5"));
    const deadline = BigInt(await networkHelpers.time.latest()) + 3_600n;
    const sig = await signPermit(fx, fx.dave, MAX_UINT, deadline);
    const balance = await fx.token.read.balanceOf([fx.dave.account.address]);
    await fx.market.write.payForQueriesWithPermit([id, 3n, MAX_UINT, deadline, sig.v, sig.r, sig.s], {
      account: fx.dave.account,
    });
    assert.equal(await fx.token.read.balanceOf([fx.dave.account.address]), balance - dta("4.5"));
    // An unlimited allowance is not spent down.
    assert.equal(await fx.token.read.allowance([fx.dave.account.address, fx.market.address]), MAX_UINT);
  });

  it("a paused service takes no payment until resumed", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, dta("1"));
    await fx.market.write.pauseService([id], { account: fx.alice.account });
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.payForQueries([id, 1n, dta("1")], { account: fx.payer.account }),
      fx.market,
      "ServiceIsPaused",
      [id],
    );
    await fx.market.write.resumeService([id], { account: fx.alice.account });
    await pay(fx, id, 1n);
    await assertSolvent(fx);
  });
});
