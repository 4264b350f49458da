/**
 * The chain's time for a server page whose figures flow by the second (payment streams): the head's timestamp,
 * or the server's clock when the head is older — blocks are mined only now and then, and the next one is never
 * earlier than the clock. Imported only by server components.
 */
import { cache } from "react";
import { readChainHead } from "./reads";

export const readChainNow = cache(async (): Promise<bigint> => {
  const head = await readChainHead();
  const wall = BigInt(Math.floor(Date.now() / 1_000));
  return head && head.timestamp > wall ? head.timestamp : wall;
});
