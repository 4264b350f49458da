"use client";

import { useId, useState, type FormEvent } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useDataPool, useMyDataChain } from "@/hooks/data/useDataChain";
import { useDataWrites } from "@/hooks/data/useDataFlows";
import { useContributions } from "@/hooks/data/useDataIndex";
import { checkScore, formatMultiplier, scoreReward } from "@/lib/data/validate";
import { formatDta, shortAddress } from "@/lib/format";
import { dataCategoryName, type DataCategoryWire } from "@/lib/indexer/dataAccess";

/**
 * The validator's queue: pending contributions from the indexer, each scored 0–100 once, with the multiplier and
 * the reward that score reserves now (limited by the unreserved pool) shown before signing. Shown only to an
 * account holding the validator role.
 */
export default function ValidatorPanel({
  categories,
}: {
  readonly categories?: readonly DataCategoryWire[];
}) {
  const id = useId();
  const { account, isValidator } = useMyDataChain();
  const { baseReward, poolAvailable } = useDataPool();
  const pending = useContributions({ status: "pending", pageSize: 50 }, isValidator === true);
  const { score, isPending } = useDataWrites();
  const [selected, setSelected] = useState<string>("");
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  if (!account || isValidator !== true) return null;

  const items = (pending.data?.items ?? []).filter((c) => c.status === "pending");
  const checked = checkScore(text);
  const error = !checked.ok && (touched || text !== "") ? checked.message : undefined;
  const own =
    items.find((c) => c.id.toString() === selected)?.contributor.toLowerCase() === account.toLowerCase();
  const preview =
    checked.ok && baseReward !== undefined && poolAvailable !== undefined
      ? scoreReward(checked.value, baseReward, poolAvailable)
      : undefined;

  async function send(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setDone(undefined);
    if (!checked.ok || selected === "" || own) return;
    if (await score(BigInt(selected), checked.value)) {
      setDone(`Contribution #${selected} is scored ${checked.value}.`);
      setSelected("");
      setText("");
      setTouched(false);
    }
  }

  return (
    <section className="card space-y-3" aria-labelledby={`${id}-heading`} data-testid="validator-panel">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        Validator: score pending contributions
      </h2>
      <p className="text-sm text-slate-700">
        You hold the validator role. Each contribution is scored once, 0 to 100; its reward (base reward{" "}
        {baseReward !== undefined ? `${formatDta(baseReward)} DTA` : ""} × 0, 1, 1.5 or 2) is reserved from
        the data pool ({poolAvailable !== undefined ? `${formatDta(poolAvailable)} DTA unreserved` : "…"})
        when you sign.
      </p>
      {pending.isError && !pending.data && (
        <p className="text-sm text-slate-700">
          The pending list can&apos;t be read: the indexer is unreachable.
        </p>
      )}
      {pending.data && items.length === 0 && (
        <EmptyState title="Nothing to score">Every contribution is scored.</EmptyState>
      )}
      {items.length > 0 && (
        <form onSubmit={send} noValidate className="space-y-3">
          <fieldset>
            <legend className="field-label">Pending contribution</legend>
            <ul
              className="mt-1 max-h-64 divide-y divide-slate-100 overflow-y-auto text-sm"
              data-testid="pending-list"
            >
              {items.map((c) => (
                <li key={c.id.toString()}>
                  <label className="flex flex-wrap items-center gap-2 py-1.5">
                    <input
                      type="radio"
                      name={`${id}-pending`}
                      value={c.id.toString()}
                      checked={selected === c.id.toString()}
                      onChange={() => setSelected(c.id.toString())}
                      data-testid={`pending-${c.id}`}
                    />
                    <span className="font-medium">#{c.id.toString()}</span>
                    <span>{dataCategoryName(categories, c.categoryId)}</span>
                    <span className="font-mono text-xs" title={c.dataHash}>
                      {c.dataHash.slice(0, 10)}…
                    </span>
                    <span className="text-slate-600">by {shortAddress(c.contributor)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {own && (
            <p className="field-error" role="alert">
              This is your own contribution: a validator can&apos;t score its own.
            </p>
          )}
          <div>
            <label htmlFor={`${id}-score`} className="field-label">
              Score (0 to 100)
            </label>
            <input
              id={`${id}-score`}
              className="input mt-1 w-28 tabular-nums"
              inputMode="numeric"
              data-testid="score-input"
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-score-error` : undefined}
            />
            {error && (
              <p id={`${id}-score-error`} className="field-error" role="alert" data-testid="score-error">
                {error}
              </p>
            )}
          </div>
          {touched && selected === "" && (
            <p className="field-error" role="alert" data-testid="score-pick-error">
              Choose a pending contribution to score.
            </p>
          )}
          {preview && (
            <dl className="text-sm" data-testid="score-preview">
              <div className="flex justify-between gap-3 border-b border-slate-100 py-1">
                <dt className="text-slate-600">Multiplier</dt>
                <dd data-testid="preview-multiplier" data-value={preview.multiplierBps}>
                  {formatMultiplier(preview.multiplierBps)}
                </dd>
              </div>
              <div className="flex justify-between gap-3 border-b border-slate-100 py-1">
                <dt className="text-slate-600">Reward reserved for the contributor</dt>
                <dd
                  className="tabular-nums"
                  data-testid="preview-reward"
                  data-value={preview.reward.toString()}
                >
                  {formatDta(preview.reward)} DTA
                </dd>
              </div>
              {preview.short && (
                <p className="pt-1 text-amber-900" data-testid="preview-short">
                  The data pool holds only {formatDta(preview.reward)} DTA of the {formatDta(preview.needed)}{" "}
                  DTA this score earns: the contribution is scored and paid what is left.
                </p>
              )}
            </dl>
          )}
          <WriteGateNotice />
          <WriteButton type="submit" className="btn-primary" disabled={isPending || own}>
            {isPending ? "Waiting for your wallet…" : selected ? `Score #${selected}` : "Score"}
          </WriteButton>
        </form>
      )}
      {done && (
        <p role="status" className="text-sm text-teal-900" data-testid="scored">
          {done}
        </p>
      )}
    </section>
  );
}
