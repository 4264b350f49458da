"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { ConnectPlaceholder } from "./ConnectPlaceholder";

const WalletControls = lazy(() => import("./WalletControls"));
const WrongNetworkBanner = lazy(() => import("./WrongNetworkBanner"));
const ChainStatusBanner = lazy(() => import("./ChainStatusBanner"));

export function WalletControlsIsland() {
  return <Web3Island component={WalletControls} fallback={<ConnectPlaceholder />} />;
}

export function WrongNetworkIsland() {
  return <Web3Island component={WrongNetworkBanner} fallback={null} />;
}

export function ChainStatusIsland() {
  return <Web3Island component={ChainStatusBanner} fallback={null} />;
}
