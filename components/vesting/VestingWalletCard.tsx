"use client";

import { useId } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { formatDta, shortAddress } from "@/lib/format";
import { formatDate, releasableAt, vestedAt, vestedBasisPoints } from "@/lib/vesting/schedule";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import type { VestingWalletState } from "@/hooks/vesting/useVestingWallets";
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

/** One vesting wallet: schedule, progress, figures ticking with the chain clock, and a Release button. */
export function VestingWalletCard({
  wallet,
  now,
  dtaAddress,
}: {
  wallet: VestingWalletState;
  now: bigint;
  dtaAddress: Address;
}) {
  const { isConnected } = useAccount();
  const { write, isPending } = useDtaWrite(wallet.name);
  const headingId = useId();
  const hintId = useId();
  const vested = vestedAt(wallet, now);
  const releasable = releasableAt(wallet, now);
  const bps = vestedBasisPoints(wallet, now);
  const end = wallet.start + wallet.duration;
  const testId = (figure: string) => `vesting-${wallet.name}-${figure}`;

  async function release() {
    await write({
      functionName: "release",
      args: [dtaAddress],
      description: `Release vested DTA to ${wallet.group}`,
      affects: ["DTAToken"],
    });
  }

  const hint = !isConnected
    ? "Connect a wallet to release. Anyone may release; the DTA always goes to the beneficiary."
    : releasable === 0n
      ? "Nothing has vested since the last release."
      : "Anyone may release; the DTA always goes to the beneficiary.";

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
      <div className="mt-auto">
        <WriteGateNotice className="mb-2" />
        <WriteButton
          type="button"
          className="btn-primary w-full"
          onClick={release}
          disabled={!isConnected || releasable === 0n || isPending}
          aria-describedby={hintId}
        >
          {isPending ? "Releasing…" : "Release"}
        </WriteButton>
        <p id={hintId} className="mt-2 text-xs text-slate-600">
          {hint}
        </p>
      </div>
    </article>
  );
}
