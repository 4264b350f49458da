"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { Skeleton } from "@/components/ui/Skeleton";
import { StatCard } from "@/components/ui/StatCard";
import { useIndexerStatus } from "@/hooks/indexer/useIndexerStatus";
import { useTwinChain } from "@/hooks/twins/useTwinChain";
import { useTwinDetail } from "@/hooks/twins/useTwinIndex";
import { useChainTime } from "@/hooks/useChainTime";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta } from "@/lib/format";
import type { TwinStatus } from "@/lib/indexer/twinTypes";
import { twinTypeName } from "@/lib/twins/labels";
import { BuySimulation } from "./BuySimulation";
import { QualityHistory } from "./QualityHistory";
import { QualityBadge, StatusBadge } from "./TwinBadges";
import { TwinEarnings } from "./TwinEarnings";
import { TwinJobs } from "./TwinJobs";
import { TwinOwnerTools } from "./TwinOwnerTools";

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** One twin: live figures from the chain, history and jobs from the indexer, and what the viewer may do. */
export default function TwinDetail({ id: idText }: { id: string }) {
  const id = BigInt(idText);
  const { account } = useScopeKey();
  const detail = useTwinDetail(id);
  const chain = useTwinChain(id);
  const health = useIndexerStatus();
  const { now } = useChainTime();
  const indexed = detail.data?.twin;

  if (!chain.twin) {
    if (detail.data === null || (indexed && (chain.gone || indexed.status === "withdrawn"))) {
      return (
        <EmptyState title={indexed ? `Twin #${idText} was withdrawn` : `There is no twin #${idText}`}>
          {indexed
            ? "Its owner deregistered it and took the bond back."
            : "Check the number, or browse every twin."}
        </EmptyState>
      );
    }
    return <Skeleton className="h-64 w-full" label={`Loading twin #${idText}`} />;
  }
  const twin = chain.twin;
  const owner = chain.owner;
  const isOwner = same(account, owner);
  const canSync = isOwner || same(account, twin.deviceKey);
  const status: TwinStatus =
    twin.cooldownEnds !== 0 ? "deregistering" : twin.quality < 50 ? "suspended" : "active";

  return (
    <div className="space-y-6" data-testid="twin-detail" data-twin-id={idText}>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">
          Twin #{idText}
          {indexed && <span className="font-normal text-slate-600"> · {indexed.category}</span>}
        </h1>
        <StatusBadge status={status} />
        <QualityBadge score={twin.quality} />
      </div>
      <p className="text-sm text-slate-600">
        {twinTypeName(twin.typeId)} · owner <span className="break-all font-mono">{owner ?? "…"}</span>
        {isOwner && " (you)"}
        {indexed && (
          <>
            {" "}
            · metadata <span className="break-all font-mono">{indexed.metadataUri}</span>
          </>
        )}
      </p>
      <IndexerNotice health={health} what="The twin's history and jobs" />
      <h2 className="sr-only">Figures</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard
          label="Bond locked"
          unit="DTA"
          testId="twin-bond"
          rawValue={twin.bond}
          value={formatDta(twin.bond)}
        />
        <StatCard
          label="Simulation rate"
          unit="DTA/hour"
          testId="twin-rate"
          rawValue={chain.rate}
          value={chain.rate !== undefined ? formatDta(chain.rate) : "…"}
        />
        <StatCard
          label="Jobs done"
          unit=""
          testId="twin-jobs-done"
          value={indexed ? indexed.jobsDone : "…"}
        />
        <StatCard
          label="Earned so far"
          unit="DTA"
          testId="twin-earnings"
          rawValue={indexed?.earnings}
          value={indexed ? formatDta(indexed.earnings) : "…"}
          hint={
            indexed &&
            `${formatDta(indexed.rewardsClaimed)} claimed rewards + ${formatDta(indexed.jobEarnings)} from jobs`
          }
        />
      </div>
      <TwinEarnings id={id} twin={twin} now={now} isOwner={isOwner} canSync={canSync} />
      {detail.data && <QualityHistory points={detail.data.quality} now={now} />}
      {!isOwner && (
        <BuySimulation id={id} rate={chain.rate} burnBps={chain.burnBps} active={status === "active"} />
      )}
      <section aria-labelledby="jobs-heading" className="space-y-3">
        <h2 id="jobs-heading" className="text-lg font-semibold text-slate-900">
          Simulation jobs
        </h2>
        <TwinJobs id={id} isOwner={isOwner} account={account} now={now} />
      </section>
      {isOwner && owner && (
        <section aria-labelledby="owner-heading" className="space-y-3">
          <h2 id="owner-heading" className="text-lg font-semibold text-slate-900">
            Manage your twin
          </h2>
          <TwinOwnerTools
            id={id}
            twin={twin}
            owner={owner}
            rate={chain.rate}
            bounds={chain.bounds}
            now={now}
          />
        </section>
      )}
    </div>
  );
}
