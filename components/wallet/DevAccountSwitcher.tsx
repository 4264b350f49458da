"use client";

import { useId, useSyncExternalStore } from "react";
import { useAccount } from "wagmi";
import { shortAddress } from "@/lib/format";
import {
  DEV_ACCOUNTS,
  getDevAccountIndex,
  selectDevAccount,
  subscribeDevAccount,
} from "@/lib/wallet/devAccounts";
import { DEV_WALLET_ID } from "@/lib/wallet/devWalletConnector";

const subscribe = (listener: () => void) => subscribeDevAccount(() => listener());

/** Picks which of the twenty unlocked Hardhat accounts the local dev wallet exposes. */
export function DevAccountSwitcher() {
  const { connector, isConnected } = useAccount();
  const index = useSyncExternalStore(subscribe, getDevAccountIndex, () => 0);
  const id = useId();
  if (!isConnected || connector?.id !== DEV_WALLET_ID) return null;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Dev wallet account
      </label>
      <select
        id={id}
        value={index}
        onChange={(event) => selectDevAccount(Number.parseInt(event.target.value, 10))}
        className="max-w-[9.5rem] sm:max-w-[11rem] rounded-lg border border-slate-300 bg-white px-2 py-2 font-mono text-xs text-slate-900 sm:text-sm"
      >
        {DEV_ACCOUNTS.map((address, i) => (
          <option key={address} value={i}>
            #{i} {shortAddress(address)}
          </option>
        ))}
      </select>
    </div>
  );
}
