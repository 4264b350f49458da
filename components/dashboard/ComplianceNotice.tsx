"use client";

import { useAccount } from "wagmi";
import { shortAddress } from "@/lib/format";
import { useWriteGate } from "@/hooks/useWriteGate";

/** Tells a blacklisted account, or everyone while DTA is paused, what that means before they try. */
export default function ComplianceNotice() {
  const { address } = useAccount();
  const gate = useWriteGate();
  if (!gate.blocked || (gate.block !== "blacklisted" && gate.block !== "paused")) return null;
  const blacklisted = gate.block === "blacklisted";
  return (
    <div
      role="alert"
      data-testid="compliance-notice"
      data-block={gate.block}
      className="mb-3 rounded-xl border border-red-300 bg-red-50 p-4 text-sm text-red-900"
    >
      <p className="font-semibold">
        {blacklisted
          ? `Your address ${address ? shortAddress(address) : ""} is blacklisted`
          : "DTA is paused right now"}
      </p>
      <p className="mt-1">{gate.reason}</p>
      <p className="mt-1">
        {blacklisted
          ? "Balances stay visible. The blacklist is set by the protocol's compliance role; if you believe this is a mistake, contact the DTA team."
          : "Balances stay visible. The guardian pauses the token to answer an incident; claims and exits resume with it."}
      </p>
    </div>
  );
}
