"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { zeroAddress } from "viem";
import { Skeleton } from "@/components/ui/Skeleton";
import { useDtaRead } from "@/hooks/useDtaRead";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta, formatInteger, shortAddress } from "@/lib/format";
import { sqrtWeight } from "@/lib/governance/quadratic";

/** The connected account's voting power now (its √ weight) and its delegate, read from the staking contract. */
export default function MyVotingPower() {
  const { account } = useScopeKey();
  const me = account ?? zeroAddress;
  const votes = useDtaRead({
    contractName: "DTAStaking",
    functionName: "getVotes",
    args: [me],
    enabled: !!account,
  });
  const delegate = useDtaRead({
    contractName: "DTAStaking",
    functionName: "delegates",
    args: [me],
    enabled: !!account,
  });
  if (!account) return null;
  return (
    <dl className="card grid gap-3 text-sm sm:grid-cols-3" data-testid="my-voting-power">
      <div>
        <dt className="text-slate-600">My voting power</dt>
        <dd
          className="font-semibold tabular-nums text-slate-900"
          data-testid="my-votes"
          data-value={votes.data?.toString()}
        >
          {votes.data === undefined ? (
            <Skeleton className="h-5 w-24" label="Loading your votes" />
          ) : (
            `${formatDta(votes.data)} votes`
          )}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">As √ weight</dt>
        <dd className="font-semibold tabular-nums text-slate-900">
          {votes.data === undefined ? "…" : formatInteger(sqrtWeight(votes.data))}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">My delegate</dt>
        <dd className="font-semibold text-slate-900" data-testid="my-delegate">
          {delegate.data === undefined ? (
            "…"
          ) : delegate.data === zeroAddress ? (
            <>
              Nobody —{" "}
              <IntentLink href="/governance/delegates" className="underline">
                delegate
              </IntentLink>
            </>
          ) : delegate.data.toLowerCase() === account.toLowerCase() ? (
            "Myself"
          ) : (
            <span className="font-mono">{shortAddress(delegate.data)}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
