"use client";

import {
  Suspense,
  createElement,
  useEffect,
  useId,
  useRef,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from "react";
import { isHostReady, isHostReadyOnServer, registerIsland, subscribeIslands } from "./islandRegistry";

interface Web3IslandProps {
  /** A React.lazy component, so its wagmi code is fetched only after the page has loaded. */
  readonly component: ComponentType;
  /** Shown until the wallet providers and the component have loaded (a skeleton). */
  readonly fallback: ReactNode;
}

/** A slot the lazily loaded wallet providers fill; see islandRegistry.ts. */
export function Web3Island({ component, fallback }: Web3IslandProps) {
  const id = useId();
  const slot = useRef<HTMLDivElement>(null);
  const ready = useSyncExternalStore(subscribeIslands, isHostReady, isHostReadyOnServer);

  useEffect(() => {
    const node = slot.current;
    if (!node) return;
    const element = <Suspense fallback={fallback}>{createElement(component)}</Suspense>;
    return registerIsland({ id, node, element });
  }, [id, component, fallback]);

  return (
    <>
      <div ref={slot} className="contents" />
      {!ready && fallback}
    </>
  );
}
