import { appChain } from "@/lib/chains";
import { EmptyState } from "./EmptyState";

/** Why a server-read section has no figures: nothing deployed on this chain, or its node didn't answer. */
export function ServerReadNotice({
  state,
  what,
}: {
  readonly state: "notDeployed" | "unreachable";
  readonly what: string;
}) {
  if (state === "notDeployed") {
    return (
      <EmptyState title={`${what} isn't deployed on ${appChain.chain.name} yet`}>
        Deploy the contracts (see the README) or point NEXT_PUBLIC_CHAIN at a chain that has them.
      </EmptyState>
    );
  }
  return (
    <EmptyState title={`${what}: the figures couldn't be read`}>
      The node at {appChain.rpcUrl} didn&apos;t answer. Reload the page to try again.
    </EmptyState>
  );
}
