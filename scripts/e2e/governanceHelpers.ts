/**
 * Helpers of governance.e2e.ts: DTA from the timelock (impersonated, as the seed does) and stakes signed outside
 * the app, so the test accounts hold checkpointed votes before anything is proposed; governor reads.
 */
import { parseUnits, type Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { chainClient, testClient, walletClient } from "./browser";

const c = contracts["31337"];
export const governor = c.DTAGovernor;
export const serviceFees = c.ServiceFees;
export const dta = (text: string) => parseUnits(text, 4);
export const DAY = 86_400;

async function mined(hash: `0x${string}`): Promise<void> {
  const receipt = await chainClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`Transaction ${hash} reverted`);
}

/** Gives each account `amount` DTA from the timelock's treasury. */
export async function grantFromTimelock(accounts: readonly Address[], amount: bigint): Promise<void> {
  const timelock = c.DTATimelock.address;
  await testClient.impersonateAccount({ address: timelock });
  await testClient.setBalance({ address: timelock, value: 10n ** 19n });
  for (const to of accounts) {
    await mined(
      await walletClient.writeContract({
        ...c.DTAToken,
        account: timelock,
        functionName: "transfer",
        args: [to, amount],
      }),
    );
  }
  await testClient.stopImpersonatingAccount({ address: timelock });
}

/** Stakes `amount` DTA for 30 days (weight 1.0×) from `account`, signed by the node. */
export async function stakeFor(account: Address, amount: bigint): Promise<void> {
  await mined(
    await walletClient.writeContract({
      ...c.DTAToken,
      account,
      functionName: "approve",
      args: [c.DTAStaking.address, amount],
    }),
  );
  await mined(
    await walletClient.writeContract({
      ...c.DTAStaking,
      account,
      functionName: "stake",
      args: [amount, 30n],
    }),
  );
}

export function proposalState(id: bigint): Promise<number> {
  return chainClient.readContract({ ...governor, functionName: "state", args: [id] });
}

export function hasVoted(id: bigint, voter: Address): Promise<boolean> {
  return chainClient.readContract({ ...governor, functionName: "hasVoted", args: [id, voter] });
}

export function burnBps(): Promise<bigint> {
  return chainClient.readContract({ ...serviceFees, functionName: "serviceBurnBps" });
}

/** The reasons the voters gave, from the governor's vote events. */
export async function voteReasons(id: bigint): Promise<Map<string, string>> {
  const [plain, withParams] = await Promise.all([
    chainClient.getContractEvents({ ...governor, eventName: "VoteCast", fromBlock: 0n }),
    chainClient.getContractEvents({ ...governor, eventName: "VoteCastWithParams", fromBlock: 0n }),
  ]);
  const reasons = new Map<string, string>();
  for (const log of [...plain, ...withParams]) {
    if (log.args.proposalId === id && log.args.voter)
      reasons.set(log.args.voter.toLowerCase(), log.args.reason ?? "");
  }
  return reasons;
}
