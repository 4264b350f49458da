import { shortAddress } from "@/lib/format";

/**
 * An account in a table: the whole address from the `sm` width up, `0x1234…abcd` on a phone (where a whole one
 * wraps into a column of 7-character lines); the whole address stays in the title. Server-rendered, no script.
 */
export function AccountAddress({ address, testId }: { readonly address: string; readonly testId?: string }) {
  return (
    <span className="font-mono text-xs" title={address} data-testid={testId}>
      <span className="hidden break-all sm:inline">{address}</span>
      <span className="whitespace-nowrap sm:hidden">{shortAddress(address)}</span>
    </span>
  );
}
