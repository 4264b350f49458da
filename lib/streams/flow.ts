/**
 * The stream maths of `contracts/streams/StreamLedger.sol`, in bigint, so a page can show a stream's flowing
 * balance every second from one read of `streamOf` and the clock — no RPC call per tick. Every function mirrors
 * the contract's view of the same name: the rate is 18-decimal fixed point per second, debt is kept scaled and
 * turned into DTA base units (4 decimals) rounding down, so the page never shows a unit the contract would not pay.
 */

/** Scaled units per DTA base unit: 18-decimal fixed point over DTA's 4 decimals (`StreamLedger.SCALE`). */
export const SCALE = 10n ** 14n;

/** The periods a rate can be typed in; a month is 30 days (stated beside the field). */
export const RATE_PERIOD_SECONDS = { hour: 3_600n, day: 86_400n, month: 2_592_000n } as const;
export type RatePeriod = keyof typeof RATE_PERIOD_SECONDS;

/** What `streamOf` returns (IDTAStreams.Stream). */
export interface StreamState {
  readonly snapshotTime: bigint;
  readonly paused: boolean;
  readonly stopped: boolean;
  readonly ratePerSecond: bigint;
  readonly balance: bigint;
  readonly snapshotDebtScaled: bigint;
}

export type StreamStatus = "streaming" | "paused" | "depleted" | "stopped";

/**
 * The 18-decimal per-second rate for `amount` DTA base units per `period`, rounded down (the payer never streams
 * more than typed), and what that rate really pays per period (equal to `amount` when the division is exact).
 */
export function ratePerSecondFor(
  amount: bigint,
  period: RatePeriod,
): { readonly ratePerSecond: bigint; readonly paysPerPeriod: bigint; readonly exact: boolean } {
  const seconds = RATE_PERIOD_SECONDS[period];
  const scaled = amount * SCALE;
  const ratePerSecond = scaled / seconds;
  const paysPerPeriod = (ratePerSecond * seconds) / SCALE;
  return { ratePerSecond, paysPerPeriod, exact: ratePerSecond * seconds === scaled };
}

/** The least deposit the contract accepts: one second of flow, rounded up to whole base units. */
export function minimumDeposit(ratePerSecond: bigint): bigint {
  return (ratePerSecond + SCALE - 1n) / SCALE;
}

/** Scaled debt at `now` (seconds): the snapshot plus what flowed since; nothing flows while paused or stopped. */
export function totalDebtScaled(s: StreamState, now: bigint): bigint {
  if (s.paused || s.stopped) return s.snapshotDebtScaled;
  const elapsed = now > s.snapshotTime ? now - s.snapshotTime : 0n;
  return s.snapshotDebtScaled + elapsed * s.ratePerSecond;
}

/** What the recipient can withdraw at `now`: the debt the balance covers, in base units (rounded down). */
export function withdrawableAt(s: StreamState, now: bigint): bigint {
  const owed = totalDebtScaled(s, now) / SCALE;
  return owed < s.balance ? owed : s.balance;
}

/** The debt the balance does not cover at `now` (the stream ran dry), in base units. */
export function uncoveredDebtAt(s: StreamState, now: bigint): bigint {
  const owed = totalDebtScaled(s, now) / SCALE;
  return owed > s.balance ? owed - s.balance : 0n;
}

/** What the sender would get back if the stream were stopped at `now`. */
export function refundableAt(s: StreamState, now: bigint): bigint {
  return s.balance - withdrawableAt(s, now);
}

/**
 * When the stream runs dry: the first second at which its whole balance is owed. `null` while paused (it does not
 * run dry), 0n when that moment has passed or the stream was stopped — as `depletionTime`.
 */
export function depletionTimeAt(s: StreamState, now: bigint): bigint | null {
  if (s.stopped) return 0n;
  if (s.paused) return null;
  const balanceScaled = s.balance * SCALE;
  if (totalDebtScaled(s, now) >= balanceScaled) return 0n;
  const left = balanceScaled - s.snapshotDebtScaled;
  return s.snapshotTime + (left + s.ratePerSecond - 1n) / s.ratePerSecond;
}

/** The stream's status at `now` (`statusOf`). */
export function statusAt(s: StreamState, now: bigint): StreamStatus {
  if (s.stopped) return "stopped";
  if (s.paused) return "paused";
  if (totalDebtScaled(s, now) >= s.balance * SCALE) return "depleted";
  return "streaming";
}

/** When a stream opened at `openedAt` with `deposit` runs dry (shown before signing). */
export function runsDryAt(openedAt: bigint, ratePerSecond: bigint, deposit: bigint): bigint {
  return (
    depletionTimeAt(
      {
        snapshotTime: openedAt,
        paused: false,
        stopped: false,
        ratePerSecond,
        balance: deposit,
        snapshotDebtScaled: 0n,
      },
      openedAt,
    ) ?? 0n
  );
}

/** Below this many seconds of flow left, a streaming stream warns that it is running low. */
export const LOW_BALANCE_SECONDS = 86_400n;

/** Whether a streaming stream runs dry within `LOW_BALANCE_SECONDS` of `now`. */
export function isLowBalance(s: StreamState, now: bigint): boolean {
  const dry = depletionTimeAt(s, now);
  return dry !== null && dry !== 0n && dry - now < LOW_BALANCE_SECONDS;
}

/** A countdown in words: "2d 03h 04m 05s", "04m 05s", "0s" once past. */
export function formatCountdown(seconds: bigint): string {
  if (seconds <= 0n) return "0s";
  const d = seconds / 86_400n;
  const h = (seconds % 86_400n) / 3_600n;
  const m = (seconds % 3_600n) / 60n;
  const s = seconds % 60n;
  const two = (v: bigint) => v.toString().padStart(2, "0");
  if (d > 0n) return `${d}d ${two(h)}h ${two(m)}m ${two(s)}s`;
  if (h > 0n) return `${h}h ${two(m)}m ${two(s)}s`;
  if (m > 0n) return `${m}m ${two(s)}s`;
  return `${s}s`;
}
