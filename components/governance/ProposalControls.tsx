"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Address, Hex } from "viem";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { useChainTime } from "@/hooks/useChainTime";
import { ProposalState } from "@/lib/governance/lifecycle";
import { formatUnlockDate } from "@/lib/staking/wizard";

/**
 * Queue a succeeded proposal in the timelock, and execute it once the delay has passed — anyone may do both.
 * An upgrade-class proposal runs only after the Technical Committee Safe's approval; the button says so first.
 */
export default function ProposalControls({
  id,
  state,
  eta,
  targets,
  values,
  calldatas,
  descriptionHash,
  needsApproval,
  chainTime,
}: {
  id: string;
  state: number;
  eta: bigint;
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  descriptionHash: Hex;
  /** Upgrade-class and not approved yet by the Technical Committee Safe. */
  needsApproval: boolean;
  /** The chain's time at the server's last read (the page refreshes it); the later of it and the client's clock counts. */
  chainTime: bigint;
}) {
  const router = useRouter();
  const { now: clientNow } = useChainTime();
  const now = clientNow !== undefined && clientNow > chainTime ? clientNow : chainTime;
  const { write, isPending } = useDtaWrite("DTAGovernor");
  const [message, setMessage] = useState<string | undefined>();
  const args = [[...targets], [...values], [...calldatas], descriptionHash] as const;

  async function queue() {
    setMessage(undefined);
    const outcome = await write({
      functionName: "queue",
      args,
      description: `Queue proposal ${id.slice(0, 8)}…`,
      affects: ["DTAToken", "DTATimelock"],
    });
    if (outcome.status === "confirmed") router.refresh();
  }
  async function execute() {
    if (now < eta) {
      setMessage(`The timelock's delay runs until ${formatUnlockDate(eta)}; execute after that.`);
      return;
    }
    if (needsApproval) {
      setMessage(
        "This proposal changes which contracts the system trusts: the Technical Committee's Safe must approve it before it can run.",
      );
      return;
    }
    setMessage(undefined);
    const outcome = await write({
      functionName: "execute",
      args,
      description: `Execute proposal ${id.slice(0, 8)}…`,
      affects: [
        "DTAToken",
        "DTATimelock",
        "ServiceFees",
        "AIMarketplace",
        "TwinRegistry",
        "DataContributions",
      ],
    });
    if (outcome.status === "confirmed") router.refresh();
  }

  if (state === ProposalState.Succeeded) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          The proposal succeeded: anyone can queue it in the timelock now (this refunds the deposit).
        </p>
        <WriteButton className="btn-primary" disabled={isPending} onClick={() => void queue()}>
          Queue in the timelock
        </WriteButton>
      </div>
    );
  }
  if (state === ProposalState.Queued) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-slate-700">Queued: anyone can execute it from {formatUnlockDate(eta)}.</p>
        <WriteButton className="btn-primary" disabled={isPending} onClick={() => void execute()}>
          Execute
        </WriteButton>
        {message && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
      </div>
    );
  }
  return null;
}
