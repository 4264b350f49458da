"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { zeroAddress } from "viem";
import { useDtaRead } from "@/hooks/useDtaRead";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta } from "@/lib/format";
import { BuyAccess } from "./BuyAccess";
import { ManageAccess } from "./ManageAccess";

/**
 * One restricted contribution's access (`/data?access=<id>`), read live from the chain: its contributor manages
 * the buyer list; anyone else sees whether they are approved and buys access.
 */
export default function AccessPanel({ id: idText }: { readonly id: string }) {
  const id = BigInt(idText);
  const { account } = useScopeKey();
  const contribution = useDtaRead({
    contractName: "DataContributions",
    functionName: "contributionOf",
    args: [id],
  });
  const quote = useDtaRead({ contractName: "DataContributions", functionName: "quotePremium", args: [id] });
  const access = useDtaRead({
    contractName: "DataContributions",
    functionName: "accessOf",
    args: [id, account ?? zeroAddress],
    enabled: account !== undefined,
  });
  const c = contribution.data;
  const heading = (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 id="access-heading" className="text-lg font-semibold text-slate-900">
        Access to contribution #{idText}
      </h2>
      <IntentLink href="/data" scroll={false} className="text-sm underline">
        Close
      </IntentLink>
    </div>
  );
  let body;
  if (contribution.isError)
    body = <p className="text-sm text-slate-700">There is no contribution #{idText}.</p>;
  else if (!c) body = <p className="text-sm text-slate-600">Reading the contribution…</p>;
  else if (c.licence !== 1)
    body = <p className="text-sm text-slate-700">This contribution is open data: anyone may use it.</p>;
  else if (!account)
    body = <p className="text-sm text-slate-700">Connect a wallet to manage or buy access.</p>;
  else if (c.contributor.toLowerCase() === account.toLowerCase())
    body = <ManageAccess id={id} contributor={c.contributor} />;
  else
    body = (
      <BuyAccess
        id={id}
        quote={quote.data}
        granted={access.data?.[0]}
        paid={access.data?.[1]}
        account={account}
      />
    );
  return (
    <section
      id="access"
      className="card space-y-3"
      aria-labelledby="access-heading"
      data-testid="access-panel"
    >
      {heading}
      {c && c.licence === 1 && (
        <p className="text-sm text-slate-600">
          Restricted · premium {formatDta(c.premiumPrice)} DTA · the data is shared off-chain, never on-chain.
        </p>
      )}
      {body}
    </section>
  );
}
