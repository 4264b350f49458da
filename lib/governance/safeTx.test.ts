import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  concat,
  decodeFunctionData,
  encodeAbiParameters,
  getAddress,
  keccak256,
  parseAbiParameters,
  size,
  slice,
  stringToBytes,
  toFunctionSelector,
  type Address,
  type Hex,
} from "viem";
import contracts from "../contracts/generated/deployedContracts";
import {
  approvedHashSignatures,
  approveUpgradeCalldata,
  committeeRefusal,
  DEPOSIT_BLACKLISTED_MESSAGE,
  DEPOSIT_PAUSED_MESSAGE,
  execTransactionArgs,
  packSignatures,
  safeApprovalStatus,
  safeTx,
  safeTxHash,
  safeTxHashArgs,
  submitBlocker,
  vetoCalldata,
} from "./safeTx";

const governorAbi = contracts["31337"].DTAGovernor.abi;
const A = getAddress("0x90f79bf6eb2c4f870365e785982e1f101e93b906");
const B = getAddress("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
const C = getAddress("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
const GOVERNOR = contracts["31337"].DTAGovernor.address;

describe("committee Safe transactions", () => {
  const proposal = {
    targets: [A] as Address[],
    values: [0n],
    calldatas: ["0x12345678"] as Hex[],
    descriptionHash: `0x${"ab".repeat(32)}` as Hex,
  };

  it("encodes a veto as the governor's cancel(targets, values, calldatas, descriptionHash)", () => {
    const data = vetoCalldata(proposal);
    const decoded = decodeFunctionData({ abi: governorAbi, data });
    assert.equal(decoded.functionName, "cancel");
    assert.deepEqual(decoded.args, [[A], [0n], ["0x12345678"], proposal.descriptionHash]);
  });

  it("encodes approveUpgrade(id) as the governor's", () => {
    const data = approveUpgradeCalldata(42n);
    assert.equal(slice(data, 0, 4), toFunctionSelector("approveUpgrade(uint256)"));
    const decoded = decodeFunctionData({ abi: governorAbi, data });
    assert.equal(decoded.functionName, "approveUpgrade");
    assert.deepEqual(decoded.args, [42n]);
  });

  it("builds a plain call with no value, no gas refund, at the Safe's nonce", () => {
    const tx = safeTx(GOVERNOR, "0xabcd", 7n);
    const hashArgs = safeTxHashArgs(tx);
    assert.deepEqual(hashArgs, [
      GOVERNOR,
      0n,
      "0xabcd",
      0,
      0n,
      0n,
      0n,
      "0x0000000000000000000000000000000000000000",
      "0x0000000000000000000000000000000000000000",
      7n,
    ]);
    const exec = execTransactionArgs(tx, "0x01");
    assert.deepEqual(exec.slice(0, 9), hashArgs.slice(0, 9));
    assert.equal(exec[9], "0x01");
  });

  it("hashes a Safe transaction as Safe 1.4.1's getTransactionHash does (a vector read from the real Safe)", () => {
    // hardhat/test/SecurityCouncil.test.ts: the genesis council (SafeL2 1.4.1) at this address on chain 31337
    // returned this hash from getTransactionHash for safeTx(A, 0xabcd, 7).
    const council = getAddress("0xC6C462E8B0e44af00b0855294DAb489c58Aeca70");
    const tx = safeTx(A, "0xabcd", 7n);
    const expected = "0x4bed41dbd1e113ed0473ce0388f9f9a510fb4c2af6bdc64b7b177bfb7bb3164e";
    assert.equal(safeTxHash(31337, council, tx), expected);
    // The same from the Safe's Solidity: keccak256(0x1901 ‖ domainSeparator ‖ keccak256(abi.encode(typehash, …))).
    const domainSeparator = keccak256(
      encodeAbiParameters(parseAbiParameters("bytes32, uint256, address"), [
        keccak256(stringToBytes("EIP712Domain(uint256 chainId,address verifyingContract)")),
        31337n,
        council,
      ]),
    );
    const typehash = keccak256(
      stringToBytes(
        "SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)",
      ),
    );
    const structHash = keccak256(
      encodeAbiParameters(
        parseAbiParameters(
          "bytes32, address, uint256, bytes32, uint8, uint256, uint256, uint256, address, address, uint256",
        ),
        [typehash, ...safeTxHashArgs({ ...tx, data: keccak256(tx.data) })],
      ),
    );
    assert.equal(keccak256(concat(["0x1901", domainSeparator, structHash])), expected);
    // The domain binds the hash to one Safe on one chain, and the nonce to one transaction.
    assert.notEqual(safeTxHash(1, council, tx), expected);
    assert.notEqual(safeTxHash(31337, GOVERNOR, tx), expected);
    assert.notEqual(safeTxHash(31337, council, safeTx(A, "0xabcd", 8n)), expected);
  });

  it("packs approved-hash signatures (r = owner, s = 0, v = 1) in ascending owner order", () => {
    const sig = approvedHashSignatures([A, B, C]);
    assert.equal(size(sig), 65 * 3);
    const owners = [0, 1, 2].map((i) => getAddress(slice(sig, i * 65 + 12, i * 65 + 32)));
    assert.deepEqual(owners, [B, C, A]);
    for (let i = 0; i < 3; i++) {
      assert.equal(BigInt(slice(sig, i * 65 + 32, i * 65 + 64)), 0n);
      assert.equal(slice(sig, i * 65 + 64, i * 65 + 65), "0x01");
    }
  });

  it("packs owners' signatures of any kind in ascending owner order, and none as empty bytes", () => {
    const sig = (byte: string) => `0x${byte.repeat(65)}` as Hex;
    const packed = packSignatures([
      { owner: A, signature: sig("aa") },
      { owner: B, signature: sig("bb") },
      { owner: C, signature: sig("cc") },
    ]);
    assert.equal(packed, concat([sig("bb"), sig("cc"), sig("aa")]));
    assert.equal(packSignatures([]), "0x");
  });

  it("counts approvals: one of two is not enough, two are, and the signers are the first by address", () => {
    const one = safeApprovalStatus({ owners: [A, B, C], approvedBy: [A], threshold: 2n, account: A });
    assert.equal(one.count, 1);
    assert.equal(one.ready, false);
    assert.equal(one.hasApproved, true);
    assert.deepEqual(one.waitingOn, [B, C]);
    assert.match(submitBlocker(one) ?? "", /1 of 2 owner approvals: 1 more owner needs to approve/);

    const all = safeApprovalStatus({ owners: [A, B, C], approvedBy: [A, C, B], threshold: 2n, account: B });
    assert.equal(all.ready, true);
    assert.deepEqual(all.signers, [B, C]);
    assert.equal(submitBlocker(all), undefined);
  });

  it("tells a non-owner they can't act, matching owners case-insensitively", () => {
    const outsider = safeApprovalStatus({
      owners: [A, B, C],
      approvedBy: [A, B],
      threshold: 2n,
      account: GOVERNOR,
    });
    assert.equal(outsider.isOwner, false);
    assert.match(submitBlocker(outsider) ?? "", /Only an owner/);
    const lower = safeApprovalStatus({
      owners: [A, B, C],
      approvedBy: [],
      threshold: 2n,
      account: A.toLowerCase() as Address,
    });
    assert.equal(lower.isOwner, true);
    assert.equal(lower.hasApproved, false);
  });

  it("words a pause that stops a deposit from moving as DTA's pause", () => {
    assert.equal(committeeRefusal("veto", "EnforcedPause", "raw"), DEPOSIT_PAUSED_MESSAGE);
    assert.equal(committeeRefusal("settle", "EnforcedPause", "raw"), DEPOSIT_PAUSED_MESSAGE);
    assert.equal(committeeRefusal("approveUpgrade", "EnforcedPause", "raw"), "raw");
    assert.equal(committeeRefusal("veto", "GovernorUnableToCancel", "words"), "words");
  });

  it("words a refund to a blacklisted proposer as the proposer's blacklisting, only when settling", () => {
    assert.equal(committeeRefusal("settle", "AccountBlacklisted", "raw"), DEPOSIT_BLACKLISTED_MESSAGE);
    assert.equal(committeeRefusal("veto", "AccountBlacklisted", "raw"), "raw");
  });
});
