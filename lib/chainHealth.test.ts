import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { HttpRequestError, RpcRequestError, TimeoutError } from "viem";
import {
  CHAIN_UP,
  createChainHealthMonitor,
  isUnreachableError,
  probeDelayMs,
  rpcProbe,
} from "./chainHealth";

const RPC = "http://127.0.0.1:8545";
const unreachable = () =>
  new HttpRequestError({ url: RPC, details: "fetch failed", cause: new TypeError("fetch failed") });

/** A monitor with a hand-driven clock: `tick()` runs the one pending probe timer. */
function harness(answers: boolean[]) {
  const timers: { run: () => void; ms: number }[] = [];
  let probes = 0;
  const monitor = createChainHealthMonitor({
    probe: async () => {
      probes += 1;
      return answers.shift() ?? false;
    },
    setTimer: (run, ms) => timers.push({ run, ms }),
    now: () => 1_000,
  });
  const tick = async () => {
    const timer = timers.shift();
    assert.ok(timer, "a probe is scheduled");
    timer.run();
    await new Promise((r) => setImmediate(r));
    return timer.ms;
  };
  return { monitor, timers, tick, probes: () => probes };
}

describe("probeDelayMs", () => {
  it("doubles from 1 s and stops growing at 10 s", () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 50].map(probeDelayMs),
      [1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000],
    );
  });
});

describe("isUnreachableError", () => {
  it("counts network failures and timeouts, deep in a cause chain", () => {
    assert.equal(isUnreachableError(unreachable()), true);
    assert.equal(isUnreachableError(new TimeoutError({ body: {}, url: RPC })), true);
    assert.equal(isUnreachableError(new Error("wrapped", { cause: new TypeError("Failed to fetch") })), true);
  });
  it("treats an RPC error (a revert, a bad request) as an answer", () => {
    const revert = new RpcRequestError({
      body: {},
      url: RPC,
      error: { code: 3, message: "execution reverted" },
    });
    assert.equal(isUnreachableError(revert), false);
    assert.equal(isUnreachableError(new Error("boom")), false);
    assert.equal(isUnreachableError(undefined), false);
  });
});

describe("createChainHealthMonitor", () => {
  it("costs nothing while the node answers: no probe is scheduled", () => {
    const { monitor, timers } = harness([]);
    monitor.reportAnswer();
    monitor.reportFailure(new Error("execution reverted"));
    assert.deepEqual(monitor.getSnapshot(), { status: "up" });
    assert.equal(timers.length, 0);
  });
  it("starts with, and comes back to, the very value the server renders (no re-render after hydration)", async () => {
    // useSyncExternalStore compares the server snapshot with the client's by Object.is once hydrated.
    const { monitor, tick } = harness([true]);
    assert.equal(monitor.getSnapshot(), CHAIN_UP);
    monitor.reportFailure(unreachable());
    assert.notEqual(monitor.getSnapshot(), CHAIN_UP);
    await tick();
    assert.equal(monitor.getSnapshot(), CHAIN_UP);
  });
  it("goes down on an unreachable node, probes with backoff, and comes back up by itself", async () => {
    const { monitor, timers, tick, probes } = harness([false, false, true]);
    const seen: string[] = [];
    monitor.subscribe(() => seen.push(monitor.getSnapshot().status));
    monitor.reportFailure(unreachable());
    monitor.reportFailure(unreachable()); // a second failed request changes nothing and schedules nothing
    assert.deepEqual(monitor.getSnapshot(), { status: "down", since: 1_000, attempts: 0 });
    assert.equal(timers.length, 1);
    assert.equal(await tick(), 1_000);
    assert.equal(await tick(), 2_000);
    assert.equal(await tick(), 4_000);
    assert.equal(probes(), 3);
    assert.deepEqual(monitor.getSnapshot(), { status: "up" });
    assert.equal(timers.length, 0, "no probe once the node answers");
    assert.deepEqual(seen, ["down", "down", "down", "up"]);
  });
  it("comes back up at once when a regular request gets through, and the pending probe then stops", async () => {
    const { monitor, timers, tick, probes } = harness([false]);
    monitor.reportFailure(unreachable());
    monitor.reportAnswer();
    assert.deepEqual(monitor.getSnapshot(), { status: "up" });
    await tick();
    assert.equal(probes(), 1);
    assert.equal(timers.length, 0);
  });
  it("unsubscribes", () => {
    const { monitor } = harness([]);
    let calls = 0;
    const stop = monitor.subscribe(() => (calls += 1));
    stop();
    monitor.reportFailure(unreachable());
    assert.equal(calls, 0);
  });
});

describe("rpcProbe", () => {
  const reply = (status: number, body: unknown): typeof fetch =>
    (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
  it("is true when the node returns a JSON-RPC result", async () => {
    assert.equal(await rpcProbe(RPC, reply(200, { jsonrpc: "2.0", id: 1, result: "0x7a69" }))(), true);
  });
  it("is false on an HTTP error or a body without a result", async () => {
    assert.equal(await rpcProbe(RPC, reply(502, {}))(), false);
    assert.equal(await rpcProbe(RPC, reply(200, { error: { code: -32000 } }))(), false);
  });
});
