import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { dismissToast, getServerToasts, getToasts, showToast, updateToast } from "./store";

describe("toast store", () => {
  it("gives the server and the client's first render the same snapshot (no re-render after hydration)", () => {
    // useSyncExternalStore compares the two by Object.is once the toaster is hydrated.
    assert.equal(getToasts(), getServerToasts());
    assert.equal(getToasts().length, 0);
  });
  it("shows, replaces by id and dismisses", () => {
    const id = showToast({ kind: "pending", title: "Sending" });
    updateToast(id, { kind: "pending", title: "Confirming" });
    assert.deepEqual(
      getToasts().map((t) => [t.id, t.title]),
      [[id, "Confirming"]],
    );
    dismissToast(id);
    assert.equal(getToasts().length, 0);
  });
});
