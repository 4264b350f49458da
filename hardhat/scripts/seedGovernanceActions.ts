/**
 * What the governance seed does through the real contracts: propose (deposit approved first), vote with a
 * reason, queue, execute and cancel by the flattened action list, and act as a committee Safe the way its
 * owners would on a Safe without a signing service: two owners each `approveHash` the Safe transaction, then
 * anyone submits it with `execTransaction` and the two "approved hash" signatures.
 */
import type { NetworkConnection } from "hardhat/types/network";
import { keccak256, parseEventLogs, toHex, type Address, type Hex } from "viem";
import {
  approvedHashSignatures,
  execTransactionArgs,
  safeTx,
  safeTxHash,
  vetoCalldata,
} from "../../lib/governance/safeTx.ts";

type Viem = NetworkConnection["viem"];
export type SeedAccount = Awaited<ReturnType<Viem["getWalletClients"]>>[number]["account"];

export interface SeedOption {
  readonly targets: readonly Address[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly Hex[];
}

export interface SeededProposal {
  readonly id: bigint;
  readonly options: readonly SeedOption[];
  readonly description: string;
}

export async function governanceActions(
  connection: NetworkConnection,
  governorAddress: Address,
  tokenAddress: Address,
) {
  const { viem, provider } = connection;
  const governor = await viem.getContractAt("DTAGovernor", governorAddress);
  const token = await viem.getContractAt("DTAToken", tokenAddress);
  const publicClient = await viem.getPublicClient();

  const advance = async (seconds: number) => {
    await provider.request({ method: "evm_increaseTime", params: [seconds] });
    await provider.request({ method: "evm_mine", params: [] });
  };

  const flat = (p: SeededProposal) =>
    [
      p.options.flatMap((o) => o.targets),
      p.options.flatMap((o) => o.values),
      p.options.flatMap((o) => o.calldatas),
      keccak256(toHex(p.description)),
    ] as const;

  async function propose(
    proposer: SeedAccount,
    committee: 0 | 1 | 2,
    options: readonly SeedOption[],
    description: string,
  ): Promise<SeededProposal> {
    await token.write.approve!([governor.address, await governor.read.proposalDeposit!()], {
      account: proposer,
    });
    const hash = await governor.write.proposeWithCommittee!(
      [
        committee,
        options.map((o) => ({ targets: [...o.targets], values: [...o.values], calldatas: [...o.calldatas] })),
        description,
      ],
      { account: proposer },
    );
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    const [details] = parseEventLogs({ abi: governor.abi, logs: receipt.logs, eventName: "ProposalDetails" });
    if (!details) throw new Error(`No proposal created for "${description.split("\n")[0]}"`);
    return { id: details.args.proposalId, options, description };
  }

  const vote = (voter: SeedAccount, p: SeededProposal, support: number, reason: string) =>
    governor.write.castVoteWithReason!([p.id, support, reason], { account: voter });

  const queue = (p: SeededProposal, by: SeedAccount) => governor.write.queue!([...flat(p)], { account: by });
  const execute = (p: SeededProposal, by: SeedAccount) =>
    governor.write.execute!([...flat(p)], { account: by });
  const cancel = (p: SeededProposal, by: SeedAccount) =>
    governor.write.cancel!([...flat(p)], { account: by });

  /** `owners` (a threshold of the Safe's owners) approve a call to `to`; `submitter` executes it. */
  async function safeCall(
    safeAddress: Address,
    to: Address,
    data: Hex,
    owners: readonly SeedAccount[],
    submitter: SeedAccount,
  ) {
    const safe = await viem.getContractAt("SafeL2", safeAddress);
    const tx = safeTx(to, data, await safe.read.nonce!());
    const txHash = safeTxHash(await publicClient.getChainId(), safeAddress, tx);
    for (const owner of owners) await safe.write.approveHash!([txHash], { account: owner });
    const signatures = approvedHashSignatures(owners.map((o) => o.address));
    await safe.write.execTransaction!([...execTransactionArgs(tx, signatures)], { account: submitter });
  }

  /** The committee's Safe vetoes `p` during its review: `cancel` called by the Safe. */
  async function veto(
    p: SeededProposal,
    safe: Address,
    owners: readonly SeedAccount[],
    submitter: SeedAccount,
  ) {
    const [targets, values, calldatas, descriptionHash] = flat(p);
    const data = vetoCalldata({ targets, values, calldatas, descriptionHash });
    await safeCall(safe, governor.address, data, owners, submitter);
  }

  return { governor, token, advance, propose, vote, queue, execute, cancel, veto, safeCall };
}
