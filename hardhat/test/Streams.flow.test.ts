/**
 * Payment streams, the flow (issue 13): opening refuses a zero rate, a self-stream and a deposit below one second
 * of flow; accrual at 1 DTA/s, at rates that round to zero base units per second, for a 1-second and a 1-year
 * stream; withdrawals never exceed what accrued nor what was deposited; depletion time and uncovered debt, and a
 * top-up that covers the debt; pause and resume by the payer.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress } from "viem";
import {
  MAX_UINT,
  ONE_DTA_PER_SECOND,
  SCALE,
  deployStreams,
  dta,
  openStream,
  signPermit,
} from "../fixtures/Streams.ts";

const { viem, networkHelpers } = await network.create();
const { time } = networkHelpers;
const fixture = () => deployStreams(viem);
const YEAR = 365n * 24n * 60n * 60n;
/** `Status` in IDTAStreams. */
const STREAMING = 0;
const PAUSED = 1;
const DEPLETED = 2;

describe("DTAStreams open", () => {
  it("opens a stream: the NFT goes to the recipient, the deposit to the contract, StreamOpened says so", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [payer, recipient] = [fx.payer.account.address, fx.recipient.account.address];
    await viem.assertions.emitWithArgs(
      fx.streams.write.open([recipient, ONE_DTA_PER_SECOND, dta("100")], { account: fx.payer.account }),
      fx.streams,
      "StreamOpened",
      [1n, getAddress(payer), getAddress(recipient), ONE_DTA_PER_SECOND, dta("100")],
    );
    assert.equal(await fx.streams.read.ownerOf([1n]), getAddress(recipient));
    assert.equal(await fx.streams.read.recipientOf([1n]), getAddress(recipient));
    assert.equal(await fx.token.read.balanceOf([fx.streams.address]), dta("100"));
    const s = await fx.streams.read.streamOf([1n]);
    assert.equal(s.sender, getAddress(payer));
    assert.equal(s.ratePerSecond, ONE_DTA_PER_SECOND);
    assert.equal(s.balance, dta("100"));
    assert.equal(await fx.streams.read.statusOf([1n]), STREAMING);
  });

  it("refuses a zero rate, a self-stream, the zero address and a deposit below one second of flow", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { payer, recipient } = fx;
    const open = (to: `0x${string}`, rate: bigint, deposit: bigint) =>
      fx.streams.write.open([to, rate, deposit], { account: payer.account });
    await viem.assertions.revertWithCustomError(
      open(recipient.account.address, 0n, 1n),
      fx.streams,
      "ZeroRate",
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      open(payer.account.address, 1n, 1n),
      fx.streams,
      "SelfStream",
      [getAddress(payer.account.address)],
    );
    await viem.assertions.revertWithCustomError(open(zeroAddress, 1n, 1n), fx.streams, "ZeroAddress");
    // 1.5 base units per second: one second needs 2 base units (rounded up).
    await viem.assertions.revertWithCustomErrorWithArgs(
      open(recipient.account.address, (3n * SCALE) / 2n, 1n),
      fx.streams,
      "DepositBelowOneSecond",
      [1n, 2n],
    );
    await open(recipient.account.address, (3n * SCALE) / 2n, 2n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.read.streamOf([9n]),
      fx.streams,
      "UnknownStream",
      [9n],
    );
  });

  it("openWithPermit and depositWithPermit need no prior approval", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const deadline = (await time.latest()) + 3600;
    const first = await signPermit(fx, fx.dave, dta("10"), BigInt(deadline));
    await fx.streams.write.openWithPermit(
      [
        fx.recipient.account.address,
        ONE_DTA_PER_SECOND,
        dta("10"),
        BigInt(deadline),
        first.v,
        first.r,
        first.s,
      ],
      { account: fx.dave.account },
    );
    const second = await signPermit(fx, fx.dave, dta("5"), BigInt(deadline));
    await fx.streams.write.depositWithPermit([1n, dta("5"), BigInt(deadline), second.v, second.r, second.s], {
      account: fx.dave.account,
    });
    assert.equal((await fx.streams.read.streamOf([1n])).balance, dta("15"));
    assert.equal(await fx.token.read.allowance([fx.dave.account.address, fx.streams.address]), 0n);
  });
});

describe("DTAStreams accrual, withdraw, depletion and debt", () => {
  it("accrues per second; depletion time is when the whole deposit is owed; then uncovered debt grows", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    assert.equal(await fx.streams.read.depletionTime([id]), openedAt + 100n);
    await time.increaseTo(openedAt + 30n);
    assert.equal(await fx.streams.read.withdrawable([id]), dta("30"));
    assert.equal(await fx.streams.read.refundable([id]), dta("70"));
    assert.equal(await fx.streams.read.debt([id]), 0n);
    await time.increaseTo(openedAt + 99n);
    assert.equal(await fx.streams.read.statusOf([id]), STREAMING);
    await time.increaseTo(openedAt + 100n);
    assert.equal(await fx.streams.read.statusOf([id]), DEPLETED);
    assert.equal(await fx.streams.read.depletionTime([id]), 0n);
    await time.increaseTo(openedAt + 150n);
    assert.equal(await fx.streams.read.withdrawable([id]), dta("100"));
    assert.equal(await fx.streams.read.totalDebt([id]), dta("150"));
    assert.equal(await fx.streams.read.debt([id]), dta("50"));
    assert.equal(await fx.streams.read.refundable([id]), 0n);
  });

  it("withdraws only what accrued and is covered; never more than was deposited", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    const to = fx.recipient.account.address;
    await time.setNextBlockTimestamp(openedAt + 20n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.withdraw([id, to, dta("20") + 1n], { account: fx.recipient.account }),
      fx.streams,
      "Overdraw",
      [id, dta("20") + 1n, dta("20")],
    );
    await time.setNextBlockTimestamp(openedAt + 21n);
    await viem.assertions.emitWithArgs(
      fx.streams.write.withdraw([id, to, dta("21")], { account: fx.recipient.account }),
      fx.streams,
      "StreamWithdrawn",
      [id, getAddress(to), getAddress(to), dta("21"), dta("79")],
    );
    assert.equal(await fx.token.read.balanceOf([to]), dta("21"));
    await viem.assertions.revertWithCustomError(
      fx.streams.write.withdraw([id, to, 0n], { account: fx.recipient.account }),
      fx.streams,
      "ZeroAmount",
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.withdraw([id, to, 1n], { account: fx.payer.account }),
      fx.streams,
      "NotStreamRecipient",
      [id, getAddress(fx.payer.account.address)],
    );
    await viem.assertions.revertWithCustomError(
      fx.streams.write.withdraw([id, zeroAddress, 1n], { account: fx.recipient.account }),
      fx.streams,
      "ZeroAddress",
    );
    // Long after it ran dry, everything withdrawn is exactly the deposit.
    await time.increaseTo(openedAt + 1_000n);
    await fx.streams.write.withdrawMax([id, to], { account: fx.recipient.account });
    assert.equal(await fx.token.read.balanceOf([to]), dta("100"));
    assert.equal(await fx.streams.read.withdrawable([id]), 0n);
    assert.equal(await fx.token.read.balanceOf([fx.streams.address]), 0n);
    assert.ok((await fx.streams.read.debt([id])) >= dta("900"));
    await viem.assertions.revertWithCustomError(
      fx.streams.write.withdrawMax([id, to], { account: fx.recipient.account }),
      fx.streams,
      "ZeroAmount",
    );
  });

  it("a rate below one base unit per second accrues exactly over time, fractions kept across withdrawals", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const rate = SCALE / 10n; // 0.1 base unit per second
    const { id, openedAt } = await openStream(fx, rate, dta("1000"));
    await time.increaseTo(openedAt + 9n);
    assert.equal(await fx.streams.read.withdrawable([id]), 0n, "0.9 rounds down");
    await time.increaseTo(openedAt + 10n);
    assert.equal(await fx.streams.read.withdrawable([id]), 1n);
    await time.setNextBlockTimestamp(openedAt + 15n);
    await fx.streams.write.withdraw([id, fx.recipient.account.address, 1n], {
      account: fx.recipient.account,
    });
    // 1.5 accrued, 1 withdrawn: the half unit is still owed, so at 20 s exactly 1 more is withdrawable.
    await time.increaseTo(openedAt + 20n);
    assert.equal(await fx.streams.read.withdrawable([id]), 1n);
    await time.increaseTo(openedAt + YEAR);
    // A year accrues 3,153,600 base units exactly; 1 was withdrawn.
    assert.equal(await fx.streams.read.totalDebt([id]), (YEAR * rate) / SCALE - 1n);
    assert.equal(await fx.streams.read.withdrawable([id]), (YEAR * rate) / SCALE - 1n);
  });

  it("a 1-second stream runs dry after one second", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("1"));
    assert.equal(await fx.streams.read.depletionTime([id]), openedAt + 1n);
    await time.increaseTo(openedAt + 1n);
    assert.equal(await fx.streams.read.withdrawable([id]), dta("1"));
    assert.equal(await fx.streams.read.statusOf([id]), DEPLETED);
  });

  it("a 1-year stream of 1,000 DTA (a rate that does not divide) runs dry at its depletion time, not before", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const deposit = dta("1000");
    const rate = (deposit * SCALE) / YEAR; // rounded down: the deposit lasts a little over a year
    const { id, openedAt } = await openStream(fx, rate, deposit);
    const dry = await fx.streams.read.depletionTime([id]);
    assert.equal(dry, openedAt + (deposit * SCALE + rate - 1n) / rate);
    assert.ok(dry >= openedAt + YEAR && dry <= openedAt + YEAR + 1n);
    await time.increaseTo(openedAt + YEAR / 2n);
    assert.equal(await fx.streams.read.withdrawable([id]), ((YEAR / 2n) * rate) / SCALE);
    await time.increaseTo(dry - 1n);
    assert.ok((await fx.streams.read.totalDebt([id])) < deposit);
    await time.increaseTo(dry);
    assert.equal(await fx.streams.read.totalDebt([id]), deposit);
    assert.equal(await fx.streams.read.withdrawable([id]), deposit);
  });

  it("a top-up first covers the debt the stream ran up while dry, and moves the depletion time", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    await time.setNextBlockTimestamp(openedAt + 150n);
    await viem.assertions.emitWithArgs(
      fx.streams.write.deposit([id, dta("80")], { account: fx.payer2.account }),
      fx.streams,
      "StreamDeposited",
      [id, getAddress(fx.payer2.account.address), dta("80"), dta("180")],
    );
    assert.equal(await fx.streams.read.withdrawable([id]), dta("150"));
    assert.equal(await fx.streams.read.debt([id]), 0n);
    assert.equal(await fx.streams.read.depletionTime([id]), openedAt + 180n);
    await viem.assertions.revertWithCustomError(
      fx.streams.write.deposit([id, 0n], { account: fx.payer.account }),
      fx.streams,
      "ZeroAmount",
    );
  });
});

describe("DTAStreams pause and resume", () => {
  it("the payer pauses (accrued stays withdrawable, nothing flows) and resumes at the same rate", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { id, openedAt } = await openStream(fx, ONE_DTA_PER_SECOND, dta("100"));
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.pause([id], { account: fx.recipient.account }),
      fx.streams,
      "NotStreamSender",
      [id, getAddress(fx.recipient.account.address)],
    );
    await time.setNextBlockTimestamp(openedAt + 10n);
    await viem.assertions.emitWithArgs(
      fx.streams.write.pause([id], { account: fx.payer.account }),
      fx.streams,
      "StreamPaused",
      [id, dta("10")],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.pause([id], { account: fx.payer.account }),
      fx.streams,
      "StreamIsPaused",
      [id],
    );
    await time.increaseTo(openedAt + 60n);
    assert.equal(await fx.streams.read.withdrawable([id]), dta("10"));
    assert.equal(await fx.streams.read.statusOf([id]), PAUSED);
    assert.equal(await fx.streams.read.depletionTime([id]), MAX_UINT);
    // The recipient may withdraw while paused.
    await time.setNextBlockTimestamp(openedAt + 61n);
    await fx.streams.write.withdraw([id, fx.recipient.account.address, dta("4")], {
      account: fx.recipient.account,
    });
    await time.setNextBlockTimestamp(openedAt + 70n);
    await viem.assertions.emitWithArgs(
      fx.streams.write.resume([id], { account: fx.payer.account }),
      fx.streams,
      "StreamResumed",
      [id],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.streams.write.resume([id], { account: fx.payer.account }),
      fx.streams,
      "StreamNotPaused",
      [id],
    );
    await time.increaseTo(openedAt + 80n);
    assert.equal(await fx.streams.read.withdrawable([id]), dta("16"));
    // 96 left, 6 of it owed at the resume: runs dry 90 s after the resume.
    assert.equal(await fx.streams.read.depletionTime([id]), openedAt + 70n + 90n);
  });
});
