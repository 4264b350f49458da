"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import type { Address } from "viem";
import { LocalFaucet } from "@/components/wallet/LocalFaucet";
import { appChain } from "@/lib/chains";
import { formatDta } from "@/lib/format";
import { DEREGISTER_COOLDOWN_SECONDS } from "@/lib/twins/economics";
import { twinTypeOptions } from "@/lib/twins/labels";
import { formatDuration } from "@/lib/twins/syncStatus";
import { TWIN_BOND, type Checked } from "@/lib/twins/validate";

/** Step 1: the balance against the bond, and where to get DTA when it is short. */
export function BalanceStep({
  balance,
  check,
  account,
}: {
  balance: bigint | undefined;
  check: Checked<bigint>;
  account: Address | undefined;
}) {
  return (
    <div className="space-y-3 text-sm">
      <p>
        Registering a twin locks a performance bond of exactly <strong>{formatDta(TWIN_BOND)} DTA</strong>.
        Your balance:{" "}
        <strong data-testid="register-balance" data-value={balance?.toString()}>
          {balance === undefined ? "…" : `${formatDta(balance)} DTA`}
        </strong>
        .
      </p>
      {!check.ok && balance !== undefined && (
        <div
          role="alert"
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950"
        >
          <p data-testid="balance-short">{check.message}</p>
          <p>
            Get DTA first:{" "}
            <IntentLink href="/swap" className="underline">
              swap legacy BIVE for DTA
            </IntentLink>
            , or receive it from another account.
            {appChain.isLocal &&
              " On this local chain, the faucet sends you the difference from dev account #0."}
          </p>
          <LocalFaucet to={account} amount={TWIN_BOND - balance} />
        </div>
      )}
    </div>
  );
}

export interface TwinFields {
  readonly typeId: number;
  readonly category: string;
  readonly metadataUri: string;
}

/** Step 2: type, category and metadata URI, each with its own error. */
export function DetailsStep({
  fields,
  onChange,
  errors,
  types,
}: {
  fields: TwinFields;
  onChange: (next: TwinFields) => void;
  errors: { category?: string; metadataUri?: string };
  /** Governance's twin types from the indexer (the starting list while it loads). */
  types: readonly { readonly id: number; readonly name: string }[] | undefined;
}) {
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="twin-type" className="field-label">
          Type
        </label>
        <select
          id="twin-type"
          className="input"
          value={fields.typeId}
          onChange={(e) => onChange({ ...fields, typeId: Number(e.target.value) })}
        >
          {twinTypeOptions(types).map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {(
        [
          ["category", "Category (1–32 bytes)", "e.g. Wind farms"],
          ["metadataUri", "Metadata URI (ipfs://, https://, ar:// or data:, at most 256 bytes)", "ipfs://…"],
        ] as const
      ).map(([key, label, placeholder]) => (
        <div key={key}>
          <label htmlFor={`twin-${key}`} className="field-label">
            {label}
          </label>
          <input
            id={`twin-${key}`}
            className="input"
            placeholder={placeholder}
            value={fields[key]}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={errors[key] ? `twin-${key}-error` : undefined}
            onChange={(e) => onChange({ ...fields, [key]: e.target.value })}
          />
          {errors[key] && (
            <p id={`twin-${key}-error`} className="field-error" role="alert" data-testid={`${key}-error`}>
              {errors[key]}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

/** Step 3: what the bond is, how and when it comes back, and what can take part of it. */
export function BondReview({ fields, typeName }: { fields: TwinFields; typeName: string }) {
  return (
    <div className="space-y-3 text-sm text-slate-800" data-testid="bond-review">
      <dl>
        {[
          ["Type", typeName],
          ["Category", fields.category.trim()],
          ["Metadata URI", fields.metadataUri.trim()],
          ["Bond locked now", `${formatDta(TWIN_BOND)} DTA`],
        ].map(([label, value]) => (
          <div key={label} className="flex flex-wrap justify-between gap-x-4 border-b border-slate-100 py-2">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-all font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <strong>Locked:</strong> exactly {formatDta(TWIN_BOND)} DTA moves from your wallet into the twin
          registry and stays with the twin NFT (if you transfer the twin, the bond, unclaimed rewards and open
          jobs go with it).
        </li>
        <li>
          <strong>How it comes back:</strong> deregister the twin; after a cooldown of{" "}
          {formatDuration(DEREGISTER_COOLDOWN_SECONDS)} (no earnings, no new jobs meanwhile) withdraw the bond
          plus any unclaimed rewards, and the NFT is burned.
        </li>
        <li>
          <strong>Slashing:</strong> the quality oracle scores the twin 0–100 (it starts at 100). Below 50 the
          twin is suspended — no rewards, no new jobs — and each oracle decision may burn at most 10% of the
          bond that is left. A score back at 50 or more lifts the suspension; slashed DTA does not come back.
        </li>
        <li>
          <strong>Earning:</strong> 50 DTA per 30 days (×1.2 at quality 90 or more) in the 7 days after each
          data sync, from the 80M twin pool; plus 88.2% of each simulation job you complete (2% is burned, 10%
          of the rest goes to platform revenue) at the default burn rate.
        </li>
      </ul>
    </div>
  );
}
