import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { decodeFunctionData, encodeFunctionData } from "viem";
import { getDeployedContract } from "../contracts";
import { EMPTY_ACTION, checkBurnRate, checkCalldata, encodeAction } from "./actions";
import { decodeCall } from "./decode";
import { optionLabelsFor } from "./description";
import { optionCalls, timeline } from "./lifecycle";
import { sqrtWeight } from "./quadratic";
import {
  checkDeposit,
  checkOptionCount,
  checkOptionLabels,
  checkThreshold,
  checkTitle,
  encodeOptions,
  parseProposalDescription,
  proposalDescription,
  type ProposalDraft,
} from "./proposal";

const CHAIN = 31337;
const fees = getDeployedContract(CHAIN, "ServiceFees")!;
const message = (r: { ok: boolean; message?: string }) => (r.ok ? "" : (r.message ?? ""));

describe("proposal actions", () => {
  it("encodes a service burn rate change the timelock can make, and decodes it back into words", () => {
    const r = encodeAction(CHAIN, { ...EMPTY_ACTION, kind: "serviceBurnRate", amount: "3" });
    assert.ok(r.ok);
    assert.equal(r.value.target, fees.address);
    const decoded = decodeFunctionData({ abi: fees.abi, data: r.value.calldata });
    assert.equal(decoded.functionName, "setServiceBurnBps");
    assert.deepEqual(decoded.args, [300n]);
    assert.equal(decodeCall(CHAIN, r.value).words, "Set the marketplace service burn rate to 3.00%");
  });
  it("refuses burn rates outside 2–5% and malformed ones", () => {
    assert.match(message(checkBurnRate("1.99")), /between 2% and 5%/);
    assert.match(message(checkBurnRate("5.01")), /between 2% and 5%/);
    assert.match(message(checkBurnRate("2.555")), /decimal/);
    assert.deepEqual(checkBurnRate("2.5"), { ok: true, value: 250n });
  });
  it("refuses bad raw calls: address, hex, selector, and calldata that matches none of a known contract's functions", () => {
    const raw = { ...EMPTY_ACTION, kind: "raw" as const };
    assert.match(
      message(encodeAction(CHAIN, { ...raw, to: "0x123", calldata: "0x12345678" })),
      /not a valid address/,
    );
    assert.match(message(encodeAction(CHAIN, { ...raw, to: fees.address, calldata: "0xzz" })), /must be hex/);
    assert.match(
      message(encodeAction(CHAIN, { ...raw, to: fees.address, calldata: "0x123" })),
      /must be hex/,
    );
    assert.match(
      message(encodeAction(CHAIN, { ...raw, to: fees.address, calldata: "0x1234" })),
      /4-byte function selector/,
    );
    assert.match(
      message(checkCalldata(CHAIN, fees.address, "0xdeadbeef")),
      /doesn't match any function of ServiceFees/,
    );
    const calldata = encodeFunctionData({ abi: fees.abi, functionName: "setServiceBurnBps", args: [300n] });
    const ok = encodeAction(CHAIN, { ...raw, to: fees.address, calldata });
    assert.ok(ok.ok);
    assert.equal(decodeCall(CHAIN, ok.value).words, "Set the marketplace service burn rate to 3.00%");
  });
  it("says an unknown contract's call is not decoded", () => {
    const d = decodeCall(CHAIN, {
      target: "0x000000000000000000000000000000000000dEaD",
      value: 0n,
      calldata: "0x12345678",
    });
    assert.equal(d.decoded, false);
    assert.match(d.words, /not decoded/);
  });
  it("refuses a grant above what the timelock holds", () => {
    const grant = { ...EMPTY_ACTION, kind: "grant" as const, to: fees.address, amount: "10" };
    assert.match(message(encodeAction(CHAIN, grant, 5_0000n)), /timelock holds 5 DTA/);
    assert.ok(encodeAction(CHAIN, grant, 10_0000n).ok);
  });
});

describe("proposal drafts", () => {
  const option = (label: string) => ({ label, actions: [] });
  it("counts options: 2–10 for multi-option; 11 is refused", () => {
    assert.match(message(checkOptionCount("multi", 1)), /at least 2 options/);
    assert.match(message(checkOptionCount("multi", 11)), /at most 10 options \(this one has 11\)/);
    assert.ok(checkOptionCount("multi", 10).ok);
    assert.ok(checkOptionCount("forAgainst", 1).ok);
  });
  it("needs every option named, once", () => {
    assert.match(message(checkOptionLabels("multi", [option("A"), option(" ")])), /Option 2 has no name/);
    assert.match(message(checkOptionLabels("multi", [option("A"), option("a")])), /same name/);
  });
  it("refuses a proposal without any action, naming where an action is wrong", () => {
    const draft: ProposalDraft = {
      committee: 1,
      kind: "multi",
      options: [option("A"), option("B")],
      title: "T",
      body: "B",
    };
    assert.match(message(encodeOptions(CHAIN, draft)), /no action in any option/);
    const bad = {
      ...draft,
      options: [option("A"), { label: "B", actions: [{ ...EMPTY_ACTION, amount: "9" }] }],
    };
    assert.match(message(encodeOptions(CHAIN, bad)), /^Option 2, action 1: .*between 2% and 5%/);
  });
  it("checks the title, threshold and deposit with their messages", () => {
    assert.match(message(checkTitle("  ")), /Enter the proposal's title/);
    assert.match(
      message(checkThreshold(5n, 10_000_000_000n)),
      /Proposing needs 1,000,000 votes; you have 0.0005/,
    );
    assert.ok(checkThreshold(10_000_000_000n, 10_000_000_000n).ok);
    assert.match(message(checkDeposit(1n, 100_000_000n)), /deposit is 10,000 DTA/);
  });
  it("writes and reads back the title, text and option names of a description", () => {
    const text = proposalDescription("Raise burn", "Because.\n\nMore.", ["Keep", "Raise"]);
    assert.deepEqual(parseProposalDescription(text), {
      title: "Raise burn",
      body: "Because.\n\nMore.",
      options: ["Keep", "Raise"],
    });
    assert.equal(parseProposalDescription("plain text").title, "plain text");
  });
});

describe("proposal lifecycle", () => {
  it("√ rounds down like OZ Math.sqrt", () => {
    for (const [n, r] of [
      [0n, 0n],
      [1n, 1n],
      [3n, 1n],
      [4n, 2n],
      [99n, 9n],
      [10n ** 10n, 10n ** 5n],
      [10n ** 10n - 1n, 10n ** 5n - 1n],
    ] as const) {
      assert.equal(sqrtWeight(n), r);
    }
  });
  it("names choices in bravo order and slices an option's calls", () => {
    assert.deepEqual(optionLabelsFor(0, { optionLabels: [] }), ["Against", "For", "Abstain"]);
    assert.deepEqual(optionLabelsFor(3, { optionLabels: ["A", "B"] }), ["A", "B", "Option 3"]);
    const a = fees.address;
    const flat = { targets: [a, a, a], values: [0n, 1n, 2n], calldatas: ["0x01", "0x02", "0x03"] as const };
    assert.deepEqual(
      optionCalls(flat, 2, [1, 3], 1).map((c) => c.value),
      [1n, 2n],
    );
    assert.deepEqual(optionCalls(flat, 0, [], 0).length, 3);
  });
  it("shows the expiry until queued, then the eta", () => {
    const base = { createdAt: 0n, snapshot: 10n, deadline: 20n, queueWindow: 100n, eta: 0n, chainTime: 25n };
    assert.deepEqual(
      timeline({ ...base, state: 4 })
        .map((e) => e.label)
        .at(-1),
      "Expires unless queued by",
    );
    const queued = timeline({ ...base, state: 5, queuedAt: 30n, eta: 40n, chainTime: 45n });
    assert.deepEqual(queued.at(-1), { label: "Executable by anyone from", at: 40n, done: true });
  });
});
