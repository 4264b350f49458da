import { IntentLink } from "@/components/ui/IntentLink";
import type { ServiceDetail } from "@/lib/indexer/marketplace";
import { formatDta, formatInteger } from "@/lib/format";
import { inlineDescription } from "@/lib/marketplace/validate";
import { formatUnlockDate } from "@/lib/staking/wizard";
import { Stars } from "./Stars";

/** A service's figures from the indexer, rendered on the server. No hooks. */
export function ServiceSummary({ detail }: { detail: ServiceDetail }) {
  const { service, stars } = detail;
  const description = inlineDescription(service.metadataUri);
  const most = Math.max(1, ...stars);
  const figures = [
    ["Price per query", `${formatDta(service.pricePerQuery)} DTA`, "detail-price", service.pricePerQuery],
    ["Queries served", formatInteger(service.queries), "detail-queries", service.queries],
    ["Paid requests", formatInteger(service.requests), "detail-requests", BigInt(service.requests)],
    ["Revenue (paid in)", `${formatDta(service.revenue)} DTA`, "detail-revenue", service.revenue],
    ["Provider bonus earned", `${formatDta(service.bonusEarned)} DTA`, "detail-bonus", service.bonusEarned],
    ["Listing fee paid", `${formatDta(service.listingFee)} DTA`, "detail-fee", service.listingFee],
  ] as const;
  return (
    <div className="space-y-4" data-testid="service-summary" data-status={service.status}>
      <div className="space-y-1">
        <p className="text-sm">
          <IntentLink href="/marketplace" className="text-teal-800 underline">
            ← Marketplace
          </IntentLink>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1
            className="break-words text-2xl font-bold text-slate-900 sm:text-3xl"
            data-testid="service-name"
          >
            {service.name}
          </h1>
          {service.status === "paused" && (
            <span
              className="rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-700"
              data-testid="paused-badge"
            >
              Paused
            </span>
          )}
        </div>
        <p className="text-sm text-slate-600">
          Service #{service.id.toString()} · {service.category} · listed {formatUnlockDate(service.listedAt)}{" "}
          by <span className="break-all font-mono text-xs">{service.provider}</span>
        </p>
        {description && <p className="text-slate-700">{description}</p>}
        <p className="break-all text-xs text-slate-500">Metadata: {service.metadataUri}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <dl className="card grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {figures.map(([label, text, testId, raw]) => (
            <div key={testId} className="flex justify-between gap-3 border-b border-slate-100 py-1">
              <dt className="text-slate-600">{label}</dt>
              <dd
                className="text-right font-medium tabular-nums"
                data-testid={testId}
                data-value={raw.toString()}
              >
                {text}
              </dd>
            </div>
          ))}
        </dl>
        <div className="card space-y-2 text-sm" data-testid="rating-summary">
          <h2 className="font-semibold text-slate-900">Ratings</h2>
          <Stars ratingSum={service.ratingSum} ratingCount={service.ratingCount} />
          <ol className="space-y-1" aria-label="Ratings by stars">
            {[4, 3, 2, 1, 0].map((index) => (
              <li key={index} className="flex items-center gap-2">
                <span className="w-12 shrink-0 tabular-nums">{index + 1} star</span>
                <span className="h-2 flex-1 rounded bg-slate-100" aria-hidden="true">
                  <span
                    className="block h-2 rounded bg-amber-400"
                    style={{ width: `${Math.round(((stars[index] ?? 0) * 100) / most)}%` }}
                  />
                </span>
                <span className="w-8 text-right tabular-nums">{stars[index] ?? 0}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}
