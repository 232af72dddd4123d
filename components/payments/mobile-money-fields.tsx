"use client";

import { cn } from "@/lib/cn";
import { MOBILE_MONEY_NETWORKS, type TMobileMoneyProvider } from "@/lib/checkout/schemas";
import { Field, Input } from "@/components/ui/input";

const NETWORK_STYLES: Record<TMobileMoneyProvider, string> = {
  mtn: "bg-[#ffcc00] text-ink",
  vod: "bg-[#e60000] text-white",
  atl: "bg-[#0033a0] text-white",
};

/** Network (as large radio tiles) and wallet number for a Mobile Money payment. */
export function MobileMoneyFields({
  idPrefix,
  provider,
  phone,
  onProviderChange,
  onPhoneChange,
  errors,
}: {
  idPrefix: string;
  provider: TMobileMoneyProvider | null;
  phone: string;
  onProviderChange: (p: TMobileMoneyProvider) => void;
  onPhoneChange: (v: string) => void;
  errors: { provider?: string | undefined; phone?: string | undefined };
}) {
  return (
    <div className="space-y-4">
      <fieldset aria-describedby={errors.provider ? `${idPrefix}-provider-error` : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-ink">Network</legend>
        <div className="grid grid-cols-3 gap-2">
          {MOBILE_MONEY_NETWORKS.map((n) => (
            <label
              key={n.code}
              className={cn(
                "flex cursor-pointer flex-col items-center gap-1.5 rounded-control border bg-surface px-2 py-3 text-center text-xs font-semibold text-ink transition-colors",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                provider === n.code
                  ? "border-brand-600 ring-2 ring-brand-600/25"
                  : "border-black/15 hover:border-black/30",
              )}
            >
              <input
                type="radio"
                name={`${idPrefix}-provider`}
                value={n.code}
                checked={provider === n.code}
                onChange={() => onProviderChange(n.code)}
                className="sr-only"
              />
              <span
                aria-hidden="true"
                className={cn(
                  "grid h-8 w-8 place-items-center rounded-full text-[10px] font-bold",
                  NETWORK_STYLES[n.code],
                )}
              >
                {n.code === "mtn" ? "MTN" : n.code === "vod" ? "T" : "AT"}
              </span>
              {n.name}
            </label>
          ))}
        </div>
        {errors.provider ? (
          <p id={`${idPrefix}-provider-error`} className="mt-1.5 text-sm text-danger-700">
            {errors.provider}
          </p>
        ) : null}
      </fieldset>
      <Field
        id={`${idPrefix}-phone`}
        label="Mobile Money number"
        hint="The prompt goes to this phone"
        error={errors.phone}
      >
        <Input
          id={`${idPrefix}-phone`}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder="024 123 4567"
          value={phone}
          onChange={(e) => onPhoneChange(e.target.value)}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={errors.phone ? `${idPrefix}-phone-error` : `${idPrefix}-phone-hint`}
        />
      </Field>
    </div>
  );
}
