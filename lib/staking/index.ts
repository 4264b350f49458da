/** Staking tables and reward maths mirrored from contracts/staking for the UI. */
export * from "./tables.ts";
export * from "./rewards.ts";
