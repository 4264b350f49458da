"use client";

import { useState } from "react";
import type { Abi } from "viem";
import { useAccount, useConfig } from "wagmi";
import { call } from "wagmi/actions";
import { TxPlanReview } from "@/components/tx/TxPlanSteps";
import { ConnectFirst } from "@/components/wallet/ConnectFirst";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useChainTime } from "@/hooks/useChainTime";
import { addressesOf } from "@/hooks/useDtaWrite";
import { useTransactor } from "@/hooks/useTransactor";
import { appChain } from "@/lib/chains";
import { allDeployedAbis, getDeployedContract } from "@/lib/contracts";
import { decodeTxError } from "@/lib/errors";
import { shortAddress } from "@/lib/format";
import { relativeTime } from "@/lib/governance/lifecycle";
import {
  approvedHashSignatures,
  committeeRefusal,
  execTransactionArgs,
  safeApprovalStatus,
  safeTx,
  submitBlocker,
  type SafeAction,
} from "@/lib/governance/safeTx";
import { formatUnlockDate } from "@/lib/staking/wizard";
import type { TxPlan } from "@/lib/tx/plan";
import type { SafeApprovals } from "@/lib/server/proposal";

const WORDS: Record<SafeAction, { approve: string; submit: string; what: string }> = {
  veto: {
    approve: "Approve veto",
    submit: "Submit veto",
    what: "the veto (cancel, which burns the deposit)",
  },
  approveUpgrade: {
    approve: "Approve upgrade",
    submit: "Submit approval",
    what: "approveUpgrade, which lets the proposal run",
  },
};

/**
 * What an owner of a committee Safe does in the browser, without a Safe transaction service: approve the Safe
 * transaction on-chain (`approveHash`), and once the threshold of owners has, submit it (`execTransaction`
 * with "approved hash" signatures). One flow for a committee's veto during review and for the Technical
 * Committee's `approveUpgrade`. Before either, the governor call is simulated as the Safe, so a refusal (the
 * review window closed, DTA paused) shows in words and nothing is sent.
 */
export default function SafeActionPanel({
  approvals,
  safeName,
  open,
  closesAt,
  chainTime,
  closedReason,
}: {
  /** The Safe transaction and who approved it, as the server read them. */
  approvals: SafeApprovals;
  /** e.g. "Economic Committee". */
  safeName: string;
  /** Whether the governor accepts the call now (by state). */
  open: boolean;
  /** The veto's deadline (the proposal's snapshot; voting opens after it); none for approveUpgrade. */
  closesAt?: bigint;
  /** The chain's time at the server's last read; the later of it and the client's clock counts. */
  chainTime: bigint;
  /** Why the governor won't accept the call, when it is not open. */
  closedReason: string;
}) {
  const { action, safe, safeTxHash, to, data, nonce, owners, approvedBy, threshold } = approvals;
  const { address } = useAccount();
  const config = useConfig();
  const transact = useTransactor();
  const { now: clientNow } = useChainTime();
  const now = clientNow !== undefined && clientNow > chainTime ? clientNow : chainTime;
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const words = WORDS[action];
  const status = safeApprovalStatus({ owners, approvedBy, threshold, account: address });
  const closed = !open || (closesAt !== undefined && now > closesAt);
  const blocker = submitBlocker(status);
  const safeContract = getDeployedContract(appChain.chain.id, "TechnicalCommittee");

  if (!address) return <ConnectFirst what="to act as a committee Safe owner" />;

  async function run(kind: "approve" | "submit") {
    setMessage(undefined);
    if (kind === "submit" && blocker) {
      setMessage(blocker);
      return;
    }
    if (!safeContract) return;
    setBusy(true);
    try {
      const refused = await refusal();
      if (refused) {
        setMessage(refused);
        return;
      }
      const tx = safeTx(to, data, nonce);
      const outcome = await transact({
        address: safe,
        abi: safeContract.abi as Abi,
        functionName: kind === "approve" ? "approveHash" : "execTransaction",
        args:
          kind === "approve" ? [safeTxHash] : execTransactionArgs(tx, approvedHashSignatures(status.signers)),
        description: `${kind === "approve" ? words.approve : words.submit} (${safeName} Safe)`,
        affects: [safe, ...addressesOf(["DTAGovernor", "DTAToken"])],
      });
      if (outcome.status === "failed" && outcome.error.kind === "revert")
        setMessage(committeeRefusal(action, outcome.error.errorName, outcome.error.message));
    } finally {
      setBusy(false);
    }
  }

  /**
   * Why the governor would refuse the call now, in words (undefined when it would pass): the window, then the
   * call itself simulated from the Safe's address (an eth_call needs no signature), since the Safe's own
   * execTransaction only says "GS013" when the call inside fails.
   */
  async function refusal(): Promise<string | undefined> {
    if (closed) return closedReason;
    try {
      await call(config, { account: safe, to, data, chainId: appChain.chain.id });
      return undefined;
    } catch (error) {
      const decoded = decodeTxError(error, allDeployedAbis(appChain.chain.id), { contract: to });
      return committeeRefusal(action, decoded.errorName, decoded.message);
    }
  }

  const plan: TxPlan = {
    mode: "approve",
    steps: status.isOwner
      ? [
          {
            kind: "approve",
            short: words.approve,
            label: `Transaction: approveHash on the ${safeName} Safe (${shortAddress(safe)}) — your approval of ${words.what}, Safe transaction ${shortAddress(safeTxHash)} at nonce ${nonce}.`,
          },
          {
            kind: "call",
            withPermit: false,
            short: words.submit,
            label: `Transaction (any owner, once ${status.threshold} approved): execTransaction on the Safe — it calls ${action === "veto" ? "cancel" : "approveUpgrade"} on the governor.`,
          },
        ]
      : [],
  };

  return (
    <div className="mt-3 space-y-3" data-testid="safe-action" data-action={action}>
      {closesAt !== undefined && (
        <p className="text-sm text-slate-700" data-testid="veto-window">
          {now <= closesAt
            ? `The review window closes ${relativeTime(closesAt, now)} (${formatUnlockDate(closesAt)}); after that voting opens and the Safe can no longer veto.`
            : `The review window closed ${relativeTime(closesAt, now)}: voting has opened, so a veto is no longer possible.`}
        </p>
      )}
      {status.isOwner ? (
        <>
          <p className="text-sm text-slate-700">
            You ({shortAddress(address)}) are an owner of the {safeName} Safe.{" "}
            {status.hasApproved ? "You approved this Safe transaction." : "You have not approved it yet."}
          </p>
          <TxPlanReview plan={plan} pendingLabel="Preparing the Safe transaction" />
          <WriteGateNotice />
          <div className="flex flex-wrap gap-2">
            <WriteButton
              className="btn-primary"
              disabled={busy || status.hasApproved}
              onClick={() => void run("approve")}
            >
              {status.hasApproved ? "You approved" : words.approve}
            </WriteButton>
            <WriteButton
              className="btn-secondary"
              disabled={busy || !status.ready}
              aria-describedby={blocker ? "safe-submit-why" : undefined}
              onClick={() => void run("submit")}
            >
              {words.submit}
            </WriteButton>
          </div>
          {blocker && (
            <p id="safe-submit-why" className="text-sm text-slate-600" data-testid="safe-submit-why">
              {blocker}
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-700" data-testid="safe-not-owner">
          You ({shortAddress(address)}) aren&apos;t an owner of the {safeName} Safe, so you can&apos;t approve
          or submit. Any {status.threshold} of its owners can: {owners.map((o) => shortAddress(o)).join(", ")}
          .
        </p>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
