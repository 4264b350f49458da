import type { Config } from "wagmi";
import { showToast } from "@/lib/toasts/store";
import { signPermit, type PermitSignature } from "../signPermit";

/**
 * One EIP-2612 signature (no gas) letting DTAStaking pull `amount` DTA, for `stakeWithPermit` and
 * `stakeMoreWithPermit`. Shows a toast and resolves undefined when it didn't happen.
 */
export async function signStakingPermit(
  config: Config,
  amount: bigint,
): Promise<PermitSignature | undefined> {
  const result = await signPermit(config, "DTAToken", "DTAStaking", amount);
  if (result.ok) return result.permit;
  const rejected = result.error.kind === "rejected";
  showToast({
    kind: rejected ? "warning" : "error",
    title: rejected ? "Request rejected" : "Permit signature failed",
    message: result.error.message,
  });
  return undefined;
}
