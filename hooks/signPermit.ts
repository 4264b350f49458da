import type { Hex } from "viem";
import type { Config } from "wagmi";
import { getAccount, getBlock, readContract, signTypedData, switchChain } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { allDeployedAbis, getDeployedContract } from "@/lib/contracts";
import { decodeTxError, type DecodedTxError } from "@/lib/errors";
import { tokenUnitResolverFor } from "@/lib/errorUnits";
import { permitDeadline, permitSignatureParts, permitTypedData } from "@/lib/permit";

/** The app's EIP-2612 tokens: DTA (staking) and legacy BIVE (the swap). */
export type PermitToken = "DTAToken" | "BIVE";
/** The contracts that take a permit and pull the tokens in the same transaction. */
export type PermitSpender =
  | "DTAStaking"
  | "BiveSwap"
  | "TwinRegistry"
  | "AIMarketplace"
  | "DTAStreams"
  | "DataContributions"
  | "DTAGovernor";

export interface PermitSignature {
  readonly deadline: bigint;
  readonly v: number;
  readonly r: Hex;
  readonly s: Hex;
}

export type PermitResult =
  | { readonly ok: true; readonly permit: PermitSignature }
  | { readonly ok: false; readonly error: DecodedTxError };

/**
 * Asks the connected wallet for one EIP-2612 signature (no gas) letting the `spenderName` contract pull
 * `amount` of `token` once. The domain comes from the token's own `eip712Domain()`, the nonce is read fresh
 * and the deadline is counted from the chain's clock (a local chain can run ahead of the wall clock). Never
 * throws: a rejection or failure comes back decoded, for the caller to report or to fall back to approval.
 */
export async function signPermit(
  config: Config,
  token: PermitToken,
  spenderName: PermitSpender,
  amount: bigint,
): Promise<PermitResult> {
  const chainId = appChain.chain.id;
  const contract = getDeployedContract(chainId, token);
  try {
    const spender = getDeployedContract(chainId, spenderName)?.address;
    if (!contract || !spender) throw new Error(`The contracts aren't deployed on ${appChain.chain.name}.`);
    const account = getAccount(config);
    if (!account.address) throw new Error("Connect a wallet first.");
    if (account.chainId !== chainId) await switchChain(config, { chainId });
    const owner = account.address;
    const { address, abi } = contract;
    const [[, name, version, domainChainId, verifyingContract], nonce, block] = await Promise.all([
      readContract(config, { address, abi, functionName: "eip712Domain", chainId }),
      readContract(config, {
        address,
        abi,
        functionName: "nonces",
        args: [owner],
        chainId,
      }),
      getBlock(config, { chainId }),
    ]);
    const deadline = permitDeadline(block.timestamp);
    const typed = permitTypedData(
      { name, version, chainId: Number(domainChainId), verifyingContract },
      { owner, spender, value: amount, nonce, deadline },
    );
    const signature = await signTypedData(config, { account: owner, ...typed });
    return { ok: true, permit: { deadline, ...permitSignatureParts(signature) } };
  } catch (error) {
    return {
      ok: false,
      error: decodeTxError(error, allDeployedAbis(chainId), {
        ...(contract ? { contract: contract.address } : {}),
        unitOf: tokenUnitResolverFor(chainId),
      }),
    };
  }
}
