"use client";

import { useState, type FormEvent } from "react";
import { WriteButton } from "@/components/wallet/WriteGate";
import type { Checked } from "@/lib/twins/validate";

/** One text field that is checked before its button sends anything. */
export function CheckedField<T>({
  id,
  label,
  placeholder,
  check,
  button,
  onSubmit,
  disabled,
}: {
  id: string;
  label: string;
  placeholder: string;
  check: (text: string) => Checked<T>;
  button: string;
  onSubmit: (value: T) => Promise<boolean>;
  disabled: boolean;
}) {
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const checked = check(text);
  const error = touched && !checked.ok ? checked.message : undefined;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok) return;
    if (await onSubmit(checked.value)) {
      setText("");
      setTouched(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-1">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          className="input min-w-0 flex-1"
          placeholder={placeholder}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <WriteButton type="submit" className="btn-primary" disabled={disabled}>
          {button}
        </WriteButton>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
