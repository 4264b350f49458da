import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatProposalText, optionLabelsFor, parseProposalText } from "./description";

describe("proposal description", () => {
  it("reads back what it writes: title, option labels and bucket", () => {
    const text = formatProposalText({
      title: "Fund the sensor grants",
      body: "Two ways to do it.",
      optionLabels: ["Small round", "Large round"],
      bucket: "communityDao",
    });
    assert.deepEqual(parseProposalText(text), {
      title: "Fund the sensor grants",
      optionLabels: ["Small round", "Large round"],
      bucket: "communityDao",
    });
  });

  it("falls back for free text: first line as title, numbered options, no bucket", () => {
    const parsed = parseProposalText("\n  Lower the fee\nOption 2: Lower\nTreasury bucket: nowhere");
    assert.equal(parsed.title, "Lower the fee");
    assert.deepEqual(parsed.optionLabels, ["Option 1", "Lower"]);
    assert.equal(parsed.bucket, null);
    assert.equal(parseProposalText("").title, "Untitled proposal");
  });

  it("labels For/Against/Abstain in support order and multi-option ones by index", () => {
    assert.deepEqual(optionLabelsFor(0, { optionLabels: ["x"] }), ["Against", "For", "Abstain"]);
    assert.deepEqual(optionLabelsFor(3, { optionLabels: ["A"] }), ["A", "Option 2", "Option 3"]);
  });
});
