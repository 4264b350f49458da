import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  BaseError,
  ContractFunctionRevertedError,
  RawContractError,
  UserRejectedRequestError,
  encodeErrorResult,
  parseAbi,
  type Abi,
} from "viem";
import { USER_REJECTED_MESSAGE, decodeRevertData, decodeTxError, describeRevert } from "./errors";

// Fixture ABIs in the shape of the deployed contracts' errors (the app itself reads the generated map).
const tokenAbi = parseAbi([
  "error AccountBlacklisted(address account)",
  "error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)",
  "error EnforcedPause()",
  "error ZeroAddress()",
  "function transfer(address to, uint256 value) returns (bool)",
]);
const poolAbi = parseAbi([
  "error NotGovernance(address caller)",
  "function release(address to, uint256 amount)",
]);
const unknownAbi = parseAbi(["error SomethingNew(uint256 code)"]);
const abis: readonly Abi[] = [poolAbi, tokenAbi];
const alice = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

const blacklisted = encodeErrorResult({ abi: tokenAbi, errorName: "AccountBlacklisted", args: [alice] });
const insufficient = encodeErrorResult({
  abi: tokenAbi,
  errorName: "ERC20InsufficientBalance",
  args: [alice, 12_500_000n, 20_000_000n],
});
const paused = encodeErrorResult({ abi: tokenAbi, errorName: "EnforcedPause" });

describe("decodeTxError: user rejection", () => {
  it("recognises viem's UserRejectedRequestError deep in the cause chain", () => {
    const error = new BaseError("Transaction failed", {
      cause: new UserRejectedRequestError(new Error("User rejected the request.")),
    });
    assert.deepEqual(decodeTxError(error, abis), { kind: "rejected", message: USER_REJECTED_MESSAGE });
  });
  it("recognises a raw EIP-1193 error with code 4001", () => {
    const result = decodeTxError({ code: 4001, message: "Rejected by user" }, abis);
    assert.equal(result.kind, "rejected");
    assert.equal(result.message, "You rejected the request in your wallet.");
  });
});

describe("decodeTxError: custom errors", () => {
  it("uses what viem already decoded with the called contract's ABI", () => {
    const error = new ContractFunctionRevertedError({
      abi: tokenAbi,
      data: paused,
      functionName: "transfer",
    });
    const result = decodeTxError(new BaseError("Simulation failed", { cause: error }), []);
    assert.equal(result.errorName, "EnforcedPause");
    assert.match(result.message, /paused by the guardian/);
  });
  it("matches revert data against every deployed ABI when the called ABI does not know it", () => {
    // A pool called the token, which reverted: the pool's ABI can't decode AccountBlacklisted.
    const error = new ContractFunctionRevertedError({
      abi: poolAbi,
      data: blacklisted,
      functionName: "release",
    });
    const result = decodeTxError(error, abis);
    assert.equal(result.kind, "revert");
    assert.equal(result.errorName, "AccountBlacklisted");
    assert.match(result.message, /This address is blacklisted/);
    assert.match(result.message, /0x7099…79C8/);
  });
  it("decodes raw revert data from an RPC error", () => {
    const result = decodeTxError(
      new BaseError("call failed", { cause: new RawContractError({ data: insufficient }) }),
      abis,
    );
    assert.equal(result.errorName, "ERC20InsufficientBalance");
    assert.equal(
      result.message,
      "Insufficient DTA balance: the account has 1,250 DTA but this needs 2,000 DTA.",
    );
  });
  it("decodes revert data nested as { data: hex } by a provider", () => {
    const result = decodeTxError(
      { code: -32603, message: "execution reverted", data: { data: paused } },
      abis,
    );
    assert.equal(result.errorName, "EnforcedPause");
  });
  it("names an error no ABI maps to readable text", () => {
    const data = encodeErrorResult({ abi: unknownAbi, errorName: "SomethingNew", args: [7n] });
    assert.equal(
      decodeTxError(new RawContractError({ data }), [unknownAbi]).message,
      "The contract refused the transaction (SomethingNew).",
    );
  });
  it("decodes Error(string) and Panic reverts without any ABI", () => {
    const reason = encodeErrorResult({
      abi: parseAbi(["error Error(string)"]),
      errorName: "Error",
      args: ["not allowed"],
    });
    assert.equal(
      decodeTxError(new RawContractError({ data: reason }), []).message,
      "The contract refused: not allowed.",
    );
    assert.deepEqual(decodeRevertData(reason, [])?.args, ["not allowed"]);
    assert.equal(
      describeRevert("Panic", [0x11n]),
      "The contract failed: a number overflowed or underflowed.",
    );
  });
  it("returns undefined for data no ABI knows", () => {
    assert.equal(decodeRevertData("0xdeadbeef", abis), undefined);
  });
});

describe("decodeTxError: everything else", () => {
  it("falls back to viem's short message", () => {
    const result = decodeTxError(new BaseError("Chain mismatch", { details: "long details" }), abis);
    assert.equal(result.kind, "unknown");
    assert.equal(result.message, "Chain mismatch");
  });
  it("uses the first line of a plain Error", () => {
    assert.equal(decodeTxError(new Error("boom\nstack stack"), abis).message, "boom");
  });
  it("handles non-errors", () => {
    assert.equal(decodeTxError("plain text").message, "plain text");
    assert.equal(decodeTxError(undefined).message, "Something went wrong.");
  });
  it("explains missing gas money", () => {
    const error = new BaseError("insufficient funds", { name: "InsufficientFundsError" });
    assert.equal(decodeTxError(error).kind, "gas");
  });
  it("maps a ZeroAddress revert", () => {
    const data = encodeErrorResult({ abi: tokenAbi, errorName: "ZeroAddress" });
    assert.match(decodeTxError(new RawContractError({ data }), abis).message, /zero address/);
  });
});

describe("decodeTxError with the generated contract map", () => {
  it("decodes the token's AccountBlacklisted through allDeployedAbis", async () => {
    const { allDeployedAbis, deployedChainIds } = await import("./contracts");
    const chainId = deployedChainIds()[0];
    if (chainId === undefined) return;
    const result = decodeTxError(new RawContractError({ data: blacklisted }), allDeployedAbis(chainId));
    assert.equal(result.errorName, "AccountBlacklisted");
  });
});

describe("decodeTxError: staking's compliance, unlock weight and pool errors from the deployed ABI", () => {
  const stakingAbi = parseAbi([
    "error TokenPaused()",
    "error UnlockWeightNotDue(uint256 tokenId, uint256 unlock)",
    "error ExceedsUnreservedPool(uint256 requested, uint256 available)",
  ]);
  const decodeDeployed = async (data: `0x${string}`) => {
    const { allDeployedAbis, deployedChainIds } = await import("./contracts");
    const chainId = deployedChainIds()[0];
    assert.ok(chainId !== undefined, "the generated contract map has a chain");
    return decodeTxError(new RawContractError({ data }), allDeployedAbis(chainId));
  };

  it("says DTA's token-wide pause stops receipts, claims and exits", async () => {
    const result = await decodeDeployed(encodeErrorResult({ abi: stakingAbi, errorName: "TokenPaused" }));
    assert.equal(result.errorName, "TokenPaused");
    assert.match(result.message, /paused token-wide.*can't move, be claimed or be unstaked/);
  });
  it("says a locked position has no unlock weight to apply yet, with its date", async () => {
    const data = encodeErrorResult({
      abi: stakingAbi,
      errorName: "UnlockWeightNotDue",
      args: [4n, 1_800_000_000n],
    });
    const result = await decodeDeployed(data);
    assert.equal(result.errorName, "UnlockWeightNotDue");
    assert.match(result.message, /Position #4 is locked until 2027-01-15 08:00 UTC/);
  });
  it("says a withdrawal may take only the unreserved pool, with both figures", async () => {
    const data = encodeErrorResult({
      abi: stakingAbi,
      errorName: "ExceedsUnreservedPool",
      args: [20_000n, 10_000n],
    });
    const result = await decodeDeployed(data);
    assert.equal(result.errorName, "ExceedsUnreservedPool");
    assert.match(
      result.message,
      /Only 1 DTA of the staking pool is unreserved, less than the 2 DTA requested/,
    );
  });
});

describe("decodeTxError: staking errors", () => {
  const stakingAbi = parseAbi([
    "error AmountBelowMinimum(uint256 amount, uint256 minimum)",
    "error InvalidLockPeriod(uint256 lockDays)",
    "error InsufficientRewardPool(uint256 needed, uint256 available)",
    "error NothingToClaim(uint256 tokenId)",
    "error NothingToCompound(uint256 tokenId)",
    "error PositionLocked(uint256 tokenId, uint256 unlock)",
    "error PositionUnlocked(uint256 tokenId, uint256 unlock)",
    "error BonusCheckOutOfGas()",
    "error ZeroAmount()",
  ]);
  const decode = (data: `0x${string}`) => decodeTxError(new RawContractError({ data }), [stakingAbi]);

  it("says the pool can't cover the reward, with both figures", () => {
    const data = encodeErrorResult({
      abi: stakingAbi,
      errorName: "InsufficientRewardPool",
      args: [12_500_000n, 10_000n],
    });
    const result = decode(data);
    assert.equal(result.errorName, "InsufficientRewardPool");
    assert.match(result.message, /rewards pool can't cover this reward/);
    assert.match(result.message, /needs 1,250 DTA but only 1 DTA is available/);
  });
  it("explains the Bronze minimum", () => {
    const data = encodeErrorResult({
      abi: stakingAbi,
      errorName: "AmountBelowMinimum",
      args: [5_000_000n, 10_000_000n],
    });
    assert.equal(decode(data).message, "500 DTA is below the minimum stake of 1,000 DTA (Bronze).");
  });
  it("names the lock period that is not offered", () => {
    const data = encodeErrorResult({ abi: stakingAbi, errorName: "InvalidLockPeriod", args: [45n] });
    assert.match(decode(data).message, /30, 90, 180 or 365 days, not 45 days/);
  });
  it("says a locked position is locked until its unlock date and points to early unstake", () => {
    const data = encodeErrorResult({
      abi: stakingAbi,
      errorName: "PositionLocked",
      args: [7n, 1_800_000_000n],
    });
    const message = decode(data).message;
    assert.match(message, /Position #7 is still locked until 2027-01-15 08:00 UTC/);
    assert.match(message, /early unstake/);
  });
  it("explains nothing to claim, nothing to compound and an unlocked position", () => {
    const claim = encodeErrorResult({ abi: stakingAbi, errorName: "NothingToClaim", args: [3n] });
    const compound = encodeErrorResult({ abi: stakingAbi, errorName: "NothingToCompound", args: [3n] });
    const unlocked = encodeErrorResult({ abi: stakingAbi, errorName: "PositionUnlocked", args: [3n, 1n] });
    assert.match(decode(claim).message, /Position #3 has no rewards to claim yet/);
    assert.match(decode(compound).message, /no accrued rewards to compound/);
    assert.match(decode(unlocked).message, /already unlocked.*Unstake it instead/);
  });
  it("maps the argument-less staking errors", () => {
    assert.match(
      decode(encodeErrorResult({ abi: stakingAbi, errorName: "ZeroAmount" })).message,
      /greater than zero/,
    );
    assert.match(
      decode(encodeErrorResult({ abi: stakingAbi, errorName: "BonusCheckOutOfGas" })).message,
      /ran out of gas/,
    );
  });
});

describe("decodeTxError: BIVE swap errors", () => {
  const swapAbi = parseAbi([
    "error SwapPoolExhausted(uint256 requested, uint256 available)",
    "error ZeroAmount()",
  ]);
  const decode = (data: `0x${string}`) => decodeTxError(new RawContractError({ data }), [swapAbi]);

  it("says the swap pool is exhausted, with what is left and what was asked", () => {
    const data = encodeErrorResult({
      abi: swapAbi,
      errorName: "SwapPoolExhausted",
      args: [12_500_000n, 10_000n],
    });
    const result = decode(data);
    assert.equal(result.errorName, "SwapPoolExhausted");
    assert.equal(
      result.message,
      "The BIVE swap pool has only 1 DTA left, but this swap needs 1,250 DTA. Swap a smaller amount.",
    );
  });
  it("explains a swap worth zero DTA", () => {
    const result = decode(encodeErrorResult({ abi: swapAbi, errorName: "ZeroAmount" }));
    assert.equal(result.errorName, "ZeroAmount");
    assert.match(result.message, /greater than zero/);
  });
});
