/** Seeded holders of the local legacy-BIVE stand-in: [dev account index, balance in BIVE base units (18 dp)]. */
const BIVE = 10n ** 18n;

export const LOCAL_BIVE_HOLDERS: readonly (readonly [number, bigint])[] = [
  [0, 50_000n * BIVE],
  [1, 250_000n * BIVE],
  [2, 12_500n * BIVE],
  [3, 1_000n * BIVE],
  [4, 75_000n * BIVE],
  [5, 3_200n * BIVE + BIVE / 2n],
  [6, 640_000n * BIVE],
];
