/**
 * Payment streams, stopping and ownership (issue 13): either side stops a stream — accrued to the recipient, the
 * rest refunded to the payer to the base unit, uncovered debt forgiven — and a stopped stream takes nothing more;
 * the stream NFT moves the right to withdraw (and what accrued) to its new owner, an approved operator may
 * withdraw; DTA's blacklist and pause reach through opening, top-ups, transfers, withdrawals and stops.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, type Address } from "viem";
import {
  ONE_DTA_PER_SECOND,
  SCALE,
  deployStreams,
  dta,
  openStream,
  type StreamsFixture,
} from "../fixtures/Streams.ts";

const { viem, networkHelpers } = await network.create();
const { time } = networkHelpers;
const fixture = () => deployStreams(viem);
const STOPPED = 3;

/** [payer, recipient, streams contract] DTA balances. */
async function balances(fx: StreamsFixture): Promise<[bigint, bigint, bigint]> {
  const of = (address: Address) => fx.token.read.balanceOf([address]);
  return [
    await of(fx.payer.account.address),
    await of(fx.recipient.account.address),
    await of(fx.streams.address),
  ];
}

async function blacklist(fx: StreamsFixture, account: Address, listed = true): Promise<void> {
  await fx.token.write.setBlacklisted([account, listed], { account: fx.admin.account });
}

describe("DTAStreams stop", () => {
  it("the payer stops: accrued to the recipient, the rest refunded exactly; a stopped stream takes nothing", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    // 0.3333… DTA per second: shares that do not divide evenly.
    const rate = ONE_DTA_PER_SECOND / 3n;
    const { id, openedAt } = await openStream(fx, rate, dta("100"));
    const [payerBefore, recipientBefore] = await balances(fx);
    await time.setNextBlockTimestamp(openedAt + 25n);
    const owed = (25n * rate) / SCALE; // 8.3333 DTA, rounded down
    await viem.assertions.emitWithArgs(
      fx.streams.write.stop([id], { account: fx.payer.account }),
      fx.streams,
      "StreamStopped",
      [
        id,
        getAddress(fx.payer.account.address),
        getAddress(fx.recipient.account.address),
        owed,
        dta("100") - owed,
        0n,
      ],
    );
    const [payerAfter, recipientAfter, held] = await balances(fx);
    assert.equal(recipientAfter - recipientBefore, owed);
    assert.equal(payerAfter - payerBefore, dta("100") - owed);
    assert.equal(held, 0n);
    assert.equal(await fx.streams.read.statusOf([id]), STOPPED);
    assert.equal(await fx.streams.read.depletionTime([id]), 0n);
    await time.increase(100);
    assert.equal(await fx.streams.read.withdrawable([id]), 0n);
    for (const write of [
      fx.streams.write.stop([id], { account: fx.recipient.account }),
      fx.streams.write.deposit([id, 1n], { account: fx.payer.account }),
      fx.streams.write.pause([id], { account: fx.payer.account }),
      fx.streams.write.resume([id], { account: fx.payer.account }),
    ]) {
      await viem.assertions.revertWithCustomErrorWithArgs(write, fx.streams, "StreamIsStopped", [id]);
    }
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.withdraw([id, fx.recipient.account.address, 1n], { account: fx.recipient.account }),
      fx.streams,
      "Overdraw",
      [id, 1n, 0n],
    );
  });

  it("the recipient stops a dry stream: it gets the whole deposit, nothing is refunded, the debt is forgiven", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    await time.setNextBlockTimestamp(openedAt + 40n);
    await fx.streams.write.withdraw([id, fx.recipient.account.address, dta("40")], {
      account: fx.recipient.account,
    });
    const [payerBefore, recipientBefore] = await balances(fx);
    await time.setNextBlockTimestamp(openedAt + 130n);
    await viem.assertions.emitWithArgs(
      fx.streams.write.stop([id], { account: fx.recipient.account }),
      fx.streams,
      "StreamStopped",
      [
        id,
        getAddress(fx.recipient.account.address),
        getAddress(fx.recipient.account.address),
        dta("60"),
        0n,
        dta("30"),
      ],
    );
    const [payerAfter, recipientAfter, held] = await balances(fx);
    assert.equal(recipientAfter - recipientBefore, dta("60"));
    assert.equal(payerAfter, payerBefore);
    assert.equal(held, 0n);
  });

  it("a stopped paused stream pays what accrued before the pause", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    await time.setNextBlockTimestamp(openedAt + 10n);
    await fx.streams.write.pause([id], { account: fx.payer.account });
    await time.setNextBlockTimestamp(openedAt + 500n);
    await viem.assertions.emitWithArgs(
      fx.streams.write.stop([id], { account: fx.payer.account }),
      fx.streams,
      "StreamStopped",
      [
        id,
        getAddress(fx.payer.account.address),
        getAddress(fx.recipient.account.address),
        dta("10"),
        dta("90"),
        0n,
      ],
    );
  });

  it("nobody else may stop a stream", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.stop([id], { account: fx.operator.account }),
      fx.streams,
      "NotStreamParty",
      [id, getAddress(fx.operator.account.address)],
    );
  });
});

describe("DTAStreams NFT", () => {
  it("transferring the NFT moves the right to withdraw, what accrued, and the stop payout", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    const [first, second] = [fx.recipient.account.address, fx.recipient2.account.address];
    await time.setNextBlockTimestamp(openedAt + 40n);
    await fx.streams.write.transferFrom([first, second, id], { account: fx.recipient.account });
    assert.equal(await fx.streams.read.recipientOf([id]), getAddress(second));
    await viem.assertions.revertWithCustomError(
      fx.streams.write.withdraw([id, first, 1n], { account: fx.recipient.account }),
      fx.streams,
      "NotStreamRecipient",
    );
    await time.setNextBlockTimestamp(openedAt + 50n);
    await fx.streams.write.withdrawMax([id, second], { account: fx.recipient2.account });
    assert.equal(await fx.token.read.balanceOf([second]), dta("50"));
    assert.equal(await fx.token.read.balanceOf([first]), 0n);
    await time.setNextBlockTimestamp(openedAt + 60n);
    await fx.streams.write.stop([id], { account: fx.recipient2.account });
    assert.equal(await fx.token.read.balanceOf([second]), dta("60"));
  });

  it("an operator the recipient approved withdraws, to any address", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    const operator = fx.operator.account.address;
    await fx.streams.write.approve([operator, id], { account: fx.recipient.account });
    await time.setNextBlockTimestamp(openedAt + 5n);
    await viem.assertions.emitWithArgs(
      fx.streams.write.withdraw([id, operator, dta("5")], { account: fx.operator.account }),
      fx.streams,
      "StreamWithdrawn",
      [id, getAddress(operator), getAddress(operator), dta("5"), dta("95")],
    );
  });
});

describe("DTAStreams compliance", () => {
  it("no stream to, no NFT to or from, and no withdrawal by or to a blacklisted address", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [recipient, other] = [
      getAddress(fx.recipient.account.address),
      getAddress(fx.recipient2.account.address),
    ];
    await blacklist(fx, other);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.open([other, ONE_DTA_PER_SECOND, dta("10")], { account: fx.payer.account }),
      fx.streams,
      "AccountBlacklisted",
      [other],
    );
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.transferFrom([recipient, other, id], { account: fx.recipient.account }),
      fx.streams,
      "AccountBlacklisted",
      [other],
    );
    await time.setNextBlockTimestamp(openedAt + 10n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.withdraw([id, other, dta("1")], { account: fx.recipient.account }),
      fx.streams,
      "AccountBlacklisted",
      [other],
    );
    await blacklist(fx, recipient);
    for (const write of [
      fx.streams.write.withdraw([id, fx.payer.account.address, dta("1")], { account: fx.recipient.account }),
      fx.streams.write.deposit([id, dta("1")], { account: fx.payer.account }),
      fx.streams.write.stop([id], { account: fx.payer.account }),
    ]) {
      await viem.assertions.revertWithCustomErrorWithArgs(write, fx.streams, "AccountBlacklisted", [
        recipient,
      ]);
    }
    await blacklist(fx, recipient, false);
    await fx.streams.write.withdraw([id, recipient, dta("1")], { account: fx.recipient.account });
  });

  it("nothing moves while DTA is paused", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    await time.increase(10);
    await fx.token.write.pause({ account: fx.admin.account });
    const recipient = fx.recipient.account.address;
    for (const write of [
      fx.streams.write.withdraw([id, recipient, dta("1")], { account: fx.recipient.account }),
      fx.streams.write.transferFrom([recipient, fx.recipient2.account.address, id], {
        account: fx.recipient.account,
      }),
      fx.streams.write.stop([id], { account: fx.payer.account }),
      fx.streams.write.deposit([id, dta("1")], { account: fx.payer.account }),
    ]) {
      await viem.assertions.revertWithCustomError(write, fx.streams, "TokenPaused");
    }
  });
});
