import type { Metadata } from "next";
import { RegisterTwinIsland } from "@/components/twins/islands";

export const metadata: Metadata = {
  title: "Register a twin",
  description:
    "Register a digital twin: check your balance, describe the twin, review the 10,000 DTA bond, sign.",
};

export default function RegisterTwinPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Register a digital twin</h1>
        <p className="mt-1 text-slate-600">
          Four steps: your balance, the twin&apos;s details, the bond and its rules, then one signature and
          one transaction.
        </p>
      </div>
      <RegisterTwinIsland />
    </div>
  );
}
