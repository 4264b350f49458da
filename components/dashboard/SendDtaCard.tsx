"use client";

import { useId, useState, type FormEvent } from "react";
import { getAddress, isAddress, zeroAddress, type Address } from "viem";
import { useAccount } from "wagmi";
import { AmountInput } from "@/components/ui/AmountInput";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { formatDta } from "@/lib/format";
import { useAmountField } from "@/hooks/useAmountField";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useDtaWrite } from "@/hooks/useDtaWrite";

type RecipientResult = { ok: true; address: Address } | { ok: false; message: string };

function parseRecipient(text: string): RecipientResult {
  const value = text.trim();
  if (value === "") return { ok: false, message: "Enter the recipient's address." };
  if (!isAddress(value)) {
    return { ok: false, message: "That isn't a valid address: 0x followed by 40 hexadecimal characters." };
  }
  const address = getAddress(value);
  if (address === zeroAddress) return { ok: false, message: "DTA can't be sent to the zero address." };
  return { ok: true, address };
}

/** Send DTA to an address: validated inputs, then the transactor (simulate → sign → confirm). */
export default function SendDtaCard() {
  const { isConnected } = useAccount();
  const { balance } = useDtaBalance();
  const amount = useAmountField(balance);
  const { write, isPending } = useDtaWrite("DTAToken");
  const [recipientText, setRecipientText] = useState("");
  const [recipientTouched, setRecipientTouched] = useState(false);
  const recipientId = useId();
  const recipientErrorId = `${recipientId}-error`;

  const recipient = parseRecipient(recipientText);
  const recipientError =
    !recipient.ok && (recipientTouched || recipientText.trim() !== "") ? recipient.message : undefined;
  const canSend = isConnected && recipient.ok && amount.result.ok && !isPending;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRecipientTouched(true);
    amount.markTouched();
    // Invalid input never reaches the wallet.
    if (!isConnected || !recipient.ok || !amount.result.ok) return;
    const value = amount.result.value;
    const outcome = await write({
      functionName: "transfer",
      args: [recipient.address, value],
      description: `Send ${formatDta(value)} DTA`,
      affects: [],
    });
    if (outcome.status === "confirmed") amount.reset();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="send-dta-title" className="card space-y-4">
      <div>
        <h2 id="send-dta-title" className="text-lg font-semibold text-slate-900">
          Send DTA
        </h2>
        {!isConnected && <p className="text-sm text-slate-600">Connect a wallet to send DTA.</p>}
      </div>
      <div>
        <label htmlFor={recipientId} className="field-label">
          Recipient address
        </label>
        <input
          id={recipientId}
          name="recipient"
          className="input mt-1 font-mono text-sm"
          placeholder="0x…"
          autoComplete="off"
          spellCheck={false}
          value={recipientText}
          disabled={!isConnected || isPending}
          onChange={(event) => setRecipientText(event.target.value)}
          onBlur={() => setRecipientTouched(true)}
          aria-invalid={recipientError ? true : undefined}
          aria-describedby={recipientError ? recipientErrorId : undefined}
        />
        {recipientError && (
          <p id={recipientErrorId} className="field-error" role="alert">
            {recipientError}
          </p>
        )}
      </div>
      <AmountInput field={amount} balance={balance} disabled={!isConnected || isPending} />
      <WriteGateNotice />
      <WriteButton type="submit" className="btn-primary w-full sm:w-auto" disabled={!canSend}>
        {isPending ? "Sending…" : "Send"}
      </WriteButton>
    </form>
  );
}
