/* eslint-disable @next/next/no-img-element -- an inline on-chain SVG (data: URI); next/image adds nothing */
import { Skeleton } from "@/components/ui/Skeleton";
import type { Tier } from "@/lib/staking";

/** The receipt NFT's picture, straight from its on-chain tokenURI. */
export function PositionArt({
  image,
  tokenId,
  tier,
}: {
  image: string | undefined;
  tokenId: bigint;
  tier: Tier;
}) {
  if (!image)
    return <Skeleton className="aspect-square w-full" label={`Loading the card of position #${tokenId}`} />;
  return (
    <img
      src={image}
      alt={`Stake position #${tokenId}, ${tier} tier receipt card`}
      className="aspect-square w-full rounded-lg border border-slate-200"
      data-testid="position-art"
    />
  );
}
