import type { Metadata } from "next";
import { ListServiceIsland } from "@/components/marketplace/islands";

export const metadata: Metadata = {
  title: "List an AI service",
  description:
    "List an AI service: its details, its price per query, the listing fee and where it goes, then sign.",
};

export default function ListServicePage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">List an AI service</h1>
        <p className="mt-1 text-slate-600">
          Four steps: the service&apos;s details, its price per query, the listing fee and where it goes, then
          one signature and one transaction.
        </p>
      </div>
      <ListServiceIsland />
    </div>
  );
}
