"use client";

import {
  Suspense,
  createElement,
  useEffect,
  useId,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from "react";
import { islandPropsKey, type Serialisable } from "@/lib/islandProps";
import {
  isWalletRequested,
  isWalletRequestedOnServer,
  requestWalletWhenIdle,
  subscribeWalletDemand,
} from "@/lib/wallet/demand";
import { isHostReady, isHostReadyOnServer, registerIsland, subscribeIslands } from "./islandRegistry";
import { WalletPrompt } from "./WalletPrompt";

type Web3IslandProps<P extends object> = {
  /** A React.lazy component, so its wagmi code is fetched only after the page has loaded. */
  readonly component: ComponentType<P>;
  /** Shown until the wallet providers and the component have loaded (a skeleton). */
  readonly fallback: ReactNode;
  /**
   * When the wallet code loads for this island: "demand" (default) — only when the visitor asks (Connect, a
   * write), or on idle when a wallet was connected before; "idle" — after the first paint, for a live island
   * whose reads still go through wagmi. See lib/wallet/demand.ts.
   */
  readonly load?: "demand" | "idle";
  /** A demand island's words before the wallet code is asked for: "Connect a wallet <prompt>." */
  readonly prompt?: string;
} & (keyof P extends never
  ? { readonly props?: undefined }
  : {
      /** What the server page hands the island (ids, server-read figures): serialisable only, typed per island. */
      readonly props: Serialisable<P>;
    });

/** A slot the lazily loaded wallet providers fill; see islandRegistry.ts. */
export function Web3Island<P extends object = Record<never, never>>({
  component,
  fallback,
  props,
  load = "demand",
  prompt,
}: Web3IslandProps<P>) {
  const id = useId();
  const slot = useRef<HTMLDivElement>(null);
  const ready = useSyncExternalStore(subscribeIslands, isHostReady, isHostReadyOnServer);
  const requested = useSyncExternalStore(subscribeWalletDemand, isWalletRequested, isWalletRequestedOnServer);
  // Serialisable props compare by value: a server re-render with the same data doesn't re-register the island.
  const key = islandPropsKey(props ?? {});
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `props` by value
  const stableProps = useMemo(() => props as P | undefined, [key]);

  useEffect(() => {
    const node = slot.current;
    if (!node) return;
    const element = <Suspense fallback={fallback}>{createElement(component, stableProps)}</Suspense>;
    return registerIsland({ id, node, element });
  }, [id, component, fallback, stableProps]);

  useEffect(() => {
    if (load === "idle") requestWalletWhenIdle();
  }, [load]);

  return (
    <>
      <div ref={slot} className="contents" />
      {!ready && (prompt !== undefined && !requested ? <WalletPrompt what={prompt} /> : fallback)}
    </>
  );
}
