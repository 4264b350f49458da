import type { Metadata } from "next";
import { TwinsListIsland } from "@/components/twins/islands";

export const metadata: Metadata = {
  title: "Digital twins",
  description:
    "Every registered digital twin: type, category, quality, status, simulation rate, jobs and earnings.",
};

export default function TwinsPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Digital twins</h1>
        <p className="mt-1 text-slate-600">
          Each twin is an NFT backed by a 10,000 DTA bond. Owners feed it data to earn rewards and sell
          simulation hours; a quality oracle keeps score (90 or more earns +20%, below 50 suspends it).
        </p>
      </div>
      <TwinsListIsland />
    </div>
  );
}
