"use client";

import { useId, useState, type FormEvent } from "react";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useDataWrites } from "@/hooks/data/useDataFlows";
import { useDataAccess } from "@/hooks/data/useDataIndex";
import { checkBuyer } from "@/lib/data/validate";
import { shortAddress } from "@/lib/format";

/**
 * The contributor's access list for one restricted contribution (from the indexer): approve a buyer, revoke an
 * approval, and see who paid. Grants and revocations are on-chain events the off-chain data host enforces.
 */
export function ManageAccess({
  id,
  contributor,
}: {
  readonly id: bigint;
  readonly contributor: `0x${string}`;
}) {
  const formId = useId();
  const access = useDataAccess({ contributionId: id, pageSize: 100 });
  const { setAccess, isPending } = useDataWrites();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();

  async function grant(event: FormEvent) {
    event.preventDefault();
    const buyer = checkBuyer(text, contributor);
    if (!buyer.ok) {
      setError(buyer.message);
      return;
    }
    if (access.data?.items.some((a) => a.buyer === buyer.value && a.granted)) {
      setError(`${shortAddress(buyer.value)} is already approved for this contribution.`);
      return;
    }
    setError(undefined);
    if (await setAccess(id, buyer.value, true)) setText("");
  }

  const rows = access.data?.items ?? [];
  return (
    <div className="space-y-3" data-testid="manage-access">
      <p className="text-sm text-slate-700">
        You contributed this data. Approve the buyers you share it with; an approved buyer pays your premium
        once. Revoking stops future sharing (a premium already paid is not refunded).
      </p>
      {access.isError && !access.data && (
        <p className="text-sm text-slate-700">
          The access list can&apos;t be read: the indexer is unreachable.
        </p>
      )}
      {access.data && rows.length === 0 && <p className="text-sm text-slate-700">No buyer approved yet.</p>}
      {rows.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Buyers" data-testid="access-list">
          {rows.map((a) => (
            <li
              key={a.buyer}
              className="flex flex-wrap items-center gap-2 py-1.5"
              data-buyer={a.buyer}
              data-granted={a.granted}
              data-paid={a.paid}
            >
              <span className="font-mono">{shortAddress(a.buyer)}</span>
              <span className="text-slate-700">
                {a.granted ? "approved" : "revoked"}
                {a.paid ? " · premium paid" : ""}
              </span>
              {a.granted && (
                <WriteButton
                  className="btn-secondary ml-auto py-1"
                  disabled={isPending}
                  onClick={() => void setAccess(id, a.buyer, false)}
                >
                  Revoke {shortAddress(a.buyer)}
                </WriteButton>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={grant} noValidate className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${formId}-buyer`} className="field-label">
            Buyer&apos;s address
          </label>
          <input
            id={`${formId}-buyer`}
            className="input mt-1 font-mono text-xs"
            spellCheck={false}
            autoComplete="off"
            data-testid="grant-buyer"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${formId}-buyer-error` : undefined}
          />
        </div>
        <WriteButton type="submit" className="btn-primary" disabled={isPending}>
          Approve buyer
        </WriteButton>
        {error && (
          <p
            id={`${formId}-buyer-error`}
            className="field-error w-full"
            role="alert"
            data-testid="grant-error"
          >
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
