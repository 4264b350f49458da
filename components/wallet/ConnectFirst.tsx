import { EmptyState } from "@/components/ui/EmptyState";

/** What a write form shows with no account connected: "Connect a wallet <what>" and where the button is. */
export function ConnectFirst({ what }: { readonly what: string }) {
  return (
    <EmptyState title={`Connect a wallet ${what}`}>
      Use the Connect wallet button at the top of the page; the local dev wallet works without an extension.
    </EmptyState>
  );
}
