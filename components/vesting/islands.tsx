"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import type { VestingReleaseProps } from "./VestingRelease";
import { VestingReleasePlaceholder } from "./VestingReleasePlaceholder";

const VestingRelease = lazy(() => import("./VestingRelease"));
const fallback = <VestingReleasePlaceholder />;

export function VestingReleaseIsland(props: VestingReleaseProps) {
  return <Web3Island component={VestingRelease} props={props} fallback={fallback} />;
}
