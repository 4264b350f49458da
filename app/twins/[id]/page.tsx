import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TwinDetailIsland } from "@/components/twins/islands";

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
  return <TwinDetailIsland id={id} />;
}
