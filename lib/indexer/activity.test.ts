import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { activityCsv, activityDetail } from "./activity";
import type { Activity } from "./client";

const base: Activity = {
  id: "x",
  txHash: `0x${"cd".repeat(32)}`,
  blockNumber: 120n,
  timestamp: 1_796_229_440n,
  logIndex: 2,
  account: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
  kind: "unstakedEarly",
  amount: 9_000_000n,
  extra: 1_000_000n,
  counterparty: null,
  tokenId: 7n,
};

describe("activity rows", () => {
  it("describes an early unstake's position and burned penalty, and a swap's BIVE", () => {
    assert.equal(activityDetail(base), "position #7, 100 DTA penalty burned");
    assert.equal(
      activityDetail({ ...base, kind: "swapped", tokenId: null, extra: 1_250_500_000_000_000_000_000n }),
      "for 1,250.5 BIVE",
    );
  });

  it("exports exact amounts, UTC times and quotes cells that hold commas", () => {
    const csv = activityCsv([
      base,
      { ...base, id: "y", kind: "received", amount: 12_345_678_9999n, extra: null },
    ]);
    const [header, first, second] = csv.split("\r\n");
    assert.equal(header, "time_utc,kind,amount_dta,detail,block,log_index,tx_hash");
    assert.equal(
      first,
      `2026-12-02T16:37:20.000Z,Unstaked early,900,"position #7, 100 DTA penalty burned",120,2,${base.txHash}`,
    );
    assert.match(second ?? "", /^[^,]+,Received,12345678\.9999,,120,/);
    assert.ok(csv.endsWith("\r\n"));
  });
});
