"use client";

import { useAccount, useSwitchChain } from "wagmi";
import { appChain } from "@/lib/chains";

/** Shown while the connected wallet is on another chain than the app's. */
export default function WrongNetworkBanner() {
  const { isConnected, chainId } = useAccount();
  const { switchChain, isPending, error } = useSwitchChain();
  const target = appChain.chain;
  if (!isConnected || chainId === undefined || chainId === target.id) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm text-amber-950">
        <p>
          Your wallet is on another network (chain {chainId}). DTA lives on <strong>{target.name}</strong>.
          {error && (
            <span className="block text-red-800">Couldn&apos;t switch: {error.message.split("\n")[0]}</span>
          )}
        </p>
        <button
          type="button"
          className="btn-primary"
          disabled={isPending}
          onClick={() => switchChain({ chainId: target.id })}
        >
          Switch to {target.name}
        </button>
      </div>
    </div>
  );
}
