import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { RawContractError, encodeErrorResult, type Abi, type Hex } from "viem";
import { hardhat } from "viem/chains";
import { allDeployedAbis, getDeployedContract } from "./contracts";
import { decodeTxError, describeRevert } from "./errors";
import { TWIN_ERROR_MESSAGES } from "./twinErrors";

const registry = getDeployedContract(hardhat.id, "TwinRegistry");
const fees = getDeployedContract(hardhat.id, "ServiceFees");
const OPEN_ZEPPELIN = /^(ERC721|AccessControl|ReentrancyGuard|SafeERC20)/;

describe("twin registry errors in words", { skip: !registry || !fees }, () => {
  const abis = allDeployedAbis(hardhat.id);
  const registryAbi = registry?.abi as Abi;
  const decode = (errorName: string, args: readonly unknown[], abi: Abi = registryAbi) =>
    decodeTxError(new RawContractError({ data: encodeErrorResult({ abi, errorName, args }) as Hex }), abis);

  it("every custom error of TwinRegistry and ServiceFees has readable text", () => {
    for (const abi of [registryAbi, fees?.abi as Abi]) {
      for (const item of abi) {
        if (item.type !== "error" || OPEN_ZEPPELIN.test(item.name)) continue;
        const message = describeRevert(item.name, []);
        assert.doesNotMatch(message, /refused the transaction/, `${item.name} has no text`);
      }
    }
    // ...and no text names an error the contracts do not have.
    const names = new Set(
      [...registryAbi, ...(fees?.abi as Abi)].flatMap((i) => (i.type === "error" ? [i.name] : [])),
    );
    for (const name of Object.keys(TWIN_ERROR_MESSAGES))
      assert.ok(names.has(name), `${name} is not deployed`);
  });

  it("says how much the bond is and how much the account holds", () => {
    const result = decode("InsufficientBalanceForBond", [99_999_999n, 100_000_000n]);
    assert.equal(result.errorName, "InsufficientBalanceForBond");
    assert.match(result.message, /bonds exactly 10,000 DTA, but this account holds 9,999.9999 DTA/);
  });

  it("explains empty and over-long labels and URIs", () => {
    assert.equal(decode("InvalidCategory", [0n, 32n]).message, "The category label can't be empty.");
    assert.equal(
      decode("InvalidCategory", [33n, 32n]).message,
      "The category label must be 1–32 bytes long (this one is 33).",
    );
    assert.match(decode("InvalidMetadataURI", [300n, 256n]).message, /1–256 bytes long \(this one is 300\)/);
  });

  it("gives hours, rates per hour and slashes in DTA", () => {
    assert.equal(
      decode("InvalidHours", [1_001n, 1_000n]).message,
      "Buy whole hours from 1 to 1000, not 1001.",
    );
    assert.equal(
      decode("RateOutOfBounds", [50n, 100n, 1_000_000n]).message,
      "The rate must be between 0.01 DTA/hour and 100 DTA/hour, not 0.005 DTA/hour.",
    );
    assert.match(
      decode("RateAboveAccepted", [2_000n, 1_000n]).message,
      /now 0.2 DTA\/hour, above the 0.1 DTA\/hour you accepted/,
    );
    assert.match(
      decode("InvalidSlashAmount", [1_000_001n, 1_000_000n]).message,
      /at most 10% of the bond left \(100 DTA\), not 100.0001 DTA/,
    );
  });

  it("names the twin, the job and their dates", () => {
    assert.match(decode("TwinIsSuspended", [7n]).message, /^Twin #7 is suspended \(quality below 50\)/);
    assert.match(
      decode("CooldownNotOver", [3n, 1_800_000_000n]).message,
      /Twin #3's bond comes back when its 7-day cooldown ends, at 2027-01-15 08:00 UTC/,
    );
    assert.equal(decode("JobNotOpen", [5n, 2]).message, "Job #5 is already completed.");
    assert.match(
      decode("JobNotExpired", [5n, 1_800_000_000n]).message,
      /only after its deadline, 2027-01-15/,
    );
    assert.match(decode("NoTwinRewards", [9n]).message, /Twin #9 has no rewards to claim yet/);
  });

  it("gives the service burn bounds as percentages", () => {
    const result = decode("ServiceBurnRateOutOfBounds", [550n, 200n, 500n], fees?.abi as Abi);
    assert.equal(result.message, "The service burn rate must be 2%–5%, not 5.5%.");
  });
});

describe("ERC-721 errors fit staking receipts and twins alike", () => {
  it("names the NFT without calling a twin a position", () => {
    assert.equal(
      describeRevert("ERC721NonexistentToken", [12n]),
      "NFT #12 doesn't exist (a closed staking position or a withdrawn twin is burned).",
    );
    assert.match(describeRevert("ERC721InsufficientApproval", ["0x01", 3n]), /You don't own NFT #3/);
  });
});
