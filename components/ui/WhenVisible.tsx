"use client";

import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";

/**
 * Renders `children` once their place comes near the viewport (200 px ahead); until then `fallback` holds the
 * space. A chart below the fold then fetches and draws its library (recharts) when the visitor scrolls to it,
 * not while the page is loading. Every chart wrapped this way has its figures in the server's HTML beside it.
 */
export function WhenVisible({
  fallback,
  children,
}: {
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || visible) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [visible]);
  if (visible) return <>{children}</>;
  return <div ref={ref}>{fallback}</div>;
}

/**
 * A component whose code is fetched (`load`, a dynamic import) and drawn only once its place comes near the
 * viewport; `fallback` (a skeleton of the same height) holds the space until then and while the code loads.
 * It never renders on the server (WhenVisible starts hidden), so React.lazy is all it needs: no next/dynamic,
 * whose loader added about 1.5 KB gz to a route's first-load JS.
 */
export function lazyWhenVisible<P extends object>(
  load: () => Promise<{ readonly default: ComponentType<P> }>,
  fallback: () => ReactNode,
) {
  const Lazy = lazy(load);
  function Visible(props: P) {
    return (
      <WhenVisible fallback={fallback()}>
        <Suspense fallback={fallback()}>
          <Lazy {...props} />
        </Suspense>
      </WhenVisible>
    );
  }
  return Visible;
}
