"use client";

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { answerApproval, currentApproval, subscribeApprovals } from "@/lib/wallet/approvals";
import type { WalletRequestDescription } from "@/lib/wallet/describeRequest";

const noApproval = () => null;

function Row({ label, children, nested }: { label: string; children: ReactNode; nested?: boolean }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-2 py-1.5 text-sm">
      <dt className={nested ? "pl-3 font-mono text-slate-600" : "text-slate-600"}>{label}</dt>
      <dd className="min-w-0 break-all font-mono text-slate-900">{children}</dd>
    </div>
  );
}

function Details({ description }: { description: WalletRequestDescription }) {
  if (description.kind === "transaction") {
    return (
      <dl className="divide-y divide-slate-200">
        <Row label="From">{description.from ?? "—"}</Row>
        <Row label="To">
          {description.contractName ? `${description.contractName} ` : ""}
          <span className="text-slate-600">{description.to ?? "new contract"}</span>
        </Row>
        <Row label="Function">{description.functionName ?? "—"}</Row>
        {description.args.map((arg) => (
          <Row key={arg.name} label={arg.name} nested>
            {arg.value}
          </Row>
        ))}
        <Row label="Value">{description.value}</Row>
      </dl>
    );
  }
  return (
    <dl className="divide-y divide-slate-200">
      <Row label="From">{description.from ?? "—"}</Row>
      <Row label="Method">{description.method}</Row>
      {description.details.map((d) => (
        <Row key={d.name} label={d.name}>
          {d.value}
        </Row>
      ))}
    </dl>
  );
}

/**
 * The local dev wallet's confirmation, like a wallet popup: shows what will be signed and waits for
 * Confirm or Reject. Escape rejects.
 */
export function DevWalletDialog() {
  const approval = useSyncExternalStore(subscribeApprovals, currentApproval, noApproval);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (approval && !element.open) element.showModal();
    if (!approval && element.open) element.close();
  }, [approval]);

  const title = approval?.description.kind === "signature" ? "Signature request" : "Confirm transaction";

  return (
    <dialog
      ref={dialog}
      aria-labelledby="dev-wallet-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        if (approval) answerApproval(approval.id, false);
      }}
      className="w-[min(32rem,calc(100vw-1.5rem))] rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
    >
      {approval && (
        <div className="p-5">
          <p className="text-xs font-semibold uppercase tracking-wide text-teal-800">Local dev wallet</p>
          <h2 id="dev-wallet-dialog-title" className="mt-1 text-lg font-semibold">
            {approval.description.kind === "signature" ? approval.description.title : title}
          </h2>
          <div className="mt-3 max-h-[50vh] overflow-y-auto">
            <Details description={approval.description} />
          </div>
          <div className="mt-5 flex justify-end gap-3">
            <button
              type="button"
              className="btn-secondary"
              onClick={() => answerApproval(approval.id, false)}
            >
              Reject
            </button>
            <button
              type="button"
              className="btn-primary"
              autoFocus
              onClick={() => answerApproval(approval.id, true)}
            >
              Confirm
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
