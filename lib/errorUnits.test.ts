import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createPublicClient, custom, encodeErrorResult, type Abi, type Address, type Hex } from "viem";
import { hardhat } from "viem/chains";
import { allDeployedAbis, getDeployedContract } from "./contracts";
import { DTA_UNIT, decodeTxError } from "./errors";
import { BIVE_UNIT, tokenUnitResolver, tokenUnitResolverFor } from "./errorUnits";

const CHAIN_ID = hardhat.id;
const bive = getDeployedContract(CHAIN_ID, "BIVE");
const biveSwap = getDeployedContract(CHAIN_ID, "BiveSwap");
const token = getDeployedContract(CHAIN_ID, "DTAToken");
const staking = getDeployedContract(CHAIN_ID, "DTAStaking");
const holder: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const recipient: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

/**
 * A public client whose node answers every eth_call the way the local Hardhat node does when the call
 * reverts (error code 3 with the revert data), so viem builds its real error chain around it.
 */
function revertingClient(data: Hex) {
  return createPublicClient({
    chain: hardhat,
    transport: custom({
      request: ({ method }: { method: string }) => {
        if (method !== "eth_call") throw new Error(`unexpected ${method}`);
        throw Object.assign(
          new Error("VM Exception while processing transaction: reverted with custom error"),
          {
            code: 3,
            data,
          },
        );
      },
    }),
  });
}

/** Simulates `functionName` on `address` against a node that reverts with `data`; returns what viem threw. */
async function simulatedRevert(
  address: Address,
  abi: Abi,
  functionName: string,
  args: readonly unknown[],
  data: Hex,
): Promise<unknown> {
  try {
    await revertingClient(data).simulateContract({ address, abi, functionName, args, account: holder });
  } catch (error) {
    return error;
  }
  throw new Error("the simulation was expected to revert");
}

describe("revert amounts in the erroring token's unit", { skip: !bive || !biveSwap || !token }, () => {
  const abis = allDeployedAbis(CHAIN_ID);
  const unitOf = tokenUnitResolverFor(CHAIN_ID);
  const biveAbi = bive?.abi as Abi;
  const insufficientBive = encodeErrorResult({
    abi: biveAbi,
    errorName: "ERC20InsufficientBalance",
    args: [holder, 50_000n * 10n ** 18n, 50_000n * 10n ** 18n + 1n],
  });

  it("prints a BIVE transfer's short balance in BIVE with 18 decimals (real viem chain from a BIVE call)", async () => {
    const error = await simulatedRevert(
      bive!.address,
      biveAbi,
      "transfer",
      [recipient, 50_000n * 10n ** 18n + 1n],
      insufficientBive,
    );
    const result = decodeTxError(error, abis, { unitOf });
    assert.equal(result.errorName, "ERC20InsufficientBalance");
    assert.equal(
      result.message,
      "Insufficient BIVE balance: the account has 50,000 BIVE but this needs 50,000.000000000000000001 BIVE.",
    );
  });

  it("prints a BIVE approval shortfall inside a swap in BIVE", async () => {
    const data = encodeErrorResult({
      abi: biveAbi,
      errorName: "ERC20InsufficientAllowance",
      args: [biveSwap!.address, 10n ** 18n, 25n * 10n ** 17n],
    });
    const error = await simulatedRevert(
      biveSwap!.address,
      biveSwap!.abi as Abi,
      "swap",
      [25n * 10n ** 17n],
      data,
    );
    assert.equal(
      decodeTxError(error, abis, { unitOf }).message,
      "Insufficient BIVE allowance: 1 BIVE is approved but this needs 2.5 BIVE.",
    );
  });

  it("prints the swap's own short DTA balance in DTA", async () => {
    const data = encodeErrorResult({
      abi: biveAbi,
      errorName: "ERC20InsufficientBalance",
      args: [biveSwap!.address, 10_000n, 12_500_000n],
    });
    const error = await simulatedRevert(biveSwap!.address, biveSwap!.abi as Abi, "swap", [1n], data);
    assert.match(decodeTxError(error, abis, { unitOf }).message, /has 1 DTA but this needs 1,250 DTA/);
  });

  it("keeps DTA's own errors in DTA with 4 decimals", async () => {
    const data = encodeErrorResult({
      abi: token!.abi as Abi,
      errorName: "ERC20InsufficientBalance",
      args: [holder, 12_500_000n, 20_000_000n],
    });
    const error = await simulatedRevert(token!.address, token!.abi as Abi, "transfer", [recipient, 1n], data);
    assert.equal(
      decodeTxError(error, abis, { unitOf }).message,
      "Insufficient DTA balance: the account has 1,250 DTA but this needs 2,000 DTA.",
    );
  });

  it("uses the called contract the caller names when the chain carries none", () => {
    const raw = { code: 3, message: "execution reverted", data: insufficientBive };
    assert.match(decodeTxError(raw, abis, { unitOf, contract: bive!.address }).message, /50,000 BIVE/);
    assert.match(decodeTxError(raw, abis, { unitOf }).message, /DTA/);
  });
});

describe("tokenUnitResolver", () => {
  const bive: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
  const swap: Address = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
  const other: Address = "0x0165878A594ca255338adfa4d48449f69242Eb8F";
  const unitOf = tokenUnitResolver({ bive, biveSwap: swap });
  const source = (contract: Address | undefined, errorName: string, args: readonly unknown[] = []) => ({
    errorName,
    args,
    ...(contract ? { contract } : {}),
  });

  it("BIVE's errors are BIVE, whatever their name, and the address case does not matter", () => {
    assert.deepEqual(unitOf(source(bive, "ERC20InvalidReceiver")), BIVE_UNIT);
    assert.deepEqual(unitOf(source(bive.toLowerCase() as Address, "ERC20InsufficientBalance")), BIVE_UNIT);
  });
  it("contracts that hold DTA, and an unknown caller, report DTA", () => {
    assert.deepEqual(unitOf(source(other, "ERC20InsufficientBalance", [other])), DTA_UNIT);
    assert.deepEqual(unitOf(source(undefined, "ERC20InsufficientBalance")), DTA_UNIT);
    assert.deepEqual(tokenUnitResolver({})(source(bive, "ERC20InsufficientBalance")), DTA_UNIT);
  });
  it("the swap's pool errors are DTA, its caller's BIVE shortfalls are BIVE", () => {
    assert.deepEqual(unitOf(source(swap, "SwapPoolExhausted")), DTA_UNIT);
    assert.deepEqual(unitOf(source(swap, "ERC20InsufficientBalance", [swap])), DTA_UNIT);
    assert.deepEqual(unitOf(source(swap, "ERC20InsufficientBalance", [recipient])), BIVE_UNIT);
    assert.deepEqual(unitOf(source(swap, "ERC20InsufficientAllowance", [swap])), BIVE_UNIT);
  });
  it("staking reports DTA", { skip: !staking }, () => {
    assert.deepEqual(
      tokenUnitResolverFor(CHAIN_ID)(source(staking?.address, "ERC20InsufficientBalance")),
      DTA_UNIT,
    );
  });
});
