import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  createPublicClient,
  custom,
  encodeErrorResult,
  RawContractError,
  type Abi,
  type Address,
  type Hex,
} from "viem";
import { hardhat } from "viem/chains";
import { allDeployedAbis, getDeployedContract } from "./contracts";
import { DTA_UNIT, decodeTxError, describeRevert } from "./errors";
import { tokenUnitResolverFor } from "./errorUnits";
import { MARKETPLACE_ERROR_MESSAGES } from "./marketplaceErrors";

const market = getDeployedContract(hardhat.id, "AIMarketplace");
const OPEN_ZEPPELIN = /^(AccessControl|ReentrancyGuard|SafeERC20)/;
const payer: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("AI marketplace errors in words", { skip: !market }, () => {
  const abis = allDeployedAbis(hardhat.id);
  const marketAbi = market?.abi as Abi;
  const decode = (errorName: string, args: readonly unknown[]) =>
    decodeTxError(
      new RawContractError({ data: encodeErrorResult({ abi: marketAbi, errorName, args }) as Hex }),
      abis,
    );

  it("every custom error of AIMarketplace has readable text, and the table names only deployed errors", () => {
    for (const item of marketAbi) {
      if (item.type !== "error" || OPEN_ZEPPELIN.test(item.name)) continue;
      const message = describeRevert(item.name, []);
      assert.doesNotMatch(message, /refused the transaction/, `${item.name} has no text`);
    }
    const names = new Set(marketAbi.flatMap((i) => (i.type === "error" ? [i.name] : [])));
    for (const name of Object.keys(MARKETPLACE_ERROR_MESSAGES))
      assert.ok(names.has(name), `${name} is not deployed`);
  });

  it("explains empty and over-long names, and unknown categories", () => {
    assert.equal(decode("InvalidServiceName", [0n, 64n]).message, "The service name can't be empty.");
    assert.equal(
      decode("InvalidServiceName", [65n, 64n]).message,
      "The service name must be 1–64 bytes long (this one is 65).",
    );
    assert.match(decode("UnknownCategory", [9n]).message, /no category #9/);
  });

  it("gives prices per query and fees in DTA", () => {
    assert.equal(
      decode("InvalidPrice", [0n, 10_000_000_000n]).message,
      "The price per query must be more than 0 DTA.",
    );
    assert.equal(
      decode("InvalidPrice", [10_000_000_001n, 10_000_000_000n]).message,
      "The price per query can be at most 1,000,000 DTA, not 1,000,000.0001 DTA.",
    );
    assert.equal(
      decode("PriceAboveAccepted", [30_000n, 25_000n]).message,
      "The price is now 3 DTA per query, above the 2.5 DTA per query you accepted. Review the new price and try again.",
    );
    assert.match(
      decode("ExceedsUnreservedProviderPool", [100_001n, 100_000n]).message,
      /10 DTA is free, not 10.0001 DTA/,
    );
  });

  it("says why a payment, a rating or a response is refused", () => {
    assert.equal(
      decode("InvalidQueryCount", [0n, 1_000n]).message,
      "Buy whole queries from 1 to 1000 in one payment, not 0.",
    );
    assert.match(decode("ServiceIsPaused", [4n]).message, /^Service #4 is paused by its provider/);
    assert.match(
      decode("NotAPayer", [4n, payer]).message,
      /Only an account that paid for service #4 can rate it\. Pay for at least one query first\./,
    );
    assert.equal(decode("InvalidRating", [6]).message, "A rating is 1 to 5 stars, not 6.");
    assert.match(decode("ResponseAlreadyPosted", [12n]).message, /Request #12 already has its response/);
    assert.match(decode("NotServiceProvider", [4n, payer]).message, /Only the provider of service #4/);
  });

  it("prints a payer's short DTA allowance inside a payment in DTA (real viem chain)", async () => {
    const token = getDeployedContract(hardhat.id, "DTAToken");
    assert.ok(token && market);
    const data = encodeErrorResult({
      abi: token.abi as Abi,
      errorName: "ERC20InsufficientAllowance",
      args: [market.address, 10_000n, 25_000n],
    });
    const client = createPublicClient({
      chain: hardhat,
      transport: custom({
        request: () => {
          throw Object.assign(new Error("VM Exception while processing transaction"), { code: 3, data });
        },
      }),
    });
    const error = await client
      .simulateContract({
        address: market.address,
        abi: marketAbi,
        functionName: "payForQueries",
        args: [1n, 1n, 25_000n],
        account: payer,
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const unitOf = tokenUnitResolverFor(hardhat.id);
    assert.deepEqual(unitOf({ errorName: "InvalidPrice", args: [], contract: market.address }), DTA_UNIT);
    assert.match(decodeTxError(error, abis, { unitOf }).message, /1 DTA is approved but this needs 2.5 DTA/);
  });
});
