"use client";

import { useId } from "react";
import type { CurrentParameters } from "@/hooks/governance/useProposeFacts";
import { formatDta } from "@/lib/format";
import {
  ACTION_KIND_LABELS,
  EMPTY_ACTION,
  encodeAction,
  type ActionDraft,
  type ActionKind,
} from "@/lib/governance/actions";
import { decodeCall } from "@/lib/governance/decode";

const pct = (bps: bigint | undefined) =>
  bps === undefined ? "…" : `${bps / 100n}.${(bps % 100n).toString().padStart(2, "0")}%`;
const dta = (value: bigint | undefined) => (value === undefined ? "…" : `${formatDta(value)} DTA`);

function TextField({
  label,
  value,
  onChange,
  placeholder,
  inputMode,
  mono,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  inputMode?: "decimal";
  mono?: boolean;
}) {
  const id = useId();
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className={`input w-full ${mono ? "font-mono text-xs" : ""}`}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** The fields of one action, by kind, each with the parameter's current value beside it. */
function ActionFields({
  draft,
  current,
  onChange,
}: {
  draft: ActionDraft;
  current: CurrentParameters;
  onChange: (next: ActionDraft) => void;
}) {
  const set = (patch: Partial<ActionDraft>) => onChange({ ...draft, ...patch });
  switch (draft.kind) {
    case "serviceBurnRate":
      return (
        <>
          <p className="text-sm text-slate-600" data-testid="current-service-burn">
            Now {pct(current.serviceBurnBps)} of every service payment is burned (allowed 2%–5%).
          </p>
          <TextField
            label="New service burn rate (%)"
            value={draft.amount}
            placeholder="e.g. 3"
            inputMode="decimal"
            onChange={(amount) => set({ amount })}
          />
        </>
      );
    case "listingFee":
      return (
        <>
          <p className="text-sm text-slate-600">
            Now {dta(current.listingFee)} per listing (at most 100,000 DTA).
          </p>
          <TextField
            label="New listing fee (DTA)"
            value={draft.amount}
            placeholder="e.g. 150"
            inputMode="decimal"
            onChange={(amount) => set({ amount })}
          />
        </>
      );
    case "twinRateBounds":
      return (
        <>
          <p className="text-sm text-slate-600">
            Now {dta(current.minRatePerHour)} – {dta(current.maxRatePerHour)} per simulation hour.
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <TextField
              label="Lowest rate per hour (DTA)"
              value={draft.amount}
              placeholder="e.g. 0.01"
              inputMode="decimal"
              onChange={(amount) => set({ amount })}
            />
            <TextField
              label="Highest rate per hour (DTA)"
              value={draft.amountMax}
              placeholder="e.g. 100"
              inputMode="decimal"
              onChange={(amountMax) => set({ amountMax })}
            />
          </div>
        </>
      );
    case "dataBaseReward":
      return (
        <>
          <p className="text-sm text-slate-600">
            Now {dta(current.baseReward)} per accepted contribution at 1× (at most 1,000 DTA).
          </p>
          <TextField
            label="New base reward (DTA)"
            value={draft.amount}
            placeholder="e.g. 12"
            inputMode="decimal"
            onChange={(amount) => set({ amount })}
          />
        </>
      );
    case "grant":
      return (
        <>
          <p className="text-sm text-slate-600">
            The timelock holds {dta(current.treasury)}; a grant pays from it.
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <TextField
              label="Recipient address"
              value={draft.to}
              placeholder="0x…"
              mono
              onChange={(to) => set({ to })}
            />
            <TextField
              label="Grant (DTA)"
              value={draft.amount}
              placeholder="e.g. 25000"
              inputMode="decimal"
              onChange={(amount) => set({ amount })}
            />
          </div>
        </>
      );
    case "raw":
      return (
        <>
          <div className="flex flex-col gap-2 sm:flex-row">
            <TextField
              label="Target address"
              value={draft.to}
              placeholder="0x…"
              mono
              onChange={(to) => set({ to })}
            />
            <TextField
              label="Value (native coin)"
              value={draft.value}
              placeholder="0"
              inputMode="decimal"
              onChange={(value) => set({ value })}
            />
          </div>
          <TextField
            label="Calldata (hex)"
            value={draft.calldata}
            placeholder="0x…"
            mono
            onChange={(calldata) => set({ calldata })}
          />
        </>
      );
  }
}

/** One option's actions: add, change kind, fill in, remove; each decoded back into words as it is typed. */
export function OptionActions({
  chainId,
  heading,
  actions,
  current,
  onChange,
}: {
  chainId: number;
  heading: string;
  actions: readonly ActionDraft[];
  current: CurrentParameters;
  onChange: (next: readonly ActionDraft[]) => void;
}) {
  const kindId = useId();
  const replace = (i: number, next: ActionDraft) => onChange(actions.map((a, j) => (j === i ? next : a)));
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3" data-testid="option-actions">
      <legend className="px-1 text-sm font-semibold text-slate-900">{heading}</legend>
      {actions.length === 0 && (
        <p className="text-sm text-slate-600">No action: this option changes nothing.</p>
      )}
      {actions.map((action, i) => {
        const encoded = encodeAction(chainId, action, current.treasury);
        return (
          <div key={i} className="space-y-2 rounded-md bg-slate-50 p-3">
            <div className="flex flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1">
                <label htmlFor={`${kindId}-${i}`} className="field-label">
                  Action {i + 1}
                </label>
                <select
                  id={`${kindId}-${i}`}
                  className="input w-full"
                  value={action.kind}
                  onChange={(e) => replace(i, { ...EMPTY_ACTION, kind: e.target.value as ActionKind })}
                >
                  {(Object.keys(ACTION_KIND_LABELS) as ActionKind[]).map((k) => (
                    <option key={k} value={k}>
                      {ACTION_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="btn-secondary"
                onClick={() => onChange(actions.filter((_, j) => j !== i))}
              >
                Remove action {i + 1}
              </button>
            </div>
            <ActionFields draft={action} current={current} onChange={(next) => replace(i, next)} />
            <p className="text-sm" data-testid="action-words">
              {encoded.ok ? (
                <span className="text-slate-800">Will run: {decodeCall(chainId, encoded.value).words}.</span>
              ) : (
                <span className="text-slate-500">{encoded.message}</span>
              )}
            </p>
          </div>
        );
      })}
      <button type="button" className="btn-secondary" onClick={() => onChange([...actions, EMPTY_ACTION])}>
        Add an action{heading.startsWith("Option") ? ` to ${heading.split(":")[0]}` : ""}
      </button>
    </fieldset>
  );
}
