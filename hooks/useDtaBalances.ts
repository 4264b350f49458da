"use client";

import { useBalance } from "wagmi";
import { useDtaRead } from "./useDtaRead";
import { useScopeKey } from "./useScopeKey";

/** The connected account's DTA balance (base units). Undefined until known or when not connected. */
export function useDtaBalance() {
  const { account } = useScopeKey();
  const query = useDtaRead({
    contractName: "DTAToken",
    functionName: "balanceOf",
    args: [account ?? "0x0000000000000000000000000000000000000000"],
    enabled: account !== undefined,
  });
  return { ...query, balance: account === undefined ? undefined : query.data };
}

/** The connected account's native balance (wei). */
export function useNativeBalance() {
  const { chainId, account, scopeKey } = useScopeKey();
  return useBalance({ address: account, chainId, scopeKey, query: { enabled: account !== undefined } });
}
