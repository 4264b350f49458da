import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { ProtocolDiagram } from "@/components/about/ProtocolDiagram";

export const metadata: Metadata = {
  title: "How DTA works",
  description:
    "What the Digital Twin AI Token is for: staking, digital twins, an AI service marketplace, a data economy and a DAO.",
};

/** A static explainer: no chain reads and no wallet code (the benchmark's ceiling page). */
export default function AboutPage() {
  return (
    <article className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">How DTA works</h1>
        <p className="mt-3 max-w-3xl text-slate-700">
          DTA is the token of a network where physical things have digital twins. All 1,000,000,000 DTA were
          minted once, and supply only falls as fees and penalties are burned. Holders stake DTA in tiers and
          earn rewards from a reserved pool; twin owners bond 10,000 DTA per twin, feed it data and sell
          simulation hours; AI providers sell queries and data providers are paid by the second. Every payment
          burns a small share and splits the rest between the provider and the platform, whose revenue flows
          back to stakers. Staked DTA carries voting power, and the DAO changes rates, fees and bounds through
          proposals that a timelock executes.
        </p>
      </div>
      <figure className="rounded-xl border border-slate-200 bg-white p-4">
        <ProtocolDiagram />
        <figcaption className="mt-3 text-sm text-slate-600">
          Three layers on one token: value moves up as payments and back down as rewards; governance sets the
          numbers.
        </figcaption>
      </figure>
      <p className="text-slate-700">
        See where the supply went on the{" "}
        <IntentLink href="/tokenomics" className="font-medium text-teal-800 underline">
          tokenomics page
        </IntentLink>
        , or{" "}
        <IntentLink href="/stake" className="font-medium text-teal-800 underline">
          stake DTA
        </IntentLink>
        .
      </p>
    </article>
  );
}
