import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fallbackPlan, planTx, txMode, type TxIntent } from "./plan";

const intent: TxIntent = {
  token: {
    name: "DTAToken",
    address: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    permitName: "Digital Twin AI Token",
  },
  spender: { name: "DTAStaking", address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" },
  amount: 15_000_000n,
  amountLabel: "1,500 DTA",
  allowance: 0n,
  permit: true,
  call: {
    functionName: "stake",
    permitFunctionName: "stakeWithPermit",
    argsLabel: "1,500 DTA, 30 days",
    short: "Stake",
  },
};

describe("the transaction plan", () => {
  it("signs a permit then sends the one call that takes it, when the token supports permits", () => {
    const plan = planTx(intent);
    assert.equal(plan?.mode, "permit");
    assert.deepEqual(
      plan?.steps.map((step) => step.kind),
      ["permit", "call"],
    );
    assert.equal(
      plan?.steps[0]?.label,
      "Sign (no gas): Permit for Digital Twin AI Token — lets DTAStaking (0xe7f1…0512) take 1,500 DTA once, valid for 20 minutes.",
    );
    assert.equal(
      plan?.steps[1]?.label,
      "Send one transaction: stakeWithPermit(1,500 DTA, 30 days) to DTAStaking (0xe7f1…0512).",
    );
    const call = plan?.steps[1];
    assert.equal(call?.kind === "call" && call.withPermit, true);
  });

  it("approves then calls when the token has no permit, or the call has no permit form", () => {
    for (const variant of [
      { ...intent, permit: false },
      { ...intent, call: { ...intent.call, permitFunctionName: undefined } },
    ]) {
      const plan = planTx(variant);
      assert.equal(plan?.mode, "approve");
      assert.deepEqual(
        plan?.steps.map((step) => [step.kind, step.label]),
        [
          ["approve", "Send a transaction: approve(DTAStaking, 1,500 DTA) on DTAToken (0x5FbD…0aa3)."],
          ["call", "Send a transaction: stake(1,500 DTA, 30 days) to DTAStaking (0xe7f1…0512)."],
        ],
      );
    }
  });

  it("asks for nothing but the call when the allowance covers the amount (exactly or more)", () => {
    for (const allowance of [intent.amount, intent.amount + 1n]) {
      const plan = planTx({ ...intent, allowance });
      assert.equal(plan?.mode, "allowance");
      assert.equal(plan?.steps.length, 1);
      assert.match(plan?.steps[0]?.label ?? "", /stake\(1,500 DTA, 30 days\).*allowance already covers it/);
    }
    assert.equal(txMode({ ...intent, allowance: intent.amount - 1n }), "permit");
  });

  it("has no plan until the allowance is known", () => {
    assert.equal(planTx({ ...intent, allowance: undefined }), undefined);
  });

  it("falls back to approve + call without a permit, skipping the approval the allowance covers", () => {
    assert.equal(fallbackPlan(intent)?.mode, "approve");
    assert.equal(fallbackPlan({ ...intent, allowance: intent.amount })?.mode, "allowance");
    assert.ok(fallbackPlan(intent)?.steps.every((step) => step.kind !== "permit"));
  });
});
