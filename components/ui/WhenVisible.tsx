"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";

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

/** `Component` rendered through WhenVisible, with `fallback` (a skeleton of the same height) until then. */
export function whenVisible<P extends object>(Component: ComponentType<P>, fallback: () => ReactNode) {
  function Visible(props: P) {
    return (
      <WhenVisible fallback={fallback()}>
        <Component {...props} />
      </WhenVisible>
    );
  }
  Visible.displayName = `WhenVisible(${Component.displayName ?? Component.name ?? "Component"})`;
  return Visible;
}
