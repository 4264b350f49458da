"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useConfig, useReadContracts } from "wagmi";
import { readContract, signTypedData } from "wagmi/actions";
import { zeroAddress } from "viem";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { decodeTxError } from "@/lib/errors";
import { ballotTypedData, nonceKey } from "@/lib/governance/ballot";
import { allDeployedAbis } from "@/lib/contracts";
import { showToast, updateToast } from "@/lib/toasts/store";
import { useDtaWrite } from "../useDtaWrite";
import { useScopeKey } from "../useScopeKey";

export interface RelayInfo {
  readonly ok: boolean;
  readonly message?: string;
  readonly sponsoredVotesLeft?: string;
}

/** The relay's status (GET /api/relay): how many sponsored votes it can still pay for, or why it can't relay. */
export function useRelayStatus() {
  return useQuery({
    queryKey: ["relay-status", appChain.chain.id],
    queryFn: async (): Promise<RelayInfo> => {
      const res = await fetch("/api/relay", { cache: "no-store" });
      return (await res.json()) as RelayInfo;
    },
    refetchInterval: 15_000,
  });
}

/**
 * The connected voter's facts on one proposal (votes at the snapshot, whether they voted) and the two ways to
 * vote: `castVoteWithReason` from the wallet, or a signed vote (reason and keyed nonce included) sent to the relay.
 */
export function useVote(proposalId: bigint, snapshot: bigint, open: boolean) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { chainId, account, scopeKey } = useScopeKey();
  const governor = getDeployedContract(chainId, "DTAGovernor");
  const { write, isPending } = useDtaWrite("DTAGovernor");
  const [relaying, setRelaying] = useState(false);
  const reads = useReadContracts({
    contracts: governor
      ? ([
          {
            address: governor.address,
            abi: governor.abi,
            chainId,
            functionName: "getVotes",
            args: [account ?? zeroAddress, snapshot],
          },
          {
            address: governor.address,
            abi: governor.abi,
            chainId,
            functionName: "hasVoted",
            args: [proposalId, account ?? zeroAddress],
          },
        ] as const)
      : [],
    scopeKey,
    query: { enabled: governor !== undefined && account !== undefined && open },
  });
  const [votesRead, votedRead] = reads.data ?? [];
  const votes = votesRead?.status === "success" ? votesRead.result : undefined;
  const hasVoted = votedRead?.status === "success" ? votedRead.result : undefined;

  const vote = useCallback(
    async (support: number, reason: string, label: string) => {
      const outcome = await write({
        functionName: "castVoteWithReason",
        args: [proposalId, support, reason],
        description: `Vote ${label}`,
        affects: [],
      });
      await reads.refetch();
      return outcome.status === "confirmed";
    },
    [write, proposalId, reads],
  );

  /** Signs the vote (no gas) and hands it to the relay; resolves with the relay's refusal, or undefined when sent. */
  const voteGasless = useCallback(
    async (support: number, reason: string, label: string): Promise<string | undefined> => {
      if (!governor || !account) return "Connect a wallet first.";
      setRelaying(true);
      const toastId = showToast({
        kind: "info",
        title: `Vote ${label} without gas`,
        message: "Sign the vote in your wallet (no gas)…",
      });
      try {
        const base = { address: governor.address, abi: governor.abi, chainId } as const;
        const [[, name, version, domainChainId, verifyingContract], nonce] = await Promise.all([
          readContract(config, { ...base, functionName: "eip712Domain" }),
          readContract(config, { ...base, functionName: "nonces", args: [account, nonceKey(proposalId)] }),
        ]);
        const typed = ballotTypedData(
          { name, version, chainId: Number(domainChainId), verifyingContract },
          { proposalId, support, voter: account, nonce, reason },
        );
        const signature = await signTypedData(config, { account, ...typed });
        updateToast(toastId, {
          kind: "pending",
          title: `Vote ${label} without gas`,
          message: "The relay is sending your vote…",
        });
        const res = await fetch("/api/relay", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            proposalId: proposalId.toString(),
            support,
            voter: account,
            reason,
            signature,
          }),
        });
        const body = (await res.json()) as { ok: boolean; message?: string };
        if (!body.ok) {
          const message = body.message ?? "The relay refused the vote.";
          updateToast(toastId, { kind: "error", title: "The relay didn't send your vote", message });
          return message;
        }
        updateToast(toastId, {
          kind: "success",
          title: `Voted ${label}`,
          message: "The relay paid the gas; your reason is on-chain.",
        });
        await Promise.all([reads.refetch(), queryClient.invalidateQueries({ queryKey: ["relay-status"] })]);
        return undefined;
      } catch (error) {
        const decoded = decodeTxError(error, allDeployedAbis(chainId));
        const rejected = decoded.kind === "rejected";
        updateToast(toastId, {
          kind: rejected ? "warning" : "error",
          title: rejected ? "Request rejected" : "Vote not sent",
          message: decoded.message,
        });
        return decoded.message;
      } finally {
        setRelaying(false);
      }
    },
    [governor, account, chainId, config, proposalId, reads, queryClient],
  );

  return { votes, hasVoted, vote, voteGasless, busy: isPending || relaying, account };
}
