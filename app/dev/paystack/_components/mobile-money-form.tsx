"use client";
import { useState, type FormEvent } from "react";
import { cn } from "@/lib/cn";
import { Field, PayButton } from "./field";

export type TMomoFields = { provider: "mtn" | "atl" | "vod"; phone: string };

const NETWORKS: { id: TMomoFields["provider"]; name: string; swatch: string }[] = [
  { id: "mtn", name: "MTN", swatch: "bg-[#ffcc00] text-ink" },
  { id: "vod", name: "Telecel", swatch: "bg-[#e60000] text-white" },
  { id: "atl", name: "AirtelTigo", swatch: "bg-[#0033a0] text-white" },
];

export function MobileMoneyForm({
  payLabel,
  busy,
  onPay,
}: {
  payLabel: string;
  busy: boolean;
  onPay: (m: TMomoFields) => void;
}) {
  const [provider, setProvider] = useState<TMomoFields["provider"]>("mtn");
  const [phone, setPhone] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onPay({ provider, phone });
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      <fieldset>
        <legend className="mb-1 block text-xs font-semibold uppercase tracking-wide text-ink-subtle">Network</legend>
        <div className="grid grid-cols-3 gap-2">
          {NETWORKS.map((n) => (
            <label
              key={n.id}
              className={cn(
                "flex cursor-pointer flex-col items-center gap-1 rounded-control border p-2 text-sm transition",
                provider === n.id
                  ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600"
                  : "border-surface-sunken bg-white hover:border-brand-500",
              )}
            >
              <input
                type="radio"
                name="provider"
                value={n.id}
                checked={provider === n.id}
                onChange={() => setProvider(n.id)}
                className="sr-only"
              />
              <span
                aria-hidden
                className={cn("grid h-8 w-8 place-items-center rounded-full text-[10px] font-bold", n.swatch)}
              >
                {n.name.slice(0, 3).toUpperCase()}
              </span>
              <span className="font-medium text-ink">{n.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label="Mobile Money number"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        placeholder="024 123 4567"
        required
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        hint="Test numbers: ending 0000 is declined, 1111 times out, 2222 asks for an OTP; any other waits for approval on the phone panel."
      />
      <PayButton busy={busy}>{payLabel}</PayButton>
    </form>
  );
}
