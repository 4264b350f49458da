"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { usePathname } from "next/navigation";

/** Only pages that exist are listed; grows as features land. */
export const NAV_ITEMS: readonly { href: string; label: string }[] = [
  { href: "/", label: "Dashboard" },
  { href: "/stake", label: "Stake" },
  { href: "/twins", label: "Twins" },
  { href: "/marketplace", label: "Marketplace" },
  { href: "/data", label: "Data" },
  { href: "/streams", label: "Streams" },
  { href: "/governance", label: "Governance" },
  { href: "/tokenomics", label: "Tokenomics" },
  { href: "/vesting", label: "Vesting" },
  { href: "/swap", label: "BIVE swap" },
  { href: "/about", label: "About" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="-mx-3 flex flex-wrap items-center gap-1">
      {NAV_ITEMS.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <li key={item.href}>
            <IntentLink
              href={item.href}
              aria-current={current ? "page" : undefined}
              className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-teal-50 aria-[current=page]:text-teal-900"
            >
              {item.label}
            </IntentLink>
          </li>
        );
      })}
    </ul>
  );
}
