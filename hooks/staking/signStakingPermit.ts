import type { Hex } from "viem";
import type { Config } from "wagmi";
import { getAccount, getBlock, readContract, signTypedData, switchChain } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { allDeployedAbis, getDeployedContract } from "@/lib/contracts";
import { decodeTxError } from "@/lib/errors";
import { permitSignatureParts, permitTypedData } from "@/lib/permit";
import { showToast } from "@/components/toasts/toastStore";

/** Permits are short-lived: an hour of chain time is plenty to confirm the one transaction. */
const PERMIT_LIFETIME_SECONDS = 3_600n;

export interface StakingPermit {
  readonly deadline: bigint;
  readonly v: number;
  readonly r: Hex;
  readonly s: Hex;
}

/**
 * Asks the connected wallet for one EIP-2612 signature (no gas) letting DTAStaking pull `amount` DTA, for
 * `stakeWithPermit` and `stakeMoreWithPermit`. Shows a toast and resolves undefined when it didn't happen.
 */
export async function signStakingPermit(config: Config, amount: bigint): Promise<StakingPermit | undefined> {
  const chainId = appChain.chain.id;
  const token = getDeployedContract(chainId, "DTAToken");
  const staking = getDeployedContract(chainId, "DTAStaking");
  const account = getAccount(config);
  try {
    if (!token || !staking)
      throw new Error(`The staking contracts aren't deployed on ${appChain.chain.name}.`);
    if (!account.address) throw new Error("Connect a wallet first.");
    if (account.chainId !== chainId) await switchChain(config, { chainId });
    const owner = account.address;
    const [[, name, version, domainChainId, verifyingContract], nonce, block] = await Promise.all([
      readContract(config, {
        address: token.address,
        abi: token.abi,
        functionName: "eip712Domain",
        chainId,
      }),
      readContract(config, {
        address: token.address,
        abi: token.abi,
        functionName: "nonces",
        args: [owner],
        chainId,
      }),
      getBlock(config, { chainId }),
    ]);
    // The deadline is in chain time, which on a local chain can run ahead of the wall clock.
    const deadline = block.timestamp + PERMIT_LIFETIME_SECONDS;
    const typed = permitTypedData(
      { name, version, chainId: Number(domainChainId), verifyingContract },
      { owner, spender: staking.address, value: amount, nonce, deadline },
    );
    const signature = await signTypedData(config, { account: owner, ...typed });
    return { deadline, ...permitSignatureParts(signature) };
  } catch (error) {
    const decoded = decodeTxError(error, allDeployedAbis(chainId));
    showToast({
      kind: decoded.kind === "rejected" ? "warning" : "error",
      title: decoded.kind === "rejected" ? "Request rejected" : "Permit signature failed",
      message: decoded.message,
    });
    return undefined;
  }
}
