"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { ActivitySkeleton, BalancesSkeleton, NotificationsSkeleton, SendSkeleton } from "./skeletons";

const AccountBalances = lazy(() => import("./AccountBalances"));
const SendDtaCard = lazy(() => import("./SendDtaCard"));
const ComplianceNotice = lazy(() => import("./ComplianceNotice"));
const MyActivity = lazy(() => import("./MyActivity"));
const NotificationsCard = lazy(() => import("./NotificationsCard"));

export function AccountBalancesIsland() {
  return (
    <Web3Island component={AccountBalances} fallback={<BalancesSkeleton />} prompt="to see your balances" />
  );
}

export function SendDtaIsland() {
  return <Web3Island component={SendDtaCard} fallback={<SendSkeleton />} prompt="to send DTA" />;
}

export function ComplianceNoticeIsland() {
  return <Web3Island component={ComplianceNotice} fallback={null} />;
}

export function MyActivityIsland() {
  return <Web3Island component={MyActivity} fallback={<ActivitySkeleton />} prompt="to see your activity" />;
}

export function NotificationsIsland() {
  return (
    <Web3Island
      component={NotificationsCard}
      fallback={<NotificationsSkeleton />}
      prompt="to see your notifications"
    />
  );
}
