"use client";

import { CreditCard, Smartphone } from "lucide-react";
import { cn } from "@/lib/cn";

export type TPayMethod = "card" | "momo";

/** Card or Mobile Money, as two large radio tiles (thumb-sized on phones). */
export function PaymentMethodPicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: TPayMethod;
  onChange: (m: TPayMethod) => void;
}) {
  const options = [
    { value: "momo" as const, label: "Mobile Money", hint: "MTN, Telecel, AirtelTigo", Icon: Smartphone },
    { value: "card" as const, label: "Card", hint: "Visa, Mastercard, Verve", Icon: CreditCard },
  ];
  return (
    <div role="radiogroup" aria-label="Payment method" className="grid grid-cols-2 gap-2">
      {options.map(({ value: v, label, hint, Icon }) => (
        <label
          key={v}
          className={cn(
            "flex cursor-pointer items-center gap-3 rounded-control border bg-surface px-3 py-3 text-sm transition-colors",
            "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
            value === v ? "border-brand-600 ring-2 ring-brand-600/25" : "border-black/15 hover:border-black/30",
          )}
        >
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
            className="sr-only"
          />
          <Icon
            aria-hidden="true"
            className={cn("h-5 w-5 shrink-0", value === v ? "text-brand-700" : "text-ink-muted")}
          />
          <span className="min-w-0">
            <span className="block font-semibold text-ink">{label}</span>
            <span className="block truncate text-xs text-ink-muted">{hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
