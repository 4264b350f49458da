"use client";

import { isUnreachableError } from "@/lib/chainHealth";
import { useDtaRead } from "../useDtaRead";

/**
 * A twin's live state from the chain (the indexer lags and does not tick): the stored twin, its owner, the
 * effective rate, the governance rate bounds and the service burn rate that splits a payment.
 */
export function useTwinChain(id: bigint) {
  const twin = useDtaRead({ contractName: "TwinRegistry", functionName: "twinOf", args: [id] });
  const owner = useDtaRead({ contractName: "TwinRegistry", functionName: "ownerOf", args: [id] });
  const rate = useDtaRead({ contractName: "TwinRegistry", functionName: "rateOf", args: [id] });
  const minRate = useDtaRead({ contractName: "TwinRegistry", functionName: "minRatePerHour" });
  const maxRate = useDtaRead({ contractName: "TwinRegistry", functionName: "maxRatePerHour" });
  const burnBps = useDtaRead({ contractName: "ServiceFees", functionName: "serviceBurnBps" });
  const bounds =
    minRate.data !== undefined && maxRate.data !== undefined
      ? { min: BigInt(minRate.data), max: BigInt(maxRate.data) }
      : undefined;
  // `twinOf` reverts once the twin is burned; the query keeps its last data on error, so a revert (not an
  // unreachable node) must hide it.
  const gone = twin.isError && !isUnreachableError(twin.error);
  return {
    twin: gone ? undefined : twin.data,
    owner: owner.data,
    rate: rate.data,
    bounds,
    burnBps: burnBps.data,
    /** The twin is gone (withdrawn) or the chain is unreachable. */
    isError: twin.isError,
    /** The chain answered that no such twin exists (never minted, or withdrawn and burned). */
    gone,
  };
}
