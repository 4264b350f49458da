"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { appChain } from "@/lib/chains";
import { formatDta } from "@/lib/format";
import { SERVICE_CATEGORIES } from "@/lib/indexer/marketplaceTypes";
import { MAX_NAME_BYTES, type Checked } from "@/lib/marketplace/validate";
import { formatBps, REVENUE_SPLIT, splitRevenue } from "@/lib/tokenomics/revenueSplit";
import { serviceSplit } from "@/lib/twins/economics";

export interface ServiceFields {
  readonly name: string;
  readonly categoryId: number;
  readonly metadataUri: string;
  readonly price: string;
}

function Field({
  id,
  label,
  value,
  placeholder,
  error,
  inputMode,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  error: string | undefined;
  inputMode?: "decimal";
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="input"
        placeholder={placeholder}
        value={value}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Step 1: name, category and metadata URI, each with its own error. */
export function ServiceDetailsStep({
  fields,
  onChange,
  errors,
}: {
  fields: ServiceFields;
  onChange: (next: ServiceFields) => void;
  errors: { name?: string; metadataUri?: string };
}) {
  return (
    <div className="space-y-4">
      <Field
        id="service-name"
        label={`Name (1–${MAX_NAME_BYTES} bytes)`}
        placeholder="e.g. Invoice OCR"
        value={fields.name}
        error={errors.name}
        onChange={(name) => onChange({ ...fields, name })}
      />
      <div>
        <label htmlFor="service-category" className="field-label">
          Category
        </label>
        <select
          id="service-category"
          className="input"
          value={fields.categoryId}
          onChange={(e) => onChange({ ...fields, categoryId: Number(e.target.value) })}
        >
          {SERVICE_CATEGORIES.map((name, id) => (
            <option key={name} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <Field
        id="service-uri"
        label="Metadata URI: description, endpoint, terms (ipfs://, https://, ar:// or data:, at most 256 bytes)"
        placeholder="ipfs://…"
        value={fields.metadataUri}
        error={errors.metadataUri}
        onChange={(metadataUri) => onChange({ ...fields, metadataUri })}
      />
    </div>
  );
}

/** Step 2: the price per query, and what one query pays out at the current burn rate. */
export function PricingStep({
  fields,
  onChange,
  price,
  error,
  burnBps,
}: {
  fields: ServiceFields;
  onChange: (next: ServiceFields) => void;
  price: Checked<bigint>;
  error: string | undefined;
  burnBps: bigint | undefined;
}) {
  const split = price.ok && burnBps !== undefined ? serviceSplit(price.value, burnBps) : undefined;
  return (
    <div className="space-y-4 text-sm">
      <Field
        id="service-price"
        label="Price per query (DTA, more than 0, at most 1,000,000, up to 4 decimals)"
        placeholder="e.g. 0.25"
        inputMode="decimal"
        value={fields.price}
        error={error}
        onChange={(value) => onChange({ ...fields, price: value })}
      />
      {split && burnBps !== undefined && price.ok && (
        <dl data-testid="price-split">
          <p className="mb-1 font-medium text-slate-800">
            Of each query&apos;s {formatDta(price.value)} DTA:
          </p>
          {(
            [
              [`Burned (service burn ${formatBps(Number(burnBps))})`, split.burned],
              ["Platform revenue (10% of the rest)", split.toPlatform],
              ["You receive (the remainder)", split.toOwner],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="flex justify-between gap-3 border-b border-slate-100 py-1">
              <dt className="text-slate-600">{label}</dt>
              <dd className="tabular-nums">{formatDta(value)} DTA</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-slate-600">
        You can change the price later; a payer never pays more than the price they saw.
      </p>
    </div>
  );
}

/** Step 3: the listing fee and where it goes, the listing as it will be signed, and the balance check. */
export function FeeReview({
  fields,
  price,
  listingFee,
  balance,
  funds,
}: {
  fields: ServiceFields;
  price: bigint | undefined;
  listingFee: bigint | undefined;
  balance: bigint | undefined;
  funds: Checked<bigint>;
}) {
  const shares = listingFee !== undefined ? splitRevenue(listingFee) : undefined;
  return (
    <div className="space-y-3 text-sm text-slate-800" data-testid="fee-review">
      <dl>
        {[
          ["Name", fields.name.trim()],
          ["Category", SERVICE_CATEGORIES[fields.categoryId] ?? ""],
          ["Metadata URI", fields.metadataUri.trim()],
          ["Price per query", price !== undefined ? `${formatDta(price)} DTA` : "…"],
          ["Listing fee (paid once, now)", listingFee !== undefined ? `${formatDta(listingFee)} DTA` : "…"],
          ["Your balance", balance !== undefined ? `${formatDta(balance)} DTA` : "…"],
        ].map(([label, value]) => (
          <div key={label} className="flex flex-wrap justify-between gap-x-4 border-b border-slate-100 py-2">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-all font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {shares && listingFee !== undefined && (
        <div>
          <p className="font-medium">
            The {formatDta(listingFee)} DTA fee goes to platform revenue, which the revenue distributor
            splits:
          </p>
          <dl data-testid="fee-split">
            {REVENUE_SPLIT.map((share) => (
              <div key={share.id} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                <dt className="text-slate-600">
                  {share.label} ({formatBps(share.basisPoints)})
                </dt>
                <dd
                  className="tabular-nums"
                  data-testid={`fee-${share.id}`}
                  data-value={shares[share.id].toString()}
                >
                  {formatDta(shares[share.id])} DTA
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <p>
        The fee is not refundable. Each later payment for your service is split at once: the service burn, 10%
        of the rest to platform revenue, the remainder to you.
      </p>
      {!funds.ok && balance !== undefined && listingFee !== undefined && (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p data-testid="balance-short">{funds.message}</p>
          <p>
            Get DTA first:{" "}
            <IntentLink href="/swap" className="underline">
              swap legacy BIVE for DTA
            </IntentLink>
            , or receive it from another account.
            {appChain.isLocal &&
              " On this local chain, the dev wallet's accounts #0–#3 hold DTA: switch in the wallet menu."}
          </p>
        </div>
      )}
    </div>
  );
}
