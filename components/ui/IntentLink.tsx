"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

type IntentLinkProps = Omit<ComponentProps<typeof Link>, "prefetch">;

/**
 * `next/link` that prefetches its route when the visitor shows intent (pointer over it, keyboard focus, a touch),
 * not when it scrolls into view (Next's "hover-triggered prefetch" pattern). Without it the navigation bar and a page
 * of 24 list cards fetch some 35 routes while the page is still loading, and processing those answers is main-thread
 * work on a slow phone. A click without a prior intent still navigates in the app; it fetches the route then.
 */
export function IntentLink({ onPointerEnter, onFocus, onTouchStart, ...props }: IntentLinkProps) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null is Next's default prefetch (restored once the visitor shows intent); false: none.
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
