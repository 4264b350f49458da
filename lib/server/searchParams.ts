/** A server page's `searchParams` read the way the app's list parsers read them (lib/indexer/params.ts). */
import type { ParamSource } from "@/lib/indexer/params";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter, as URLSearchParams.get would give it. */
export function searchParamSource(params: SearchParams): ParamSource {
  return (name) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
}
