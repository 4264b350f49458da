import { useId, type ReactNode } from "react";
import type { Address } from "viem";
import { formatDta, shortAddress } from "@/lib/format";
import { formatDate, releasableAt, vestedAt, vestedBasisPoints } from "@/lib/vesting/schedule";
import type { VestingWalletState } from "@/lib/vesting/walletReads";
import { VestingProgress } from "./VestingProgress";

function Figure({ label, value, testId }: { label: string; value: bigint; testId: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-semibold tabular-nums text-slate-900">
        <span data-testid={testId} data-value={value.toString()}>
          {formatDta(value)}
        </span>{" "}
        <span className="text-sm font-medium text-slate-600">DTA</span>
      </dd>
    </div>
  );
}

function Beneficiary({ address }: { address: Address }) {
  return (
    <span title={address} data-testid="vesting-beneficiary" data-address={address}>
      <span aria-hidden="true" className="font-mono">
        {shortAddress(address)}
      </span>
      <span className="sr-only">{address}</span>
    </span>
  );
}

/**
 * One vesting wallet: schedule, progress and figures ticking with the chain clock (no wallet code), and its
 * Release button (`release`, a web3 island).
 */
export function VestingWalletCard({
  wallet,
  now,
  release,
}: {
  wallet: VestingWalletState;
  now: bigint;
  release: ReactNode;
}) {
  const headingId = useId();
  const vested = vestedAt(wallet, now);
  const releasable = releasableAt(wallet, now);
  const bps = vestedBasisPoints(wallet, now);
  const end = wallet.start + wallet.duration;
  const testId = (figure: string) => `vesting-${wallet.name}-${figure}`;

  return (
    <article aria-labelledby={headingId} className="card flex flex-col gap-4">
      <div>
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {wallet.group}
        </h3>
        <p className="mt-1 text-sm text-slate-600">
          Beneficiary <Beneficiary address={wallet.beneficiary} />
        </p>
        <p className="text-sm text-slate-600">
          <time dateTime={new Date(Number(wallet.start) * 1000).toISOString()}>
            {formatDate(wallet.start)}
          </time>
          {" → "}
          <time dateTime={new Date(Number(end) * 1000).toISOString()}>{formatDate(end)}</time>
        </p>
      </div>
      <VestingProgress label={`${wallet.group} vesting progress`} basisPoints={bps} />
      <dl className="space-y-1.5">
        <Figure label="Total allocation" value={wallet.totalAllocation} testId={testId("total")} />
        <Figure label="Vested" value={vested} testId={testId("vested")} />
        <Figure label="Released" value={wallet.released} testId={testId("released")} />
        <Figure label="Releasable" value={releasable} testId={testId("releasable")} />
      </dl>
      <div className="mt-auto">{release}</div>
    </article>
  );
}
