import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { INITIAL_STEPPER, STEP_OK, stepStatus, stepperReducer, type StepperState } from "./stepper";

const refusal = { ok: false, message: "Choose a lock period." } as const;

describe("the stepper's state machine", () => {
  it("moves on only when the step's check passes, and records why it refused", () => {
    const refused = stepperReducer(INITIAL_STEPPER, { type: "next", check: refusal, count: 3 });
    assert.deepEqual(refused, { index: 0, refused: "Choose a lock period.", moved: false });
    const moved = stepperReducer(refused, { type: "next", check: STEP_OK, count: 3 });
    assert.deepEqual(moved, { index: 1, refused: undefined, moved: true });
  });

  it("stays on the last step (finishing is the caller's action) and clears an old refusal", () => {
    const last: StepperState = { index: 2, refused: "Still loading", moved: true };
    assert.deepEqual(stepperReducer(last, { type: "next", check: STEP_OK, count: 3 }), {
      ...last,
      refused: undefined,
    });
  });

  it("goes back without checking, never before the first step, and clears the refusal", () => {
    const second: StepperState = { index: 1, refused: "Choose a lock period.", moved: true };
    assert.deepEqual(stepperReducer(second, { type: "back" }), { index: 0, refused: undefined, moved: true });
    assert.equal(stepperReducer(INITIAL_STEPPER, { type: "back" }), INITIAL_STEPPER);
  });

  it("resets to the first step", () => {
    const third: StepperState = { index: 2, refused: undefined, moved: true };
    assert.deepEqual(stepperReducer(third, { type: "reset" }), { index: 0, refused: undefined, moved: true });
  });

  it("marks steps done, current and to do, and all done once completed", () => {
    assert.deepEqual(
      [0, 1, 2].map((index) => stepStatus(index, 1, false)),
      ["done", "current", "todo"],
    );
    assert.deepEqual(
      [0, 1, 2].map((index) => stepStatus(index, 2, true)),
      ["done", "done", "done"],
    );
  });
});
