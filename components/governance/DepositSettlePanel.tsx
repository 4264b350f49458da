"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { committeeRefusal } from "@/lib/governance/safeTx";

/**
 * Settles a decided proposal's held deposit through `settleDeposit` — anyone may. The page decides whether
 * there is one and what it does (`lib/governance/deposit.ts`); this only sends it and words a refusal: DTA
 * paused (the write gate already disables the button and says so), or a refund to a blacklisted proposer.
 */
export default function DepositSettlePanel({ id, action }: { id: string; action: "refund" | "burn" }) {
  const router = useRouter();
  const { write, isPending } = useDtaWrite("DTAGovernor");
  const [message, setMessage] = useState<string | undefined>();

  async function settle() {
    setMessage(undefined);
    const outcome = await write({
      functionName: "settleDeposit",
      args: [BigInt(id)],
      description: `${action === "refund" ? "Refund" : "Burn"} the deposit of proposal ${id.slice(0, 8)}…`,
      affects: ["DTAToken"],
    });
    if (outcome.status === "confirmed") router.refresh();
    else if (outcome.status === "reverted")
      setMessage("The transaction reverted on the chain; the deposit is still held.");
    else if (outcome.status === "failed" && outcome.error.kind !== "rejected")
      setMessage(committeeRefusal("settle", outcome.error.errorName, outcome.error.message));
  }

  return (
    <div className="space-y-2">
      <WriteGateNotice />
      <WriteButton className="btn-primary" disabled={isPending} onClick={() => void settle()}>
        {isPending
          ? "Settling…"
          : action === "refund"
            ? "Settle: refund the deposit"
            : "Settle: burn the deposit"}
      </WriteButton>
      {message && (
        <p className="field-error" role="alert" data-testid="settle-deposit-error">
          {message}
        </p>
      )}
    </div>
  );
}
