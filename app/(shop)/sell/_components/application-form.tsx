"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { PayoutAccountFields, type TPayoutAccountDefaults } from "@/components/vendors/payout-account-fields";
import type { TActionResult } from "@/lib/http/action-result";
import type { TPayoutOptions } from "@/lib/vendors/payout-account";

export type TApplicationDefaults = {
  businessName?: string;
  originId?: string;
  contactEmail?: string;
  contactPhone?: string;
  categories?: string[];
  sampleLinks?: string[];
  note?: string;
  payout?: TPayoutAccountDefaults;
};

const MAX_LINKS = 5;

/** The /sell application: business, contact, what they sell, samples, payout account. */
export function ApplicationForm({
  origins,
  categories,
  payoutOptions,
  defaults = {},
  submitLabel,
  submit,
}: {
  origins: { id: string; name: string }[];
  categories: { slug: string; name: string }[];
  payoutOptions: TPayoutOptions;
  defaults?: TApplicationDefaults;
  submitLabel: string;
  submit: (form: FormData) => Promise<TActionResult<unknown>>;
}) {
  const uid = useId();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [links, setLinks] = useState<string[]>(() => (defaults.sampleLinks?.length ? defaults.sampleLinks : [""]));
  const [isPending, startTransition] = useTransition();
  const id = (k: string) => `${uid}-${k}`;
  const aria = (k: string) => ({
    id: id(k),
    "aria-invalid": errors[k] ? true : undefined,
    "aria-describedby": errors[k] ? `${id(k)}-error` : undefined,
  });
  const linkError = Object.entries(errors).find(([k]) => k.startsWith("sampleLinks"))?.[1];

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const result = await submit(form);
      if (result.ok) {
        setErrors({});
        setMessage(null);
        router.refresh();
        window.scrollTo({ top: 0 });
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      const first = Object.keys(result.fieldErrors ?? {})[0];
      if (first) document.getElementById(id(first.split(".")[0]!))?.focus();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8" aria-label="Vendor application">
      {message ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {message}
        </p>
      ) : null}

      <section className="space-y-4">
        <h2 className="text-lg font-bold text-ink">Your business</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={id("businessName")} label="Business name" error={errors.businessName}>
            <Input
              {...aria("businessName")}
              name="businessName"
              autoComplete="organization"
              defaultValue={defaults.businessName}
            />
          </Field>
          <Field
            id={id("originId")}
            label="Where you source from"
            hint="Your products ship to Accra in this city's batches"
            error={errors.originId}
          >
            <Select {...aria("originId")} name="originId" defaultValue={defaults.originId ?? ""}>
              <option value="">Choose a city…</option>
              {origins.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={id("contactEmail")} label="Contact email" error={errors.contactEmail}>
            <Input
              {...aria("contactEmail")}
              name="contactEmail"
              type="email"
              autoComplete="email"
              defaultValue={defaults.contactEmail}
            />
          </Field>
          <Field
            id={id("contactPhone")}
            label="Contact phone"
            hint="With its country code, e.g. +44 7700 900123"
            error={errors.contactPhone}
          >
            <Input
              {...aria("contactPhone")}
              name="contactPhone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              defaultValue={defaults.contactPhone}
            />
          </Field>
        </div>
      </section>

      <section className="space-y-4">
        <h2 className="text-lg font-bold text-ink">What you sell</h2>
        <fieldset aria-describedby={errors.categories ? `${id("categories")}-error` : undefined}>
          <legend className="mb-1.5 text-sm font-medium text-ink">Categories</legend>
          <div id={id("categories")} tabIndex={-1} className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {categories.map((c) => (
              <label
                key={c.slug}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-control border border-black/15 bg-surface px-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="checkbox"
                  name="categories"
                  value={c.slug}
                  defaultChecked={defaults.categories?.includes(c.slug)}
                  className="h-4 w-4 accent-brand-600"
                />
                {c.name}
              </label>
            ))}
          </div>
          {errors.categories ? (
            <p id={`${id("categories")}-error`} className="mt-1.5 text-sm text-danger-700">
              {errors.categories}
            </p>
          ) : null}
        </fieldset>

        <fieldset>
          <legend className="mb-1.5 text-sm font-medium text-ink">
            Where we can see your products <span className="font-normal text-ink-muted">(up to {MAX_LINKS} links)</span>
          </legend>
          <div className="space-y-2">
            {links.map((value, i) => (
              <div key={i} className="flex gap-2">
                <Input
                  id={i === 0 ? id("sampleLinks") : undefined}
                  name="sampleLinks"
                  type="url"
                  inputMode="url"
                  placeholder="https://instagram.com/yourshop"
                  aria-label={`Link ${i + 1}`}
                  aria-invalid={errors[`sampleLinks.${i}`] ? true : undefined}
                  value={value}
                  onChange={(e) => setLinks((l) => l.map((x, j) => (j === i ? e.target.value : x)))}
                />
                {links.length > 1 ? (
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove link ${i + 1}`}
                    onClick={() => setLinks((l) => l.filter((_, j) => j !== i))}
                  >
                    <X aria-hidden="true" className="h-4 w-4" />
                  </Button>
                ) : null}
              </div>
            ))}
          </div>
          {linkError ? <p className="mt-1.5 text-sm text-danger-700">{linkError}</p> : null}
          {links.length < MAX_LINKS ? (
            <Button type="button" variant="link" size="sm" className="mt-1" onClick={() => setLinks((l) => [...l, ""])}>
              <Plus aria-hidden="true" className="h-4 w-4" /> Add another link
            </Button>
          ) : null}
        </fieldset>

        <Field
          id={id("note")}
          label={
            <>
              Anything else we should know <span className="font-normal text-ink-muted">(optional)</span>
            </>
          }
          error={errors.note}
        >
          <textarea
            {...aria("note")}
            name="note"
            rows={4}
            maxLength={2000}
            defaultValue={defaults.note}
            className="block w-full rounded-control border border-black/15 bg-surface px-3 py-2 text-base text-ink focus:border-brand-600 focus:ring-2 focus:ring-brand-600/25 focus:outline-none aria-invalid:border-danger-600"
          />
        </Field>
      </section>

      <section>
        <PayoutAccountFields
          banks={payoutOptions.banks}
          networks={payoutOptions.networks}
          unavailable={payoutOptions.unavailable}
          {...(defaults.payout ? { defaultValue: defaults.payout } : {})}
          errors={errors}
        />
      </section>

      <div className="flex flex-wrap items-center gap-3 border-t border-black/5 pt-6">
        <Button type="submit" size="lg" disabled={isPending}>
          {isPending ? "Sending…" : submitLabel}
        </Button>
        <p className="text-sm text-ink-muted">We review every application, usually within two working days.</p>
      </div>
    </form>
  );
}
