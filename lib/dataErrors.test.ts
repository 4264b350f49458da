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
import { DATA_ERROR_MESSAGES, STREAM_ERROR_MESSAGES } from "./dataErrors";

const data = getDeployedContract(hardhat.id, "DataContributions");
const streams = getDeployedContract(hardhat.id, "DTAStreams");
const OPEN_ZEPPELIN = /^(AccessControl|ReentrancyGuard|SafeERC20|ERC721)/;
const buyer: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

function errorNames(abi: Abi): Set<string> {
  return new Set(abi.flatMap((i) => (i.type === "error" ? [i.name] : [])));
}

describe("data economy errors in words", { skip: !data || !streams }, () => {
  const abis = allDeployedAbis(hardhat.id);
  const dataAbi = data?.abi as Abi;
  const streamsAbi = streams?.abi as Abi;
  const decode = (abi: Abi, errorName: string, args: readonly unknown[]) =>
    decodeTxError(new RawContractError({ data: encodeErrorResult({ abi, errorName, args }) as Hex }), abis);

  it("every custom error of DataContributions and DTAStreams has readable text; the tables name only deployed errors", () => {
    for (const abi of [dataAbi, streamsAbi]) {
      for (const item of abi) {
        if (item.type !== "error" || OPEN_ZEPPELIN.test(item.name)) continue;
        const message = describeRevert(item.name, []);
        assert.doesNotMatch(message, /refused the transaction/, `${item.name} has no text`);
      }
    }
    const dataNames = errorNames(dataAbi);
    for (const name of Object.keys(DATA_ERROR_MESSAGES))
      assert.ok(dataNames.has(name), `${name} is not deployed`);
    const streamNames = errorNames(streamsAbi);
    for (const name of Object.keys(STREAM_ERROR_MESSAGES))
      assert.ok(streamNames.has(name), `${name} is not deployed`);
  });

  it("explains submissions refused: duplicate and empty hashes, premiums, categories", () => {
    assert.equal(
      decode(dataAbi, "DuplicateDataHash", [`0x${"ab".repeat(32)}`, 7n]).message,
      "This data was already submitted (contribution #7): each data hash is accepted once.",
    );
    assert.match(decode(dataAbi, "EmptyDataHash", []).message, /can't be all zeros/);
    assert.equal(
      decode(dataAbi, "InvalidPremiumPrice", [0n, 10_000_000_000n]).message,
      "A restricted contribution needs a premium price above 0 DTA.",
    );
    assert.match(
      decode(dataAbi, "InvalidPremiumPrice", [10_000_000_001n, 10_000_000_000n]).message,
      /at most 1,000,000 DTA \(not 1,000,000.0001 DTA\)/,
    );
    assert.match(decode(dataAbi, "UnknownDataCategory", [9n]).message, /no data category #9/);
  });

  it("explains scoring, claiming and access", () => {
    assert.equal(decode(dataAbi, "InvalidScore", [101n]).message, "A score is 0 to 100, not 101.");
    assert.match(decode(dataAbi, "AlreadyScored", [3n]).message, /^Contribution #3 is already scored/);
    assert.match(decode(dataAbi, "NoDataReward", [buyer]).message, /no data reward to claim yet/);
    assert.match(decode(dataAbi, "AccessNotGranted", [3n, buyer]).message, /hasn't approved this account/);
    assert.match(decode(dataAbi, "AccessUnchanged", [3n, buyer, true]).message, /is already approved/);
    assert.match(decode(dataAbi, "AccessUnchanged", [3n, buyer, false]).message, /nothing to revoke/);
    assert.equal(
      decode(dataAbi, "PremiumAboveAccepted", [30_000n, 25_000n]).message,
      "The premium is now 3 DTA, above the 2.5 DTA you accepted. Review the new price and try again.",
    );
  });

  it("explains stream refusals with amounts in DTA", () => {
    assert.equal(
      decode(streamsAbi, "DepositBelowOneSecond", [1n, 2n]).message,
      "The deposit must cover at least one second of flow: 0.0002 DTA at this rate, not 0.0001 DTA.",
    );
    assert.equal(
      decode(streamsAbi, "Overdraw", [4n, 250_000n, 120_000n]).message,
      "Stream #4 has 12 DTA to withdraw now, not 25 DTA.",
    );
    assert.match(decode(streamsAbi, "SelfStream", [buyer]).message, /can't stream to yourself/);
    assert.match(decode(streamsAbi, "ZeroRate", []).message, /more than 0 DTA per second/);
    assert.match(
      decode(streamsAbi, "NotStreamParty", [2n, buyer]).message,
      /payer or the recipient of stream #2/,
    );
    assert.match(decode(streamsAbi, "AccountBlacklisted", [buyer]).message, /blacklist/i);
  });

  it("decodes a stream revert raised through a real viem simulation, in DTA", async () => {
    assert.ok(streams);
    const revert = encodeErrorResult({
      abi: streamsAbi,
      errorName: "DepositBelowOneSecond",
      args: [5n, 10_000n],
    });
    const client = createPublicClient({
      chain: hardhat,
      transport: custom({
        request: () => {
          throw Object.assign(new Error("VM Exception while processing transaction"), {
            code: 3,
            data: revert,
          });
        },
      }),
    });
    const error = await client
      .simulateContract({
        address: streams.address,
        abi: streamsAbi,
        functionName: "open",
        args: [buyer, 10n ** 18n, 5n],
        account: buyer,
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const unitOf = tokenUnitResolverFor(hardhat.id);
    assert.deepEqual(unitOf({ errorName: "Overdraw", args: [], contract: streams.address }), DTA_UNIT);
    assert.equal(
      decodeTxError(error, abis, { unitOf }).message,
      "The deposit must cover at least one second of flow: 1 DTA at this rate, not 0.0005 DTA.",
    );
  });
});
