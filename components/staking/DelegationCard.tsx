"use client";

import { useId, useState, type FormEvent } from "react";
import { getAddress, isAddress, zeroAddress, type Address } from "viem";
import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useStakePositions } from "@/hooks/staking/useStakePositions";
import { useDtaRead } from "@/hooks/useDtaRead";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta, shortAddress } from "@/lib/format";

function parseDelegate(text: string): { ok: true; address: Address } | { ok: false; message: string } {
  const value = text.trim();
  if (value === "") return { ok: false, message: "Enter the address to delegate to." };
  if (!isAddress(value))
    return { ok: false, message: "That isn't a valid address: 0x followed by 40 hexadecimal characters." };
  const address = getAddress(value);
  if (address === zeroAddress)
    return { ok: false, message: "Voting power can't be delegated to the zero address." };
  return { ok: true, address };
}

/** Delegate the voting power of your positions to yourself or someone else; shows delegate and votes. */
export default function DelegationCard() {
  const { account } = useScopeKey();
  const { positions } = useStakePositions();
  const { write, isPending } = useDtaWrite("DTAStaking");
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const inputId = useId();
  const me = account ?? zeroAddress;
  const delegate = useDtaRead({
    contractName: "DTAStaking",
    functionName: "delegates",
    args: [me],
    enabled: !!account,
  });
  const votes = useDtaRead({
    contractName: "DTAStaking",
    functionName: "getVotes",
    args: [me],
    enabled: !!account,
  });

  if (!account)
    return <EmptyState title="Not connected">Connect a wallet to delegate your voting power.</EmptyState>;

  const parsed = parseDelegate(text);
  const error = !parsed.ok && (touched || text.trim() !== "") ? parsed.message : undefined;
  const ownUnits = positions?.reduce((sum, p) => sum + p.votingUnits, 0n);
  const current = delegate.data;

  const delegateTo = (to: Address) =>
    write({
      functionName: "delegate",
      args: [to],
      description: `Delegate voting power to ${to === account ? "yourself" : shortAddress(to)}`,
      affects: [],
    });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (!parsed.ok) return;
    const outcome = await delegateTo(parsed.address);
    if (outcome.status === "confirmed") {
      setText("");
      setTouched(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="delegation-title" className="card space-y-4">
      <h3 id="delegation-title" className="text-lg font-semibold text-slate-900">
        Delegate voting power
      </h3>
      <dl className="grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Your positions carry</dt>
          <dd className="font-medium tabular-nums text-slate-900">
            {ownUnits !== undefined ? `${formatDta(ownUnits)} votes` : "…"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Current delegate</dt>
          <dd className="font-medium text-slate-900" data-testid="current-delegate">
            {current === undefined ? (
              <Skeleton className="h-5 w-24" label="Loading your delegate" />
            ) : current === zeroAddress ? (
              "Nobody yet — your votes don't count until you delegate"
            ) : current === account ? (
              "Yourself"
            ) : (
              <span className="font-mono">{shortAddress(current)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Votes delegated to you</dt>
          <dd
            className="font-medium tabular-nums text-slate-900"
            data-testid="votes"
            data-value={votes.data?.toString()}
          >
            {votes.data !== undefined ? formatDta(votes.data) : "…"}
          </dd>
        </div>
      </dl>
      <div>
        <label htmlFor={inputId} className="field-label">
          Delegate to address
        </label>
        <input
          id={inputId}
          className="input mt-1 font-mono text-sm"
          placeholder="0x…"
          autoComplete="off"
          spellCheck={false}
          value={text}
          disabled={isPending}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => setTouched(true)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
        />
        {error && (
          <p id={`${inputId}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <WriteGateNotice />
      <div className="flex flex-wrap gap-2">
        <WriteButton type="submit" className="btn-primary" disabled={isPending || !parsed.ok}>
          Delegate
        </WriteButton>
        <WriteButton
          type="button"
          className="btn-secondary"
          disabled={isPending || current === account}
          onClick={() => delegateTo(account)}
        >
          Delegate to myself
        </WriteButton>
      </div>
    </form>
  );
}
