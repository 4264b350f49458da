/**
 * Local-chain demo data. The treasury and community DAO buckets sit with the governance timelock, so on the
 * local chain (only) the seed impersonates the timelock to hand out community grants to the dev accounts —
 * the same transfers a passed governance proposal would make on a public chain.
 */
import { artifacts } from "hardhat";
import type { NetworkConnection } from "hardhat/types/network";
import { parseUnits, type Address } from "viem";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";
import { MULTICALL3_ADDRESS } from "./generate-contracts.ts";
import { seedData } from "./seedData.ts";
import { seedGovernanceHistory, seedGovernanceLive } from "./seedGovernance.ts";
import { seedMarketplace } from "./seedMarketplace.ts";
import { seedTwins } from "./seedTwins.ts";

/** Places Multicall3's runtime code at its canonical address so the app batches reads on the local chain. */
export async function installMulticall3(connection: NetworkConnection): Promise<void> {
  const { deployedBytecode } = await artifacts.readArtifact("Multicall3");
  await connection.provider.request({
    method: "hardhat_setCode",
    params: [MULTICALL3_ADDRESS, deployedBytecode],
  });
}

/** Demo grants per dev account index, in whole DTA. Account 0 can create proposals (≥ 1M voting power). */
export const DEMO_GRANTS: readonly (readonly [number, string])[] = [
  [0, "2500000"],
  [1, "600000"],
  [2, "150000"],
  [3, "60000"],
  [4, "12000"],
  [5, "2500"],
];

/**
 * Demo stakers outside the app's dev-wallet accounts (node accounts 10–14), one position per tier, so the
 * staking and tokenomics pages show real positions: [account, whole DTA, lock days].
 */
export const DEMO_STAKES: readonly (readonly [number, string, number])[] = [
  [10, "5000", 30],
  [11, "25000", 90],
  [12, "75000", 180],
  [13, "250000", 365],
  [14, "750000", 365],
];

export async function seedDemoData(
  connection: NetworkConnection,
  deployed: {
    token: { address: Address };
    timelock: { address: Address };
    staking: { address: Address };
    twinRegistry: { address: Address };
    aiMarketplace: { address: Address };
    dataContributions: { address: Address };
    dtaStreams: { address: Address };
    governor: { address: Address };
    serviceFees: { address: Address };
    technicalCommittee: { address: Address };
    economicCommittee: { address: Address };
    partnershipCouncil: { address: Address };
  },
): Promise<void> {
  const { viem, provider } = connection;
  const token = await viem.getContractAt("DTAToken", deployed.token.address);
  const wallets = await viem.getWalletClients();
  const timelock = deployed.timelock.address;

  await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
  await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
  for (const [index, wholeDta] of DEMO_GRANTS) {
    const wallet = wallets[index];
    if (!wallet) throw new Error(`No dev account ${index}`);
    await token.write.transfer!([wallet.account.address, parseUnits(wholeDta, DTA_DECIMALS)], {
      account: timelock,
    });
  }
  for (const [index, wholeDta] of DEMO_STAKES) {
    const wallet = wallets[index];
    if (!wallet) throw new Error(`No dev account ${index}`);
    await token.write.transfer!([wallet.account.address, parseUnits(wholeDta, DTA_DECIMALS)], {
      account: timelock,
    });
  }
  await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });

  const staking = await viem.getContractAt("DTAStaking", deployed.staking.address);
  for (const [index, wholeDta, lockDays] of DEMO_STAKES) {
    const account = wallets[index]!.account;
    const amount = parseUnits(wholeDta, DTA_DECIMALS);
    await token.write.approve!([staking.address, amount], { account });
    await staking.write.stake!([amount, BigInt(lockDays)], { account });
  }
  console.log(
    `Seeded DTA grants to ${DEMO_GRANTS.length} dev accounts and ${DEMO_STAKES.length} demo stakes.`,
  );
  // Governance runs in two parts around the twins and the marketplace (see seedGovernance.ts on time).
  await seedGovernanceHistory(connection, deployed);
  await seedTwins(connection, deployed);
  await seedMarketplace(connection, deployed);
  await seedGovernanceLive(connection, deployed);
  await seedData(connection, deployed);
}
