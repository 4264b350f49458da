/**
 * Test-only compliance actions on the local chain: find whoever holds DTAToken's COMPLIANCE_ROLE among the
 * deployed contracts (the timelock today, the Security Council Safe once it exists), impersonate it and
 * set an account's blacklist status — as the real role holder would, without its signatures or delay.
 */
import { parseEther, type Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { chainClient, testClient, walletClient } from "./browser";

const token = contracts["31337"].DTAToken;

/** The deployed contract that holds COMPLIANCE_ROLE on DTAToken. */
export async function complianceHolder(): Promise<Address> {
  const role = await chainClient.readContract({
    address: token.address,
    abi: token.abi,
    functionName: "COMPLIANCE_ROLE",
  });
  const candidates = Object.values(contracts["31337"]).map((c) => c.address as Address);
  for (const candidate of candidates) {
    const holds = await chainClient.readContract({
      address: token.address,
      abi: token.abi,
      functionName: "hasRole",
      args: [role, candidate],
    });
    if (holds) return candidate;
  }
  throw new Error("No deployed contract holds COMPLIANCE_ROLE on DTAToken");
}

/** Blacklists (or clears) `account` on DTAToken as the compliance role holder, and waits for the receipt. */
export async function setBlacklisted(account: Address, blacklisted: boolean): Promise<void> {
  const holder = await complianceHolder();
  await testClient.impersonateAccount({ address: holder });
  try {
    await testClient.setBalance({ address: holder, value: parseEther("10") });
    const hash = await walletClient.writeContract({
      account: holder,
      address: token.address,
      abi: token.abi,
      functionName: "setBlacklisted",
      args: [account, blacklisted],
    });
    const receipt = await chainClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`setBlacklisted(${account}, ${blacklisted}) reverted`);
  } finally {
    await testClient.stopImpersonatingAccount({ address: holder });
  }
}

export function isBlacklisted(account: Address): Promise<boolean> {
  return chainClient.readContract({
    address: token.address,
    abi: token.abi,
    functionName: "isBlacklisted",
    args: [account],
  });
}
