import { IntentLink } from "@/components/ui/IntentLink";
import type { Service } from "@/lib/indexer/marketplace";
import { formatDta, formatInteger, shortAddress } from "@/lib/format";
import { Stars } from "./Stars";

/** One service in the browser: name, category, provider, rating, price per query and usage. No hooks. */
export function ServiceCard({ service }: { service: Service }) {
  return (
    <li
      className="card flex min-w-0 flex-col gap-2"
      data-testid="service-card"
      data-service-id={service.id.toString()}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="min-w-0 break-words text-base font-semibold text-slate-900">
          <IntentLink
            href={`/marketplace/${service.id}`}
            className="underline-offset-2 hover:underline focus-visible:underline"
          >
            {service.name}
          </IntentLink>
        </h2>
        {service.status === "paused" && (
          <span className="shrink-0 rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">
            Paused
          </span>
        )}
      </div>
      <p className="text-xs font-medium uppercase tracking-wide text-teal-800">{service.category}</p>
      <Stars ratingSum={service.ratingSum} ratingCount={service.ratingCount} />
      <dl className="mt-auto grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Per query</dt>
        <dd
          className="text-right font-semibold tabular-nums text-slate-900"
          data-testid="service-price"
          data-value={service.pricePerQuery.toString()}
        >
          {formatDta(service.pricePerQuery)} DTA
        </dd>
        <dt className="text-slate-600">Queries served</dt>
        <dd className="text-right tabular-nums" data-testid="service-usage">
          {formatInteger(service.queries)}
        </dd>
        <dt className="text-slate-600">Provider</dt>
        <dd className="text-right font-mono text-xs leading-5" title={service.provider}>
          {shortAddress(service.provider)}
        </dd>
      </dl>
    </li>
  );
}
