/**
 * The twin registry's governance settings from the indexer (`GET /twins/settings`): the twin types governance
 * has added and the simulation rate bounds, with the fetcher, its guard and its query key.
 */
import { getJson, resolve, type ClientOptions } from "./http";
import { isNonNegativeInt, isRecord, isUintString } from "./guards";

export interface TwinSettingsWire {
  readonly types: readonly { readonly id: number; readonly name: string }[];
  /** `updatedAt` is null while the contract's initial bounds stand (no RateBoundsUpdated yet). */
  readonly rateBounds: {
    readonly minRatePerHour: string;
    readonly maxRatePerHour: string;
    readonly updatedAt: string | null;
  };
}

export interface TwinSettings {
  /** By id, oldest first. */
  readonly types: readonly { readonly id: number; readonly name: string }[];
  readonly rateBounds: { readonly min: bigint; readonly max: bigint; readonly updatedAt: bigint | null };
}

export function isTwinSettingsWire(v: unknown): v is TwinSettingsWire {
  return (
    isRecord(v) &&
    Array.isArray(v.types) &&
    v.types.every((t) => isRecord(t) && isNonNegativeInt(t.id) && typeof t.name === "string") &&
    isRecord(v.rateBounds) &&
    isUintString(v.rateBounds.minRatePerHour) &&
    isUintString(v.rateBounds.maxRatePerHour) &&
    (v.rateBounds.updatedAt === null || isUintString(v.rateBounds.updatedAt))
  );
}

export async function fetchTwinSettings(opts: ClientOptions = {}): Promise<TwinSettings> {
  const { base, fetchImpl } = resolve(opts);
  const body = await getJson(`${base}/twins/settings`, isTwinSettingsWire, fetchImpl, opts.signal);
  const { minRatePerHour, maxRatePerHour, updatedAt } = body.rateBounds;
  return {
    types: body.types,
    rateBounds: {
      min: BigInt(minRatePerHour),
      max: BigInt(maxRatePerHour),
      updatedAt: updatedAt === null ? null : BigInt(updatedAt),
    },
  };
}

/** What a twin is charged per hour: its stored rate, held within the bounds (the contract's `rateOf`). */
export function effectiveRate(
  stored: bigint,
  bounds: { readonly min: bigint; readonly max: bigint },
): bigint {
  if (stored < bounds.min) return bounds.min;
  return stored > bounds.max ? bounds.max : stored;
}

export const twinSettingsKey = (chainId: number) => ["indexer", "twins", "settings", { chainId }] as const;
