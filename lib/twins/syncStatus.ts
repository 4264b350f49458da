/** What a twin's last sync means now, in words: is it earning, until when, and what stops it. */
import { formatUnlockDate } from "../staking/wizard";

/** A length of time in the largest two units: "6 days 23 hours", "5 minutes", "less than a minute". */
export function formatDuration(seconds: bigint): string {
  if (seconds < 60n) return "less than a minute";
  const units: readonly [bigint, string][] = [
    [86_400n, "day"],
    [3_600n, "hour"],
    [60n, "minute"],
  ];
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, name] of units) {
    const count = rest / size;
    rest %= size;
    if (count > 0n || parts.length > 0) {
      if (count > 0n) parts.push(`${count} ${name}${count === 1n ? "" : "s"}`);
      if (parts.length === 2 || (parts.length === 1 && count === 0n)) break;
    }
  }
  return parts.slice(0, 2).join(" ");
}

export interface SyncState {
  readonly lastSync: bigint;
  readonly windowEnd: bigint;
  readonly multiplierPct: bigint;
  readonly quality: bigint;
  readonly cooldownEnds: bigint;
}

export type SyncStatus =
  | { readonly kind: "never"; readonly text: string }
  | { readonly kind: "earning"; readonly text: string }
  | { readonly kind: "stopped"; readonly text: string };

export function syncStatus(t: SyncState, now: bigint): SyncStatus {
  if (t.lastSync === 0n) {
    return { kind: "never", text: "Never synced: record a data sync to start earning for 7 days." };
  }
  const last = `Last sync ${formatUnlockDate(t.lastSync)} (${formatDuration(now > t.lastSync ? now - t.lastSync : 0n)} ago).`;
  if (t.cooldownEnds !== 0n)
    return { kind: "stopped", text: `${last} Deregistering: the twin earns nothing more.` };
  if (t.quality < 50n)
    return {
      kind: "stopped",
      text: `${last} Suspended (quality below 50): no rewards until it is back at 50.`,
    };
  if (now >= t.windowEnd) {
    return {
      kind: "stopped",
      text: `${last} Earning stopped ${formatUnlockDate(t.windowEnd)}, 7 days after it. Record a sync to earn again.`,
    };
  }
  if (t.multiplierPct === 0n) {
    return {
      kind: "stopped",
      text: `${last} The twin pool could not cover this window: it earns nothing until a later sync.`,
    };
  }
  const bonus = t.multiplierPct > 100n ? " with the +20% quality bonus" : "";
  return {
    kind: "earning",
    text: `${last} Earning${bonus} until ${formatUnlockDate(t.windowEnd)} — stops in ${formatDuration(t.windowEnd - now)} unless you sync again.`,
  };
}
