import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { islandPropsKey, type Serialisable } from "./islandProps";

// What a `/twins/[id]`-style page passes to its island: an id and figures it read on the server.
interface TwinIslandProps {
  readonly twinId: bigint;
  readonly name: string;
  readonly owners: readonly `0x${string}`[];
  readonly stats: { readonly runs: number; readonly listed: boolean; readonly price: bigint | null };
}

// Compile-time checks (the `types` stage runs tsc over this file): serialisable props are accepted as they
// are; a callback, a Date or a class instance is refused.
const accepted: Serialisable<TwinIslandProps> = {
  twinId: 7n,
  name: "Turbine 7",
  owners: ["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"],
  stats: { runs: 3, listed: true, price: null },
} satisfies TwinIslandProps;
// @ts-expect-error a function can't cross from a server page to an island
const withCallback: Serialisable<{ onDone: () => void }> = { onDone: () => undefined };
// @ts-expect-error a Date can't either (pass its unix seconds)
const withDate: Serialisable<{ at: Date }> = { at: new Date(0) };
// @ts-expect-error nor a class instance
const withMap: Serialisable<{ cache: Map<string, number> }> = { cache: new Map() };

describe("web3 island props", () => {
  it("keys equal props equally (bigints included, any key order) so an island re-renders only on change", () => {
    const reordered = {
      stats: { price: null, listed: true, runs: 3 },
      owners: accepted.owners,
      name: "Turbine 7",
      twinId: 7n,
    };
    assert.equal(islandPropsKey(accepted), islandPropsKey(reordered));
    assert.notEqual(islandPropsKey(accepted), islandPropsKey({ ...accepted, twinId: 8n }));
    assert.notEqual(islandPropsKey({ id: 1n }), islandPropsKey({ id: "1" }));
    assert.ok([withCallback, withDate, withMap].length === 3);
  });
});
