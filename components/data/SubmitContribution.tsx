"use client";

import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useDataCategories } from "@/hooks/data/useDataChain";
import { LICENCE_OPEN, LICENCE_RESTRICTED, useDataWrites } from "@/hooks/data/useDataFlows";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { dataHashOf } from "@/lib/data/hash";
import { checkDataHash, checkPremium } from "@/lib/data/validate";
import { formatDta } from "@/lib/format";
import type { DataCategoryWire } from "@/lib/indexer/dataAccess";
import { PrivacyNote } from "./PrivacyNote";

type Errors = Partial<Record<"hash" | "category" | "premium", string>>;

/**
 * Submit a contribution: the SHA-256 of a file chosen here (read and hashed in this browser; the file is never
 * uploaded) or a pasted hash, a category and a licence. Every input is checked, and the hash looked up on the
 * chain, before anything is sent.
 */
export default function SubmitContribution({
  categories: initial,
}: {
  readonly categories?: readonly DataCategoryWire[];
}) {
  const id = useId();
  const config = useConfig();
  const categories = useDataCategories(initial);
  const { submit, isPending } = useDataWrites();
  const [hashText, setHashText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>();
  const [hashing, setHashing] = useState(false);
  const [category, setCategory] = useState("");
  const [restricted, setRestricted] = useState(false);
  const [premiumText, setPremiumText] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [checking, setChecking] = useState(false);
  const [submitted, setSubmitted] = useState<bigint | undefined>();

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setHashing(true);
    try {
      setHashText(await dataHashOf(await file.arrayBuffer()));
      setFileName(file.name);
      setErrors((e) => ({ ...e, hash: undefined }));
    } finally {
      setHashing(false);
    }
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setSubmitted(undefined);
    const hash = checkDataHash(hashText);
    const premium = restricted ? checkPremium(premiumText) : undefined;
    const next: Errors = {
      hash: hash.ok ? undefined : hash.message,
      category: category === "" ? "Choose a data category." : undefined,
      premium: premium && !premium.ok ? premium.message : undefined,
    };
    setErrors(next);
    if (!hash.ok || next.category || (premium && !premium.ok)) return;
    const data = getDeployedContract(appChain.chain.id, "DataContributions");
    if (!data) return;
    setChecking(true);
    try {
      const existing = await readContract(config, {
        address: data.address,
        abi: data.abi,
        functionName: "contributionIdOf",
        args: [hash.value],
        chainId: appChain.chain.id,
      });
      if (existing !== 0n) {
        setErrors({
          hash: `This data was already submitted (contribution #${existing}): each data hash is accepted once.`,
        });
        return;
      }
    } catch {
      setErrors({ hash: "The chain could not be asked whether this hash is new. Try again in a moment." });
      return;
    } finally {
      setChecking(false);
    }
    const price = premium?.ok ? premium.value : 0n;
    const categoryId = Number(category);
    const name = categories?.find((c) => c.id === categoryId)?.name ?? `category #${categoryId}`;
    const newId = await submit(
      {
        dataHash: hash.value,
        categoryId,
        licence: restricted ? LICENCE_RESTRICTED : LICENCE_OPEN,
        premiumPrice: price,
      },
      `Submit ${restricted ? `restricted (${formatDta(price)} DTA premium)` : "open"} ${name} data`,
    );
    if (newId !== undefined) {
      setSubmitted(newId);
      setHashText("");
      setFileName(undefined);
      setPremiumText("");
    }
  }

  const errorId = (field: keyof Errors) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form onSubmit={send} noValidate className="card space-y-4" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        Submit a contribution
      </h2>
      <PrivacyNote />
      <fieldset className="space-y-2">
        <legend className="field-label">Data hash</legend>
        <label className="block text-sm text-slate-700">
          Choose a file: its SHA-256 is computed here, in your browser
          <input
            type="file"
            className="mt-1 block w-full text-sm"
            data-testid="data-file"
            onChange={chooseFile}
          />
        </label>
        {hashing && <p className="text-sm text-slate-600">Computing the hash…</p>}
        {fileName && !hashing && (
          <p className="text-sm text-slate-700" data-testid="file-hashed">
            Hashed <strong>{fileName}</strong> in this browser; the file itself stays with you.
          </p>
        )}
        <label htmlFor={`${id}-hash`} className="block text-sm text-slate-700">
          …or paste the hash (as <code>sha256sum</code> prints it, 0x optional)
        </label>
        <input
          id={`${id}-hash`}
          className="input font-mono text-xs"
          spellCheck={false}
          autoComplete="off"
          data-testid="data-hash"
          value={hashText}
          onChange={(e) => {
            setHashText(e.target.value);
            setFileName(undefined);
          }}
          aria-invalid={errors.hash ? true : undefined}
          aria-describedby={errorId("hash")}
        />
        {errors.hash && (
          <p id={errorId("hash")} className="field-error" role="alert" data-testid="hash-error">
            {errors.hash}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor={`${id}-category`} className="field-label">
          Category
        </label>
        <select
          id={`${id}-category`}
          className="input mt-1 w-auto"
          value={category}
          data-testid="data-category"
          onChange={(e) => setCategory(e.target.value)}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby={errorId("category")}
        >
          <option value="">Choose a category</option>
          {categories?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {errors.category && (
          <p id={errorId("category")} className="field-error" role="alert" data-testid="category-error">
            {errors.category}
          </p>
        )}
      </div>
      <fieldset className="space-y-2">
        <legend className="field-label">Licence</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-licence`}
            checked={!restricted}
            onChange={() => setRestricted(false)}
          />
          <span>
            <strong>Open</strong>: anyone may use the data; no premium.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-licence`}
            data-testid="licence-restricted"
            checked={restricted}
            onChange={() => setRestricted(true)}
          />
          <span>
            <strong>Restricted</strong>: shared only with buyers you approve, who pay your premium (2% service
            burn, 10% of the rest to platform revenue, the remainder to you).
          </span>
        </label>
        {restricted && (
          <div>
            <label htmlFor={`${id}-premium`} className="field-label">
              Premium price (DTA)
            </label>
            <input
              id={`${id}-premium`}
              className="input mt-1 w-40 tabular-nums"
              inputMode="decimal"
              autoComplete="off"
              data-testid="data-premium"
              value={premiumText}
              onChange={(e) => setPremiumText(e.target.value)}
              aria-invalid={errors.premium ? true : undefined}
              aria-describedby={errorId("premium")}
            />
            {errors.premium && (
              <p id={errorId("premium")} className="field-error" role="alert" data-testid="premium-error">
                {errors.premium}
              </p>
            )}
          </div>
        )}
      </fieldset>
      <WriteGateNotice />
      <WriteButton type="submit" className="btn-primary" disabled={isPending || checking || hashing}>
        {checking ? "Checking the hash…" : isPending ? "Waiting for your wallet…" : "Submit contribution"}
      </WriteButton>
      {submitted !== undefined && (
        <p role="status" className="text-sm text-teal-900" data-testid="submitted-contribution">
          Contribution #{submitted.toString()} is submitted and waits for the validator&apos;s score.
        </p>
      )}
    </form>
  );
}
