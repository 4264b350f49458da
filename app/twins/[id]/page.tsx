import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TwinDetailIsland } from "@/components/twins/islands";
import { TwinSummary } from "@/components/twins/TwinSummary";
import { fetchTwin } from "@/lib/indexer/twins";
import { serverIndexerOptions } from "@/lib/server/indexer";

interface Props {
  readonly params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return {
    title: `Twin #${id}`,
    description: `Digital twin #${id}: quality, earnings, syncs and simulation jobs.`,
  };
}

export default async function TwinPage({ params }: Props) {
  const { id } = await params;
  if (!/^[1-9]\d{0,76}$/.test(id)) notFound();
  // The indexer's view of the twin is in the HTML at once; the live view (chain figures, actions) follows.
  const detail = await fetchTwin(BigInt(id), serverIndexerOptions()).catch(() => null);
  return <TwinDetailIsland id={id} summary={<TwinSummary id={id} detail={detail ?? undefined} />} />;
}
