"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { ActivitySkeleton, BalancesSkeleton, SendSkeleton, SupplySkeleton } from "./skeletons";

const AccountBalances = lazy(() => import("./AccountBalances"));
const TokenSupply = lazy(() => import("./TokenSupply"));
const SendDtaCard = lazy(() => import("./SendDtaCard"));
const ComplianceNotice = lazy(() => import("./ComplianceNotice"));
const MyActivity = lazy(() => import("./MyActivity"));

export function AccountBalancesIsland() {
  return <Web3Island component={AccountBalances} fallback={<BalancesSkeleton />} />;
}

export function TokenSupplyIsland() {
  return <Web3Island component={TokenSupply} fallback={<SupplySkeleton />} />;
}

export function SendDtaIsland() {
  return <Web3Island component={SendDtaCard} fallback={<SendSkeleton />} />;
}

export function ComplianceNoticeIsland() {
  return <Web3Island component={ComplianceNotice} fallback={null} />;
}

export function MyActivityIsland() {
  return <Web3Island component={MyActivity} fallback={<ActivitySkeleton />} />;
}
