import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { planTx, type TxIntent } from "./plan";
import { runPlan, type PermitAttempt, type PlanEffects } from "./runPlan";

const intent: TxIntent = {
  token: { name: "BIVE", address: "0x5FbDB2315678afecb367f032d93F642f64180aa3", permitName: "BIVE (legacy)" },
  spender: { name: "BiveSwap", address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" },
  amount: 10n ** 18n,
  amountLabel: "1 BIVE",
  allowance: 0n,
  permit: true,
  call: { functionName: "swap", permitFunctionName: "swapWithPermit", argsLabel: "1 BIVE", short: "Swap" },
};

type Outcome = { status: "confirmed" | "failed" };

/** Fake wallet + transactor recording what the run asked for, in order. */
function effects(
  permit: PermitAttempt<string, string>,
  approve: Outcome = { status: "confirmed" },
): { log: string[]; fx: PlanEffects<string, string, Outcome> } {
  const log: string[] = [];
  return {
    log,
    fx: {
      signPermit: async (_step, place) => {
        log.push(`sign ${place}`);
        return permit;
      },
      approve: async (_step, place) => {
        log.push(`approve ${place}`);
        return approve;
      },
      call: async (step, place, signed) => {
        log.push(`call ${step.label.split(":")[1]?.trim().split("(")[0]} ${place} ${signed ?? "no permit"}`);
        return { status: "confirmed" };
      },
      onFallback: (plan) => log.push(`fallback to ${plan.mode}`),
    },
  };
}

describe("running a transaction plan", () => {
  const plan = planTx(intent)!;

  it("signs the permit, then sends the one call with it", async () => {
    const { log, fx } = effects({ ok: true, permit: "sig" });
    const run = await runPlan(plan, intent, fx);
    assert.deepEqual(run, { kind: "sent", outcome: { status: "confirmed" } });
    assert.deepEqual(log, ["sign Step 1 of 2", "call swapWithPermit Step 2 of 2 sig"]);
  });

  it("stops with nothing sent when the user rejects the permit", async () => {
    const { log, fx } = effects({ ok: false, rejected: true, error: "You rejected the request" });
    assert.deepEqual(await runPlan(plan, intent, fx), {
      kind: "rejected",
      error: "You rejected the request",
    });
    assert.deepEqual(log, ["sign Step 1 of 2"]);
  });

  it("falls back to approve + call when the wallet can't sign a permit", async () => {
    const { log, fx } = effects({ ok: false, rejected: false, error: "Method not supported" });
    const run = await runPlan(plan, intent, fx);
    assert.equal(run.kind, "sent");
    assert.deepEqual(log, [
      "sign Step 1 of 2",
      "fallback to approve",
      "approve Step 1 of 2",
      "call swap Step 2 of 2 no permit",
    ]);
  });

  it("falls back to the call alone when the allowance already covers it", async () => {
    const covered = { ...intent, allowance: intent.amount };
    const { log, fx } = effects({ ok: false, rejected: false, error: "Method not supported" });
    await runPlan(plan, covered, fx);
    assert.deepEqual(log, ["sign Step 1 of 2", "fallback to allowance", "call swap undefined no permit"]);
  });

  it("stops after an approval that didn't confirm, without sending the call", async () => {
    const { log, fx } = effects({ ok: true, permit: "unused" }, { status: "failed" });
    const run = await runPlan(planTx({ ...intent, permit: false })!, intent, fx);
    assert.deepEqual(run, { kind: "sent", outcome: { status: "failed" } });
    assert.deepEqual(log, ["approve Step 1 of 2"]);
  });
});
