/**
 * The rehearsal's actors on its chain-97 node: Hardhat's default dev accounts, derived from Hardhat's published
 * test mnemonic. These keys are public test keys (every Hardhat node funds them) — never use them on a real
 * chain; they are not secrets, which is why they may appear in a test.
 */
import { createPublicClient, createTestClient, createWalletClient, http, type Chain, type Hex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { bscTestnet } from "viem/chains";

const HARDHAT_TEST_MNEMONIC = "test test test test test test test test test test test junk";

export const REHEARSAL_CHAIN_ID = bscTestnet.id;

/** Dev account `index` as a local signer (transactions are signed here and sent raw; nothing is unlocked). */
export function devAccount(index: number) {
  return mnemonicToAccount(HARDHAT_TEST_MNEMONIC, { addressIndex: index });
}

/** Dev account `index`'s private key, as a deployer would put it in DEPLOYER_PRIVATE_KEY. */
export function devPrivateKey(index: number): Hex {
  const key = devAccount(index).getHdKey().privateKey;
  if (!key) throw new Error(`no private key for dev account ${index}`);
  return `0x${Buffer.from(key).toString("hex")}`;
}

/** Who plays which part in the rehearsal (dev account indexes, as on the local chain). */
export const ROLES = {
  deployer: 0,
  proposer: 1,
  councilOwners: [2, 3, 4],
  technicalCommittee: [10, 11, 12],
  economicCommittee: [13, 14, 15],
  partnershipCouncil: [16, 17, 18],
  biveHolder: 6,
  vestingCoreTeam: 7,
  vestingAdvisors: 8,
  vestingEarlyContributors: 9,
} as const;

/** BSC testnet's chain definition pointed at the rehearsal node. */
export function rehearsalChain(rpcUrl: string): Chain {
  return { ...bscTestnet, rpcUrls: { default: { http: [rpcUrl] } } };
}

export function rehearsalClients(rpcUrl: string, signer = 0) {
  const chain = rehearsalChain(rpcUrl);
  return {
    publicClient: createPublicClient({ chain, transport: http(rpcUrl) }),
    walletClient: createWalletClient({ chain, transport: http(rpcUrl), account: devAccount(signer) }),
    /** The node's own test methods: only to stand in for what a public chain already has, and its clock. */
    testClient: createTestClient({ chain, mode: "hardhat", transport: http(rpcUrl) }),
  };
}
