/**
 * The one "authorise, then act" plan: given what the user wants (a spender contract pulling an amount of a
 * token, and the call that does it), the ordered steps the wallet will be asked for — sign a permit (no gas),
 * approve, the call — each with the words the review shows under "What you will sign". Pure: the hook that
 * runs a plan (hooks/useTxFlow.ts) and every review read the same steps.
 */
import type { Address } from "viem";
import { shortAddress } from "../format";
import { PERMIT_LIFETIME_SECONDS } from "../permit";

export interface TxParty {
  /** The contract's name in the app's contract map, e.g. "DTAStaking". */
  readonly name: string;
  readonly address: Address;
}

/** The action that pulls the tokens, described for people. */
export interface TxCallDescription {
  /** The function called when the allowance covers the amount, e.g. "stake". */
  readonly functionName: string;
  /** The function that takes a permit in the same transaction, e.g. "stakeWithPermit"; none if there isn't one. */
  readonly permitFunctionName?: string;
  /** The arguments in words, e.g. "1,500 DTA, 30 days". */
  readonly argsLabel: string;
  /** A short verb for progress messages, e.g. "Stake". */
  readonly short: string;
}

export interface TxIntent {
  /** The token pulled, with the name its permits are signed under (its EIP-712 domain name). */
  readonly token: TxParty & { readonly permitName: string };
  readonly spender: TxParty;
  readonly amount: bigint;
  /** The amount in words, e.g. "1,500 DTA". */
  readonly amountLabel: string;
  /** The owner's allowance for the spender now; undefined while it is unknown. */
  readonly allowance: bigint | undefined;
  /** Whether the token takes EIP-2612 permits. */
  readonly permit: boolean;
  readonly call: TxCallDescription;
}

export type TxStep =
  | { readonly kind: "permit"; readonly label: string; readonly short: string }
  | { readonly kind: "approve"; readonly label: string; readonly short: string }
  | { readonly kind: "call"; readonly label: string; readonly short: string; readonly withPermit: boolean };

/** How the spender is authorised: a signed permit, the existing allowance, or an approve transaction. */
export type TxMode = "permit" | "allowance" | "approve";

export interface TxPlan {
  readonly mode: TxMode;
  readonly steps: readonly TxStep[];
}

const PERMIT_MINUTES = PERMIT_LIFETIME_SECONDS / 60n;

/** The mode a plan takes: no signature at all when the allowance already covers the amount. */
export function txMode(intent: TxIntent): TxMode | undefined {
  if (intent.allowance === undefined) return undefined;
  if (intent.allowance >= intent.amount) return "allowance";
  return intent.permit && intent.call.permitFunctionName ? "permit" : "approve";
}

/** The ordered steps for `intent`; undefined until the allowance is known. */
export function planTx(intent: TxIntent): TxPlan | undefined {
  const mode = txMode(intent);
  if (!mode) return undefined;
  const { token, spender, amountLabel, call } = intent;
  const to = `${spender.name} (${shortAddress(spender.address)})`;
  if (mode === "permit") {
    return {
      mode,
      steps: [
        {
          kind: "permit",
          short: `Sign the ${token.permitName} permit (no gas)`,
          label: `Sign (no gas): Permit for ${token.permitName} — lets ${to} take ${amountLabel} once, valid for ${PERMIT_MINUTES} minutes.`,
        },
        {
          kind: "call",
          withPermit: true,
          short: call.short,
          label: `Send one transaction: ${call.permitFunctionName}(${call.argsLabel}) to ${to}.`,
        },
      ],
    };
  }
  const callStep: TxStep = {
    kind: "call",
    withPermit: false,
    short: call.short,
    label:
      mode === "allowance"
        ? `Send one transaction: ${call.functionName}(${call.argsLabel}) to ${to} — your allowance already covers it.`
        : `Send a transaction: ${call.functionName}(${call.argsLabel}) to ${to}.`,
  };
  if (mode === "allowance") return { mode, steps: [callStep] };
  return {
    mode,
    steps: [
      {
        kind: "approve",
        short: `Approve ${amountLabel}`,
        label: `Send a transaction: approve(${spender.name}, ${amountLabel}) on ${token.name} (${shortAddress(token.address)}).`,
      },
      callStep,
    ],
  };
}

/** The plan without a permit: what runs when the wallet can't sign one (approve only if the allowance is short). */
export function fallbackPlan(intent: TxIntent): TxPlan | undefined {
  return planTx({ ...intent, permit: false });
}
