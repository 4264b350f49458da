/** What every gas case gets: clients on the bench chain, the unlocked dev accounts and the contract map. */
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  type Address,
  type Hash,
  type PublicClient,
  type TestClient,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
} from "viem";
import { hardhat } from "viem/chains";
import { loadLocalContracts, type LocalContracts } from "../contracts.ts";

export interface GasContext {
  readonly publicClient: PublicClient<Transport, typeof hardhat>;
  readonly walletClient: WalletClient<Transport, typeof hardhat>;
  /** Hardhat test actions (time travel, mining). */
  readonly testClient: TestClient<"hardhat", Transport, typeof hardhat>;
  /** The node's unlocked dev accounts; #0–#5 hold seeded DTA grants. */
  readonly accounts: readonly Address[];
  readonly contracts: LocalContracts;
  /** Dev account `index`, or a clear error if the node has fewer. */
  account(index: number): Address;
  /** Waits for `hash` and throws if the transaction reverted. */
  confirm(hash: Hash): Promise<TransactionReceipt>;
  /** Moves the chain clock forward by `seconds` and mines a block (affects every later case). */
  advanceTime(seconds: number | bigint): Promise<void>;
}

/** What a case measured: a receipt, or a figure derived from earlier receipts (a sum or a difference). */
export type GasResult = Pick<TransactionReceipt, "gasUsed">;

/**
 * One measured operation. `setup` runs first and is not measured; `run` returns the measured receipt.
 * `note` is read after `run`, so a getter may report what the run found.
 */
export interface GasCase {
  readonly name: string;
  readonly note?: string;
  setup?(ctx: GasContext): Promise<void>;
  run(ctx: GasContext): Promise<GasResult>;
}

export async function createGasContext(rpcUrl: string): Promise<GasContext> {
  const publicClient = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
  const walletClient = createWalletClient({ chain: hardhat, transport: http(rpcUrl) });
  const testClient = createTestClient({ chain: hardhat, mode: "hardhat", transport: http(rpcUrl) });
  const accounts = await walletClient.getAddresses();
  const contracts = await loadLocalContracts();
  return {
    publicClient,
    walletClient,
    testClient,
    accounts,
    contracts,
    account(index) {
      const address = accounts[index];
      if (!address) throw new Error(`The chain has no dev account #${index}`);
      return address;
    },
    async confirm(hash) {
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      if (receipt.status !== "success") throw new Error(`Transaction ${hash} reverted`);
      return receipt;
    },
    async advanceTime(seconds) {
      await testClient.increaseTime({ seconds: Number(seconds) });
      await testClient.mine({ blocks: 1 });
    },
  };
}
