/** What every gas case gets: clients on the bench chain, the unlocked dev accounts and the contract map. */
import {
  createPublicClient,
  createWalletClient,
  http,
  type Address,
  type Hash,
  type PublicClient,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
} from "viem";
import { hardhat } from "viem/chains";
import { loadLocalContracts, type LocalContracts } from "../contracts.ts";

export interface GasContext {
  readonly publicClient: PublicClient<Transport, typeof hardhat>;
  readonly walletClient: WalletClient<Transport, typeof hardhat>;
  /** The node's unlocked dev accounts; #0–#5 hold seeded DTA grants. */
  readonly accounts: readonly Address[];
  readonly contracts: LocalContracts;
  /** Dev account `index`, or a clear error if the node has fewer. */
  account(index: number): Address;
  /** Waits for `hash` and throws if the transaction reverted. */
  confirm(hash: Hash): Promise<TransactionReceipt>;
}

/** One measured operation. `setup` runs first and is not measured; `run` returns the measured receipt. */
export interface GasCase {
  readonly name: string;
  readonly note?: string;
  setup?(ctx: GasContext): Promise<void>;
  run(ctx: GasContext): Promise<TransactionReceipt>;
}

export async function createGasContext(rpcUrl: string): Promise<GasContext> {
  const publicClient = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
  const walletClient = createWalletClient({ chain: hardhat, transport: http(rpcUrl) });
  const accounts = await walletClient.getAddresses();
  const contracts = await loadLocalContracts();
  return {
    publicClient,
    walletClient,
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
  };
}
