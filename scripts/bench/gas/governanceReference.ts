/**
 * Like for like: OpenZeppelin Governor 5.7 with simple counting (contracts/mocks/ReferenceGovernor.sol, unmodified
 * OZ modules), deployed over the same staking votes, with the same proposal, voters, reason and relayer as the
 * DTAGovernor rows. Every figure is a whole transaction's gasUsed (21,000 intrinsic gas and calldata included), as
 * the issue's anchors are; each row's note gives DTAGovernor's figure for the same step, the difference, and the
 * published anchor. Runs right after the DTAGovernor rows (the voters' stakes are still locked at the same weight).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { encodeFunctionData, keccak256, parseUnits, toHex, type Abi, type Address, type Hex } from "viem";
import { hardhat } from "viem/chains";
import { ballotTypedData } from "../../../lib/governance/ballot.ts";
import { thousands } from "../table.ts";
import type { GasCase, GasContext } from "./context.ts";
import {
  benchAccount,
  DESCRIPTION,
  PLAIN_SIGNER,
  REASON,
  RELAYER,
  dtaGovernorGas,
  option,
  send,
  signPlainBallot,
} from "./governance.ts";

const ARTIFACT = "hardhat/artifacts/contracts/mocks/ReferenceGovernor.sol/ReferenceGovernor.json";
const NAME = "OZ Reference Governor";
/** The anchors: OZ Governor 5.7, simple counting, whole transactions. */
const ANCHORS: Readonly<Record<string, number>> = {
  propose: 70_442,
  "castVote first": 83_233,
  "castVote later": 66_133,
  castVoteWithReason: 69_593,
  "castVoteBySig later": 80_644,
  "bySig with reason": 102_256,
};

const ref: { address?: Address; abi?: Abi; id?: bigint } = {};
const measured = new Map<string, bigint>();

function deployed(): { address: Address; abi: Abi; id: bigint } {
  if (!ref.address || !ref.abi) throw new Error("No reference governor: its deployment failed");
  if (ref.id === undefined) throw new Error("No reference proposal: its row failed");
  return { address: ref.address, abi: ref.abi, id: ref.id };
}

/** "DTAGovernor 83,100 (−133 vs OZ); anchor 83,233", read after the row ran. */
function comparison(key: string, extra = ""): string {
  const ours = dtaGovernorGas.get(key);
  const oz = measured.get(key);
  const anchor = ANCHORS[key];
  const parts = [`OZ reference, same step as DTAGovernor`];
  if (ours !== undefined && oz !== undefined) {
    const diff = ours - oz;
    parts.push(
      `DTAGovernor ${thousands(ours)} (${diff > 0n ? "+" : diff < 0n ? "−" : "±"}${thousands(diff < 0n ? -diff : diff)})`,
    );
  }
  if (anchor !== undefined) parts.push(`published anchor ${thousands(anchor)}`);
  if (extra) parts.push(extra);
  return parts.join("; ");
}

/** A measured row; `note` is a getter read after the row ran (so a row is never spread into another object). */
function row(
  key: string,
  name: string,
  run: (ctx: GasContext) => Promise<{ gasUsed: bigint }>,
  extra = "",
  setup?: (ctx: GasContext) => Promise<void>,
): GasCase {
  return {
    name,
    setup,
    get note() {
      return comparison(key, extra);
    },
    run: async (ctx) => {
      const result = await run(ctx);
      measured.set(key, result.gasUsed);
      return result;
    },
  };
}

async function vote(ctx: GasContext, voter: number, reason?: string) {
  const { address, abi, id } = deployed();
  const data =
    reason === undefined
      ? encodeFunctionData({ abi, functionName: "castVote", args: [id, 1] })
      : encodeFunctionData({ abi, functionName: "castVoteWithReason", args: [id, 1, reason] });
  return send(ctx, benchAccount(voter), address, data);
}

async function plainNonce(ctx: GasContext, voter: Address): Promise<bigint> {
  const { address, abi } = deployed();
  return (await ctx.publicClient.readContract({
    address,
    abi,
    functionName: "nonces",
    args: [voter],
  })) as bigint;
}

export const governanceReferenceCases: readonly GasCase[] = [
  row(
    "propose",
    "OZ Governor propose()",
    async (ctx) => {
      if (!ref.address || !ref.abi) throw new Error("No reference governor: its deployment failed");
      const { address, abi } = ref;
      const o = option(ctx);
      const data = encodeFunctionData({
        abi,
        functionName: "propose",
        args: [o.targets, o.values, o.calldatas, DESCRIPTION],
      });
      const receipt = await send(ctx, benchAccount(0), address, data);
      ref.id = (await ctx.publicClient.readContract({
        address,
        abi,
        functionName: "hashProposal",
        args: [o.targets, o.values, o.calldatas, keccak256(toHex(DESCRIPTION))],
      })) as bigint;
      return receipt;
    },
    "DTAGovernor's also pulls the 10,000 DTA deposit and records committee and options",
    async (ctx) => {
      const artifact = JSON.parse(await readFile(path.resolve(ARTIFACT), "utf8")) as {
        abi: Abi;
        bytecode: Hex;
      };
      const hash = await ctx.walletClient.deployContract({
        abi: artifact.abi,
        bytecode: artifact.bytecode,
        account: ctx.account(0),
        // Same staking votes and threshold as DTAGovernor; 1 s review so the votes below need no long wait.
        args: [ctx.contracts.DTAStaking.address, 1, 7 * 86_400, parseUnits("1000000", 4)],
      });
      const address = (await ctx.confirm(hash)).contractAddress;
      if (!address) throw new Error("ReferenceGovernor deployment returned no address");
      ref.address = address;
      ref.abi = artifact.abi;
    },
  ),
  row(
    "castVote first",
    "OZ Governor castVote() (first voter)",
    (ctx) => vote(ctx, 1),
    "",
    (ctx) => ctx.advanceTime(2n),
  ),
  row("castVote later", "OZ Governor castVote() (later voter)", (ctx) => vote(ctx, 2)),
  row("castVoteWithReason", "OZ Governor castVoteWithReason()", (ctx) => vote(ctx, 3, REASON)),
  row("castVoteBySig later", "OZ Governor castVoteBySig() relayed (later voter)", async (ctx) => {
    const { address, abi, id } = deployed();
    const voter = benchAccount(PLAIN_SIGNER);
    const signature = await signPlainBallot(
      ctx,
      address,
      NAME,
      id,
      voter,
      await plainNonce(ctx, voter.address),
    );
    const data = encodeFunctionData({
      abi,
      functionName: "castVoteBySig",
      args: [id, 1, voter.address, signature],
    });
    return send(ctx, benchAccount(RELAYER), address, data);
  }),
  row(
    "bySig with reason",
    "OZ Governor castVoteWithReasonAndParamsBySig() relayed",
    async (ctx) => {
      const { address, abi, id } = deployed();
      const voter = benchAccount(4);
      const typed = ballotTypedData(
        { name: NAME, version: "1", chainId: hardhat.id, verifyingContract: address },
        {
          proposalId: id,
          support: 1,
          voter: voter.address,
          nonce: await plainNonce(ctx, voter.address),
          reason: REASON,
        },
      );
      const signature = await voter.signTypedData(typed);
      const data = encodeFunctionData({
        abi,
        functionName: "castVoteWithReasonAndParamsBySig",
        args: [id, 1, voter.address, REASON, "0x", signature],
      });
      return send(ctx, benchAccount(RELAYER), address, data);
    },
    "OZ has no batch: DTAGovernor's castVotesBySig per vote is its own row (target ≤ 70,000)",
  ),
];
