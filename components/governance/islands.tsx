"use client";

import { lazy, type ComponentProps } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";
import type DepositSettlePanelView from "./DepositSettlePanel";
import type ProposalControlsView from "./ProposalControls";
import type SafeActionPanelView from "./SafeActionPanel";
import type VotePanelView from "./VotePanel";

const ProposeForm = lazy(() => import("./ProposeForm"));

export function ProposeIsland() {
  return (
    <Web3Island
      component={ProposeForm}
      fallback={<Skeleton className="h-80 w-full" label="Loading the proposal form" />}
      prompt="to create a proposal"
    />
  );
}

const VotePanel = lazy(() => import("./VotePanel"));
const ProposalControls = lazy(() => import("./ProposalControls"));

type VoteProps = ComponentProps<typeof VotePanelView>;
type ControlProps = ComponentProps<typeof ProposalControlsView>;

export function VoteIsland(props: VoteProps) {
  return (
    <Web3Island
      component={VotePanel}
      props={props}
      fallback={<Skeleton className="h-48 w-full" label="Loading the vote panel" />}
      prompt="to vote"
    />
  );
}

export function ProposalControlsIsland(props: ControlProps) {
  return (
    <Web3Island
      component={ProposalControls}
      props={props}
      fallback={<Skeleton className="h-16 w-full" label="Loading queue and execute" />}
      prompt="to queue or execute"
    />
  );
}

const DepositSettlePanel = lazy(() => import("./DepositSettlePanel"));

export function DepositSettleIsland(props: ComponentProps<typeof DepositSettlePanelView>) {
  return (
    <Web3Island
      component={DepositSettlePanel}
      props={props}
      fallback={<Skeleton className="h-10 w-full" label="Loading the settle button" />}
      prompt="to settle the deposit"
    />
  );
}

const MyVotingPower = lazy(() => import("./MyVotingPower"));

export function MyVotingPowerIsland() {
  return (
    <Web3Island
      component={MyVotingPower}
      fallback={<Skeleton className="h-16 w-full" label="Loading your voting power" />}
      prompt="to see your voting power and delegate"
    />
  );
}

const SafeActionPanel = lazy(() => import("./SafeActionPanel"));

export function SafeActionIsland(props: ComponentProps<typeof SafeActionPanelView>) {
  return (
    <Web3Island
      component={SafeActionPanel}
      props={props}
      fallback={<Skeleton className="h-24 w-full" label="Loading the Safe owner actions" />}
      prompt="to approve or submit as a committee Safe owner"
    />
  );
}
