"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { ParamSource } from "@/lib/indexer/params";

/**
 * A list's state kept in the URL's search parameters, typed by a parse/write pair: shareable, and the back
 * button steps through it (each change is a history entry). `keys` are the parameters this state owns; the
 * page's other parameters are left alone.
 */
export function useUrlState<T>(
  parse: (get: ParamSource) => T,
  write: (state: T) => URLSearchParams,
  keys: readonly string[],
): readonly [T, (next: T) => void] {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parse((name) => searchParams.get(name)), [parse, searchParams]);
  const setState = useCallback(
    (next: T) => {
      const params = new URLSearchParams(searchParams.toString());
      for (const key of keys) params.delete(key);
      for (const [key, value] of write(next)) params.set(key, value);
      const query = params.toString();
      router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [searchParams, router, pathname, write, keys],
  );
  return [state, setState] as const;
}
