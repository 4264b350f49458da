"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createPublicClient, createWalletClient, http, type Address } from "viem";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import { isAffectedQuery } from "@/lib/tx/affectedQueries";
import { DEV_ACCOUNTS } from "@/lib/wallet/devAccounts";

/** The dev account the faucet pays from: the local deploy leaves it DTA (Hardhat's node holds its key). */
const FAUCET_ACCOUNT = DEV_ACCOUNTS[0]!;

type FaucetState =
  { kind: "idle" } | { kind: "sending" } | { kind: "done" } | { kind: "failed"; message: string };

/**
 * The local chain's faucet: sends `amount` DTA from dev account #0 to `to`, signed by the local Hardhat node
 * (which holds the dev accounts' keys), so a short balance is one click away while trying the app locally.
 * Renders nothing on any other chain, or when `to` is the faucet itself.
 */
export function LocalFaucet({ to, amount }: { readonly to: Address | undefined; readonly amount: bigint }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<FaucetState>({ kind: "idle" });
  const token = getDeployedContract(appChain.chain.id, "DTAToken");
  if (!appChain.isLocal || !token || !to || to.toLowerCase() === FAUCET_ACCOUNT.toLowerCase() || amount <= 0n)
    return null;

  async function send(recipient: Address, contract: NonNullable<typeof token>) {
    setState({ kind: "sending" });
    try {
      const transport = http(appChain.rpcUrl);
      const wallet = createWalletClient({ chain: appChain.chain, transport });
      const hash = await wallet.writeContract({
        address: contract.address,
        abi: contract.abi,
        functionName: "transfer",
        args: [recipient, amount],
        account: FAUCET_ACCOUNT,
        chain: appChain.chain,
      });
      const receipt = await createPublicClient({
        chain: appChain.chain,
        transport,
      }).waitForTransactionReceipt({
        hash,
      });
      if (receipt.status !== "success") throw new Error("The faucet's transfer reverted.");
      await queryClient.invalidateQueries({
        predicate: (query) => isAffectedQuery(query.queryKey, appChain.chain.id, [contract.address]),
      });
      setState({ kind: "done" });
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      setState({ kind: "failed", message: `The local faucet could not send DTA: ${message}` });
    }
  }

  return (
    <div className="space-y-1" data-testid="local-faucet">
      <button
        type="button"
        className="btn-secondary"
        disabled={state.kind === "sending"}
        onClick={() => void send(to, token)}
      >
        {state.kind === "sending" ? "Sending…" : `Get ${formatDta(amount)} DTA from the local faucet`}
      </button>
      {state.kind === "failed" && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      {state.kind === "done" && (
        <p className="text-sm text-slate-700">Sent: your balance updates in a moment.</p>
      )}
    </div>
  );
}
