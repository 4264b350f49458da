/**
 * DTAGovernor: propose (one option, deposit pulled), a veto by the committee Safe and a cancel by the proposer
 * (each burns a deposit), castVote (first and later voter), castVoteWithReason, a relayed signed vote with
 * reason (keyed nonce), a batch of 10 relayed signed votes (per vote), queue and execute a parameter change
 * (service burn 2% → 3%) through the timelock, and settling the deposit of a proposal that missed quorum. Its
 * accounts are its own (see ACCOUNTS): it funds 16 of them from the timelock's treasury (impersonated, as a grant
 * proposal would), stakes 1M DTA each, and moves the clock 2 + 5 + 2 days.
 */
import { encodeFunctionData, keccak256, parseUnits, toHex, type Address, type Hex } from "viem";
import { privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import {
  GOVERNOR_DOMAIN_NAME,
  GOVERNOR_DOMAIN_VERSION,
  ballotTypedData,
  nonceKey,
} from "../../../lib/governance/ballot.ts";
import { DepositState } from "../../../lib/governance/deposit.ts";
import {
  approveUpgradeCalldata,
  approvedHashSignatures,
  execTransactionArgs,
  safeTx,
  safeTxHash,
  vetoCalldata,
} from "../../../lib/governance/safeTx.ts";
import type { GasCase, GasContext } from "./context.ts";

const DAY = 86_400n;
const STAKE = parseUnits("1000000", 4);
export const DESCRIPTION = "Gas bench: service burn 2% → 3%";
/** The same action under other descriptions: proposals made only to be vetoed, canceled or left without votes. */
const VETOED = "Gas bench: vetoed by the Economic committee";
const CANCELED = "Gas bench: canceled by its proposer";
const NO_QUORUM = "Gas bench: nobody votes";
const DEPOSIT = parseUnits("10000", 4);
/** The committee every bench proposal names (GovernorCommittees.Committee.Economic). */
const ECONOMIC = 1;
/**
 * The governance rows' own accounts (and the OZ reference rows', the same ones): fresh keys outside the node's 20
 * dev accounts, which the seed and the earlier rows all stake, delegate or trade with. So each voter's votes are
 * exactly its 1M stake, self-delegated when it stakes, with one checkpoint, and no row's delegation moves them.
 * #0 proposes; #1 first voter, #2 later voter, #3 with reason, #4 by signature with reason, #5–#14 the batch, #16
 * by signature without reason; #15 relays (and queues and executes).
 */
const ACCOUNTS: readonly PrivateKeyAccount[] = Array.from({ length: 17 }, (_, i) =>
  privateKeyToAccount(keccak256(toHex(`DTA gas bench: governance account #${i}`))),
);
const VOTERS = [...Array.from({ length: 15 }, (_, i) => i), 16];
export const RELAYER = 15;
export const PLAIN_SIGNER = 16;
export const REASON = "Three percent funds the burn reserve faster; fees stay low.";

const state: { id?: bigint; batch?: bigint; vetoed?: bigint; noQuorum?: bigint } = {};

/** Governance account `index` (see ACCOUNTS). */
export function benchAccount(index: number): PrivateKeyAccount {
  const account = ACCOUNTS[index];
  if (!account) throw new Error(`No governance bench account #${index}`);
  return account;
}

/** DTAGovernor's figures by comparison key, for the OZ reference rows (governanceReference.ts). */
export const dtaGovernorGas = new Map<string, bigint>();

function recorded<T extends { gasUsed: bigint }>(key: string, result: T): T {
  dtaGovernorGas.set(key, result.gasUsed);
  return result;
}

/** Sends from a dev account (the node signs) or a governance account (signed here). */
export async function send(ctx: GasContext, from: Address | PrivateKeyAccount, to: Address, data: Hex) {
  return ctx.confirm(await ctx.walletClient.sendTransaction({ to, data, account: from }));
}

function governor(ctx: GasContext) {
  return ctx.contracts.DTAGovernor;
}

export function option(ctx: GasContext) {
  const data = encodeFunctionData({
    abi: ctx.contracts.ServiceFees.abi,
    functionName: "setServiceBurnBps",
    args: [300n],
  });
  return { targets: [ctx.contracts.ServiceFees.address], values: [0n], calldatas: [data] };
}

function actions(ctx: GasContext, description = DESCRIPTION) {
  const o = option(ctx);
  return [o.targets, o.values, o.calldatas, keccak256(toHex(description))] as const;
}

/**
 * Account #0 proposes the bench's one action under `description`; its id. With `approve`, it first approves
 * the deposit (the measured proposal's is approved in its setup, so its allowance falls to zero as a user's would).
 */
async function proposeAs(ctx: GasContext, description: string, approve = true) {
  const { address, abi } = governor(ctx);
  if (approve) {
    const { DTAToken } = ctx.contracts;
    const data = encodeFunctionData({ abi: DTAToken.abi, functionName: "approve", args: [address, DEPOSIT] });
    await send(ctx, benchAccount(0), DTAToken.address, data);
  }
  const data = encodeFunctionData({
    abi,
    functionName: "proposeWithCommittee",
    args: [ECONOMIC, [option(ctx)], description],
  });
  const receipt = await send(ctx, benchAccount(0), address, data);
  const count = await ctx.publicClient.readContract({ address, abi, functionName: "proposalCount" });
  const proposalId = await ctx.publicClient.readContract({
    address,
    abi,
    functionName: "proposalIdAt",
    args: [count - 1n],
  });
  return { receipt, proposalId };
}

/**
 * A committee Safe's call of the governor (`governorCall`), approved on-chain by a threshold of owners: who
 * submits it and the `execTransaction` calldata.
 */
async function approvedSafeCall(
  ctx: GasContext,
  committee: "EconomicCommittee" | "TechnicalCommittee",
  governorCall: Hex,
) {
  const safe = { address: ctx.contracts[committee].address, abi: ctx.contracts[committee].abi } as const;
  const [threshold, owners, nonce] = await Promise.all([
    ctx.publicClient.readContract({ ...safe, functionName: "getThreshold" }),
    ctx.publicClient.readContract({ ...safe, functionName: "getOwners" }),
    ctx.publicClient.readContract({ ...safe, functionName: "nonce" }),
  ]);
  const tx = safeTx(governor(ctx).address, governorCall, nonce);
  const hash = safeTxHash(ctx.publicClient.chain.id, safe.address, tx);
  const signers = owners.slice(0, Number(threshold));
  for (const owner of signers)
    await send(
      ctx,
      owner,
      safe.address,
      encodeFunctionData({ abi: safe.abi, functionName: "approveHash", args: [hash] }),
    );
  return {
    submitter: signers[0]!,
    data: encodeFunctionData({
      abi: safe.abi,
      functionName: "execTransaction",
      args: execTransactionArgs(tx, approvedHashSignatures(signers)),
    }),
  };
}

function id(): bigint {
  if (state.id === undefined) throw new Error("No proposal: the propose row failed");
  return state.id;
}

async function vote(ctx: GasContext, voter: number, reason?: string) {
  const { address, abi } = governor(ctx);
  const data =
    reason === undefined
      ? encodeFunctionData({ abi, functionName: "castVote", args: [id(), 1] })
      : encodeFunctionData({ abi, functionName: "castVoteWithReason", args: [id(), 1, reason] });
  return send(ctx, benchAccount(voter), address, data);
}

/** A plain OZ `Ballot` (no reason) signed by `voter` for `governor` (EIP-712 domain `name`, version "1"). */
export async function signPlainBallot(
  ctx: GasContext,
  governor: Address,
  name: string,
  proposalId: bigint,
  voter: PrivateKeyAccount,
  nonce: bigint,
): Promise<Hex> {
  return voter.signTypedData({
    domain: { name, version: GOVERNOR_DOMAIN_VERSION, chainId: hardhat.id, verifyingContract: governor },
    types: {
      Ballot: [
        { name: "proposalId", type: "uint256" },
        { name: "support", type: "uint8" },
        { name: "voter", type: "address" },
        { name: "nonce", type: "uint256" },
      ],
    },
    primaryType: "Ballot",
    message: { proposalId, support: 1, voter: voter.address, nonce },
  });
}

async function signedVote(ctx: GasContext, voter: number, reason: string) {
  const { address, abi } = governor(ctx);
  const account = benchAccount(voter);
  const nonce = await ctx.publicClient.readContract({
    address,
    abi,
    functionName: "nonces",
    args: [account.address, nonceKey(id())],
  });
  const typed = ballotTypedData(
    {
      name: GOVERNOR_DOMAIN_NAME,
      version: GOVERNOR_DOMAIN_VERSION,
      chainId: hardhat.id,
      verifyingContract: address,
    },
    { proposalId: id(), support: 1, voter: account.address, nonce, reason },
  );
  const signature = await account.signTypedData(typed);
  return { proposalId: id(), support: 1, voter: account.address, reason, signature };
}

/** Gives every governance account gas money, and funds and stakes the voters from the timelock's treasury (not measured). */
async function stakeVoters(ctx: GasContext) {
  const { DTAToken, DTAStaking, DTATimelock } = ctx.contracts;
  for (const account of ACCOUNTS)
    await ctx.testClient.setBalance({ address: account.address, value: 10n ** 20n });
  await ctx.testClient.impersonateAccount({ address: DTATimelock.address });
  await ctx.testClient.setBalance({ address: DTATimelock.address, value: 10n ** 20n });
  for (const i of VOTERS) {
    const to = benchAccount(i);
    const grant = encodeFunctionData({
      abi: DTAToken.abi,
      functionName: "transfer",
      args: [to.address, STAKE * 2n],
    });
    await send(ctx, DTATimelock.address, DTAToken.address, grant);
    const approve = encodeFunctionData({
      abi: DTAToken.abi,
      functionName: "approve",
      args: [DTAStaking.address, STAKE],
    });
    await send(ctx, to, DTAToken.address, approve);
    const stake = encodeFunctionData({ abi: DTAStaking.abi, functionName: "stake", args: [STAKE, 30n] });
    await send(ctx, to, DTAStaking.address, stake);
  }
  await ctx.testClient.stopImpersonatingAccount({ address: DTATimelock.address });
}

export const governanceCases: readonly GasCase[] = [
  {
    name: "Governor proposeWithCommittee()",
    note: "For/Against/Abstain, 1 action, Economic committee; 10,000 DTA deposit pulled (approved before)",
    setup: async (ctx) => {
      await stakeVoters(ctx);
      const { DTAToken } = ctx.contracts;
      const approve = encodeFunctionData({
        abi: DTAToken.abi,
        functionName: "approve",
        args: [governor(ctx).address, DEPOSIT],
      });
      await send(ctx, benchAccount(0), DTAToken.address, approve);
    },
    run: async (ctx) => {
      const { receipt, proposalId } = await proposeAs(ctx, DESCRIPTION, false);
      state.id = proposalId;
      return recorded("propose", receipt);
    },
  },
  {
    name: "Governor veto: cancel() by the committee Safe",
    note: "whole Safe execTransaction (2-of-3, approved-hash signatures) in review; burns the 10,000 DTA deposit",
    setup: async (ctx) => {
      state.vetoed = (await proposeAs(ctx, VETOED)).proposalId;
      state.noQuorum = (await proposeAs(ctx, NO_QUORUM)).proposalId;
    },
    run: async (ctx) => {
      const [targets, values, calldatas, descriptionHash] = actions(ctx, VETOED);
      const veto = await approvedSafeCall(
        ctx,
        "EconomicCommittee",
        vetoCalldata({ targets, values, calldatas, descriptionHash }),
      );
      const receipt = await send(ctx, veto.submitter, ctx.contracts.EconomicCommittee.address, veto.data);
      const { address, abi } = governor(ctx);
      const vetoed = await ctx.publicClient.readContract({
        address,
        abi,
        functionName: "proposalMeta",
        args: [state.vetoed!],
      });
      if (!vetoed.vetoed) throw new Error("The Safe's transaction did not veto the proposal");
      return receipt;
    },
  },
  {
    name: "Governor cancel() by the proposer",
    note: "in review; burns the 10,000 DTA deposit",
    setup: async (ctx) => void (await proposeAs(ctx, CANCELED)),
    run: (ctx) => {
      const { address, abi } = governor(ctx);
      const data = encodeFunctionData({ abi, functionName: "cancel", args: actions(ctx, CANCELED) });
      return send(ctx, benchAccount(0), address, data);
    },
  },
  {
    name: "Governor castVote() (first voter)",
    note: "√ weight of 1M staked DTA; the option's tally slot is new",
    setup: (ctx) => ctx.advanceTime(2n * DAY + 1n),
    run: async (ctx) => recorded("castVote first", await vote(ctx, 1)),
  },
  {
    name: "Governor castVote() (later voter)",
    run: async (ctx) => recorded("castVote later", await vote(ctx, 2)),
  },
  {
    name: "Governor castVoteWithReason()",
    note: "a 60-character reason",
    run: async (ctx) => recorded("castVoteWithReason", await vote(ctx, 3, REASON)),
  },
  {
    name: "Governor castVoteBySig() relayed (later voter)",
    note: "Ballot signed over the keyed nonce, submitted by governance account #15",
    run: async (ctx) => {
      const { address, abi } = governor(ctx);
      const voter = benchAccount(PLAIN_SIGNER);
      const nonce = await ctx.publicClient.readContract({
        address,
        abi,
        functionName: "nonces",
        args: [voter.address, nonceKey(id())],
      });
      const signature = await signPlainBallot(ctx, address, GOVERNOR_DOMAIN_NAME, id(), voter, nonce);
      const data = encodeFunctionData({
        abi,
        functionName: "castVoteBySig",
        args: [id(), 1, voter.address, signature],
      });
      return recorded("castVoteBySig later", await send(ctx, benchAccount(RELAYER), address, data));
    },
  },
  {
    name: "Governor castVoteWithReasonAndParamsBySig() relayed",
    note: "signed vote with the same reason, keyed nonce, submitted by governance account #15",
    run: async (ctx) => {
      const v = await signedVote(ctx, 4, REASON);
      const { address, abi } = governor(ctx);
      const data = encodeFunctionData({
        abi,
        functionName: "castVoteWithReasonAndParamsBySig",
        args: [v.proposalId, v.support, v.voter, v.reason, "0x", v.signature],
      });
      return recorded("bySig with reason", await send(ctx, benchAccount(RELAYER), address, data));
    },
  },
  {
    name: "Governor castVotesBySig() batch of 10, per vote",
    get note() {
      return state.batch === undefined ? "" : `whole transaction ${state.batch.toLocaleString("en-US")} gas`;
    },
    run: async (ctx) => {
      const votes = [];
      for (const i of VOTERS.slice(5, 15))
        votes.push(await signedVote(ctx, i, `Relayed vote #${i} with a reason.`));
      const { address, abi } = governor(ctx);
      const data = encodeFunctionData({ abi, functionName: "castVotesBySig", args: [votes] });
      const receipt = await send(ctx, benchAccount(RELAYER), address, data);
      state.batch = receipt.gasUsed;
      return recorded("batch per vote", { gasUsed: receipt.gasUsed / BigInt(votes.length) });
    },
  },
  {
    name: "Governor queue()",
    note: "schedules the batch in the timelock and refunds the 10,000 DTA deposit",
    setup: (ctx) => ctx.advanceTime(5n * DAY),
    run: (ctx) => {
      const { address, abi } = governor(ctx);
      return send(
        ctx,
        benchAccount(RELAYER),
        address,
        encodeFunctionData({ abi, functionName: "queue", args: actions(ctx) }),
      );
    },
  },
  {
    name: "Governor approveUpgrade() by the Technical Committee Safe",
    note: "whole Safe execTransaction (2-of-3, approved-hash signatures), on the queued bench proposal (the call costs the same for any proposal); sets proposalMeta.upgradeApproved",
    run: async (ctx) => {
      const approval = await approvedSafeCall(ctx, "TechnicalCommittee", approveUpgradeCalldata(id()));
      const receipt = await send(
        ctx,
        approval.submitter,
        ctx.contracts.TechnicalCommittee.address,
        approval.data,
      );
      const { address, abi } = governor(ctx);
      const meta = await ctx.publicClient.readContract({
        address,
        abi,
        functionName: "proposalMeta",
        args: [id()],
      });
      if (!meta.upgradeApproved) throw new Error("The Safe's transaction did not approve the proposal");
      return receipt;
    },
  },
  {
    name: "Governor settleDeposit() (missed quorum)",
    note: "by anyone after the vote: burns the 10,000 DTA deposit of a proposal nobody voted on",
    run: async (ctx) => {
      const { address, abi } = governor(ctx);
      const id = state.noQuorum;
      if (id === undefined) throw new Error("No quorum-less proposal: the veto row failed");
      const data = encodeFunctionData({ abi, functionName: "settleDeposit", args: [id] });
      const receipt = await send(ctx, benchAccount(RELAYER), address, data);
      const meta = await ctx.publicClient.readContract({
        address,
        abi,
        functionName: "proposalMeta",
        args: [id],
      });
      if (meta.depositState !== DepositState.Burned)
        throw new Error("settleDeposit did not burn the deposit");
      return receipt;
    },
  },
  {
    name: "Governor execute()",
    note: "after the 2-day delay, by anyone: service burn rate 2% → 3% through the timelock",
    setup: (ctx) => ctx.advanceTime(2n * DAY),
    run: (ctx) => {
      const { address, abi } = governor(ctx);
      return send(
        ctx,
        benchAccount(RELAYER),
        address,
        encodeFunctionData({ abi, functionName: "execute", args: actions(ctx) }),
      );
    },
  },
];
