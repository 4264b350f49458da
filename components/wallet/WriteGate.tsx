"use client";

import type { ButtonHTMLAttributes } from "react";
import { useWriteGate } from "@/hooks/useWriteGate";

interface WriteButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** False for a step that sends nothing yet (e.g. a wizard's "Next"); the gate then doesn't apply. */
  readonly gated?: boolean;
}

/**
 * A button that sends a transaction: disabled, with the reason as its description, whenever the write gate
 * is closed (no wallet, wrong network, chain unreachable, DTA paused, account blacklisted).
 */
export function WriteButton({ gated = true, disabled, title, type = "button", ...props }: WriteButtonProps) {
  const gate = useWriteGate();
  const blocked = gated && gate.blocked;
  return (
    <button
      {...props}
      type={type}
      disabled={disabled || blocked}
      title={blocked ? gate.reason : title}
      data-blocked-reason={blocked ? gate.reason : undefined}
    />
  );
}

/**
 * Why the form's write buttons are disabled, shown once per form. Silent when no wallet is connected:
 * every form already asks for one.
 */
export function WriteGateNotice({ className = "" }: { className?: string }) {
  const gate = useWriteGate();
  if (!gate.blocked || gate.block === "disconnected") return null;
  return (
    <p
      role="status"
      data-testid="write-gate-reason"
      data-block={gate.block}
      className={`rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 ${className}`}
    >
      {gate.reason}
    </p>
  );
}
