import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Checked } from "../twins/validate";
import { SCALE } from "./flow";
import { checkDeposit, checkRate, checkRecipient } from "./validate";

const ME = "0x00000000000000000000000000000000000000aB" as const;
const YOU = "0x00000000000000000000000000000000000000cd";
const refused = <T>(result: Checked<T>, pattern: RegExp) => {
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.message, pattern);
};

describe("open-stream checks", () => {
  it("recipient: an address, not zero, not yourself (any case)", () => {
    assert.deepEqual(checkRecipient(` ${YOU} `, ME), { ok: true, value: YOU });
    refused(checkRecipient("", ME), /Enter the recipient/);
    refused(checkRecipient("0x12", ME), /not an address/);
    refused(checkRecipient(`0x${"0".repeat(40)}`, ME), /zero address/);
    refused(checkRecipient(ME.toLowerCase(), ME), /yourself/);
  });
  it("rate: converted exactly per hour, day, month; 0 refused", () => {
    assert.deepEqual(checkRate("3600", "hour"), { ok: true, value: 10n ** 18n });
    assert.deepEqual(checkRate("1", "day"), { ok: true, value: 11_574_074_074_074n });
    refused(checkRate("0", "hour"), /more than 0/);
    refused(checkRate("1.5.2", "hour"), /digits/);
  });
  it("deposit: at least one second of flow, rounded up, and within the balance", () => {
    const rate = 10n ** 18n + 1n; // a hair over 1 DTA per second: the minimum is 1.0001 DTA
    assert.deepEqual(checkDeposit("1.0001", rate, 100_000n), { ok: true, value: 10_001n });
    refused(checkDeposit("1", rate, 100_000n), /at least one second of flow: 1\.0001 DTA/);
    refused(checkDeposit("11", SCALE, 100_000n), /balance/);
    refused(checkDeposit("0", SCALE, undefined), /more than 0/);
  });
});
