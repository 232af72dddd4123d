"use client";
import { useState, type FormEvent } from "react";
import { Field, PayButton } from "./field";

export function OtpForm({
  prompt,
  hint,
  busy,
  onSubmit,
}: {
  prompt: string;
  hint: string;
  busy: boolean;
  onSubmit: (otp: string) => void;
}) {
  const [otp, setOtp] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(otp);
    setOtp("");
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      <p className="text-sm text-ink-muted">{prompt}</p>
      <Field
        label="One-time password"
        inputMode="numeric"
        autoComplete="one-time-code"
        placeholder="123456"
        required
        maxLength={8}
        value={otp}
        onChange={(e) => setOtp(e.target.value.replace(/\D/g, ""))}
        hint={hint}
      />
      <PayButton busy={busy}>Authorize</PayButton>
    </form>
  );
}
