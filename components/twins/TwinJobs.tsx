"use client";

import { DataTable, type Column } from "@/components/ui/DataTable";
import { useTwinJobs } from "@/hooks/twins/useTwinIndex";
import { useUrlState } from "@/hooks/useUrlState";
import { jobSearchParams, parseJobFilter, type JobFilter } from "@/lib/indexer/twinParams";
import type { TwinJob } from "@/lib/indexer/twins";
import { JobActions } from "./JobActions";
import { JOB_COLUMNS } from "./jobColumns";

const URL_KEYS = ["buyer", "page", "pageSize"] as const;

/** The twin's simulation jobs, newest first, with what the viewer may do with each. */
export function TwinJobs({
  id,
  isOwner,
  account,
  now,
}: {
  id: bigint;
  isOwner: boolean;
  account: `0x${string}` | undefined;
  now: bigint | undefined;
}) {
  const [filter, setFilter] = useUrlState<JobFilter>(parseJobFilter, jobSearchParams, URL_KEYS);
  const jobs = useTwinJobs(id, filter);
  const mine = account !== undefined && filter.buyer === account.toLowerCase();
  const columns: readonly Column<TwinJob>[] = [
    ...JOB_COLUMNS,
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      cell: (j) => <JobActions job={j} isOwner={isOwner} account={account} now={now} />,
    },
  ];
  return (
    <DataTable
      caption="Simulation jobs"
      columns={columns}
      rowKey={(j) => j.jobId.toString()}
      data={jobs.data}
      state={{ page: filter.page, pageSize: filter.pageSize, sort: "newest" }}
      onStateChange={(next) => setFilter({ ...filter, page: next.page, pageSize: next.pageSize })}
      error={jobs.isError && !jobs.data ? "The jobs can't be loaded: the indexer is unreachable." : undefined}
      onRetry={() => void jobs.refetch()}
      empty={mine ? "You bought no jobs on this twin." : "Nobody bought simulation hours on this twin yet."}
      toolbar={
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={mine}
            disabled={!account}
            onChange={(e) => setFilter({ ...filter, buyer: e.target.checked ? account : undefined, page: 1 })}
          />
          Only jobs I bought
        </label>
      }
      testId="jobs-table"
    />
  );
}
