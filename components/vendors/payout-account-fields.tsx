"use client";

import { useId, useState } from "react";
import { Building2, Smartphone } from "lucide-react";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import type { TPayoutOption } from "@/lib/vendors/payout-account";

export type TPayoutAccountDefaults = {
  type?: "BANK" | "MOBILE_MONEY";
  bankCode?: string;
  network?: string;
  accountNumber?: string;
  accountName?: string;
};

type TProps = {
  /** Paystack's Ghana banks (GhIPSS) and Mobile Money networks, loaded by the server page. */
  banks: TPayoutOption[];
  networks: TPayoutOption[];
  /** The lists could not be loaded (Paystack down): the form says so. */
  unavailable?: boolean;
  defaultValue?: TPayoutAccountDefaults;
  /** Field errors from the server action (keys type, bankCode, network, accountNumber, accountName). */
  errors?: Record<string, string | undefined>;
  disabled?: boolean;
};

/**
 * The payout account inputs (bank or Mobile Money), rendered inside the caller's own <form>:
 * the fields are named type, bankCode, network, accountNumber, accountName, which
 * ZPayoutAccountInput (lib/vendors/payout-account.ts) parses.
 */
export function PayoutAccountFields({ banks, networks, unavailable, defaultValue, errors = {}, disabled }: TProps) {
  const uid = useId();
  const [type, setType] = useState<"BANK" | "MOBILE_MONEY">(defaultValue?.type ?? "MOBILE_MONEY");
  const id = (k: string) => `${uid}-${k}`;
  const aria = (k: string) => ({
    id: id(k),
    "aria-invalid": errors[k] ? true : undefined,
    "aria-describedby": errors[k] ? `${id(k)}-error` : undefined,
  });

  return (
    <fieldset className="space-y-4" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-ink">How you get paid</legend>
      {unavailable ? (
        <p role="alert" className="rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-700">
          We could not load the bank and network lists from Paystack. Reload the page in a minute.
        </p>
      ) : null}
      <div role="radiogroup" aria-label="Payout method" className="grid grid-cols-2 gap-2">
        {(
          [
            { value: "MOBILE_MONEY", label: "Mobile Money", Icon: Smartphone },
            { value: "BANK", label: "Bank account", Icon: Building2 },
          ] as const
        ).map(({ value, label, Icon }) => (
          <label
            key={value}
            className={cn(
              "flex h-11 cursor-pointer items-center justify-center gap-2 rounded-control border text-sm font-medium",
              "has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600/25",
              type === value
                ? "border-brand-600 bg-brand-50 text-brand-700"
                : "border-black/15 bg-surface text-ink hover:bg-surface-sunken",
            )}
          >
            <input
              type="radio"
              name="type"
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
              className="sr-only"
            />
            <Icon aria-hidden="true" className="h-4 w-4" />
            {label}
          </label>
        ))}
      </div>
      {errors.type ? <p className="text-sm text-danger-700">{errors.type}</p> : null}

      {type === "BANK" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={id("bankCode")} label="Bank" error={errors.bankCode}>
            <Select {...aria("bankCode")} name="bankCode" defaultValue={defaultValue?.bankCode ?? ""}>
              <option value="">Choose your bank…</option>
              {banks.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={id("accountNumber")} label="Account number" error={errors.accountNumber}>
            <Input
              {...aria("accountNumber")}
              name="accountNumber"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={defaultValue?.type === "BANK" ? defaultValue.accountNumber : ""}
            />
          </Field>
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={id("network")} label="Network" error={errors.network}>
            <Select {...aria("network")} name="network" defaultValue={defaultValue?.network ?? ""}>
              <option value="">Choose the network…</option>
              {networks.map((n) => (
                <option key={n.code} value={n.code}>
                  {n.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={id("accountNumber")} label="Mobile Money number" error={errors.accountNumber}>
            <Input
              {...aria("accountNumber")}
              name="accountNumber"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              placeholder="024 123 4567"
              defaultValue={defaultValue?.type === "MOBILE_MONEY" ? defaultValue.accountNumber : ""}
            />
          </Field>
        </div>
      )}
      <Field
        id={id("accountName")}
        label="Name on the account"
        hint={
          type === "BANK"
            ? "We check the number with your bank and use the name the bank holds."
            : "We check the number with the network and use the name registered on the wallet."
        }
        error={errors.accountName}
      >
        <Input
          {...aria("accountName")}
          name="accountName"
          autoComplete="name"
          defaultValue={defaultValue?.accountName}
        />
      </Field>
    </fieldset>
  );
}
