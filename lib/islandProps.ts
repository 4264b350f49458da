/**
 * Props a server page can hand to a web3 island (components/web3/Web3Island.tsx): only values that survive the
 * trip from a server component to the browser — strings, numbers, booleans, null, bigints, arrays and plain
 * objects of them (e.g. an id and figures read on the server). Functions, class instances and symbols are a
 * type error at the island, not a runtime surprise.
 */
type Plain = string | number | boolean | null | undefined | bigint;

/** `T` when it is serialisable; `never` in every place it isn't (so assigning the original fails). */
export type Serialisable<T> = T extends Plain
  ? T
  : T extends readonly (infer Item)[]
    ? readonly Serialisable<Item>[]
    : T extends (...args: never[]) => unknown
      ? never
      : T extends Date | Map<unknown, unknown> | Set<unknown> | RegExp | symbol
        ? never
        : T extends object
          ? { readonly [K in keyof T]: Serialisable<T[K]> }
          : never;

/** A stable key for serialisable props: equal props give equal keys (bigints included), in any key order. */
export function islandPropsKey(props: object): string {
  return JSON.stringify(props, (_key, value: unknown) => {
    if (typeof value === "bigint") return { $bigint: value.toString() };
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .map((key) => [key, record[key]]),
      );
    }
    return value;
  });
}
