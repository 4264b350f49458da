import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { selectStages } from "./testArgs";

const STAGES = ["compile", "types", "eslint", "prettier", "solhint", "contracts", "unit", "e2e"] as const;

describe("selectStages", () => {
  it("runs every stage when --only is absent", () => {
    assert.deepEqual(selectStages([], STAGES), { ok: true, stages: STAGES });
  });
  it("accepts the space form README documents: --only unit,e2e", () => {
    assert.deepEqual(selectStages(["--only", "unit,e2e"], STAGES), { ok: true, stages: ["unit", "e2e"] });
  });
  it("accepts the equals form: --only=contracts,unit", () => {
    assert.deepEqual(selectStages(["--only=contracts,unit"], STAGES), {
      ok: true,
      stages: ["contracts", "unit"],
    });
  });
  it("runs stages in the suite's order, once, whatever order they were asked in", () => {
    assert.deepEqual(selectStages(["--only", "e2e,unit", "--only=unit"], STAGES), {
      ok: true,
      stages: ["unit", "e2e"],
    });
  });
  it("refuses an unknown stage and names the valid ones", () => {
    const result = selectStages(["--only=units"], STAGES);
    assert.equal(result.ok, false);
    assert.equal(
      !result.ok && result.message,
      'Unknown test stage "units". Valid stages: compile, types, eslint, prettier, solhint, contracts, unit, e2e.',
    );
  });
  it("refuses --only with no value, or an empty one", () => {
    for (const argv of [["--only"], ["--only="], ["--only", "--only=unit"], ["--only", ","]]) {
      const result = selectStages(argv, STAGES);
      assert.equal(result.ok, false, argv.join(" "));
      assert.match(!result.ok ? result.message : "", /Valid stages: compile/);
    }
  });
  it("refuses a stray argument rather than ignoring it", () => {
    const result = selectStages(["unit"], STAGES);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : "", /Unknown argument "unit"/);
  });
});
