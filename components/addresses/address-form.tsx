"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import {
  GHANA_REGIONS,
  ZAddressInput,
  formatGhanaPhone,
  zonePlausibilityWarning,
  type TAddressFormValues,
} from "@/lib/addresses/schemas";
import type { TAddress, TDeliveryZone } from "@/lib/addresses/types";
import type { TActionResult } from "@/lib/http/action-result";
import { formatMoney } from "@/lib/money";

type TAddressFormProps = {
  zones: TDeliveryZone[];
  /** Editing an existing address; creating a new one when absent. */
  address?: TAddress;
  submitLabel?: string;
  /** Persists the values (the caller's server action: create, or update of `address`). */
  save: (values: TAddressFormValues) => Promise<TActionResult<TAddress>>;
  onSaved: (address: TAddress) => void;
  onCancel?: () => void;
  /** Show the "default address" checkbox (hidden for a first address, which is default anyway). */
  canChooseDefault?: boolean;
};

type TFieldErrors = Partial<Record<keyof TAddressFormValues | "form", string>>;

function initialValues(a?: TAddress): TAddressFormValues {
  return {
    label: a?.label ?? "",
    recipientName: a?.recipientName ?? "",
    phone: a ? formatGhanaPhone(a.phone) : "",
    line1: a?.line1 ?? "",
    area: a?.area ?? "",
    city: a?.city ?? "",
    region: (a?.region ?? "Greater Accra") as TAddressFormValues["region"],
    landmark: a?.landmark ?? "",
    gpsAddress: a?.gpsAddress ?? "",
    zoneId: a?.zone?.id ?? "",
    isDefault: a?.isDefault ?? false,
  };
}

/** A Ghana delivery address: validated here for quick feedback, and again on the server. */
export function AddressForm({
  zones,
  address,
  submitLabel = "Save address",
  save,
  onSaved,
  onCancel,
  canChooseDefault = true,
}: TAddressFormProps) {
  const uid = useId();
  const [values, setValues] = useState<TAddressFormValues>(() => initialValues(address));
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [isPending, startTransition] = useTransition();
  const byRegion = groupZones(zones);
  const zoneWarning = zonePlausibilityWarning(values, values.zoneId, zones);

  function set<K extends keyof TAddressFormValues>(key: K, value: TAddressFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation(); // React submit events bubble to any enclosing form's handler
    const parsed = ZAddressInput.safeParse(values);
    if (!parsed.success) {
      const next: TFieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as keyof TFieldErrors;
        next[key] ??= issue.message;
      }
      setErrors(next);
      document.getElementById(`${uid}-${Object.keys(next)[0]}`)?.focus();
      return;
    }
    startTransition(async () => {
      const result = await save(values);
      if (result.ok) onSaved(result.data);
      else setErrors({ ...(result.fieldErrors ?? {}), form: result.message });
    });
  }

  const field = (key: keyof TAddressFormValues) => ({
    id: `${uid}-${key}`,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${uid}-${key}-error` : undefined,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={address ? "Edit address" : "New address"}>
      {errors.form ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {errors.form}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${uid}-recipientName`} label="Recipient's name" error={errors.recipientName}>
          <Input
            {...field("recipientName")}
            autoComplete="name"
            value={values.recipientName}
            onChange={(e) => set("recipientName", e.target.value)}
          />
        </Field>
        <Field id={`${uid}-phone`} label="Phone number" hint="The rider calls this number" error={errors.phone}>
          <Input
            {...field("phone")}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            placeholder="024 123 4567"
            value={values.phone}
            onChange={(e) => set("phone", e.target.value)}
          />
        </Field>
      </div>
      <Field id={`${uid}-line1`} label="House number and street" error={errors.line1}>
        <Input
          {...field("line1")}
          autoComplete="address-line1"
          value={values.line1}
          onChange={(e) => set("line1", e.target.value)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${uid}-area`} label="Area or neighbourhood" error={errors.area}>
          <Input
            {...field("area")}
            autoComplete="address-level3"
            placeholder="e.g. East Legon"
            value={values.area}
            onChange={(e) => set("area", e.target.value)}
          />
        </Field>
        <Field id={`${uid}-city`} label="Town or city" error={errors.city}>
          <Input
            {...field("city")}
            autoComplete="address-level2"
            value={values.city}
            onChange={(e) => set("city", e.target.value)}
          />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${uid}-region`} label="Region" error={errors.region}>
          <Select
            {...field("region")}
            autoComplete="address-level1"
            value={values.region}
            onChange={(e) => set("region", e.target.value as TAddressFormValues["region"])}
          >
            {GHANA_REGIONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${uid}-zoneId`} label="Delivery zone" hint="Sets the delivery fee" error={errors.zoneId}>
          <Select {...field("zoneId")} value={values.zoneId} onChange={(e) => set("zoneId", e.target.value)}>
            <option value="">Choose a zone…</option>
            {byRegion.map(([region, list]) => (
              <optgroup key={region} label={region}>
                {list.map((z) => (
                  <option key={z.id} value={z.id}>
                    {z.name} — {z.feeMinor === 0 ? "free" : formatMoney(z.feeMinor)}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
      </div>
      {zoneWarning && !errors.zoneId ? (
        <p
          role="status"
          data-testid="zone-warning"
          className="rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-700"
        >
          {zoneWarning}
        </p>
      ) : null}
      <Field
        id={`${uid}-landmark`}
        label={
          <>
            Landmark <Optional />
          </>
        }
        hint="A well-known place nearby helps the rider find you"
        error={errors.landmark}
      >
        <Input
          {...field("landmark")}
          placeholder="e.g. behind the Shell filling station"
          value={values.landmark ?? ""}
          onChange={(e) => set("landmark", e.target.value)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${uid}-gpsAddress`}
          label={
            <>
              GhanaPost GPS <Optional />
            </>
          }
          error={errors.gpsAddress}
        >
          <Input
            {...field("gpsAddress")}
            autoCapitalize="characters"
            placeholder="GA-183-8164"
            value={values.gpsAddress ?? ""}
            onChange={(e) => set("gpsAddress", e.target.value)}
          />
        </Field>
        <Field
          id={`${uid}-label`}
          label={
            <>
              Label <Optional />
            </>
          }
          error={errors.label}
        >
          <Input
            {...field("label")}
            placeholder="Home, Work…"
            value={values.label ?? ""}
            onChange={(e) => set("label", e.target.value)}
          />
        </Field>
      </div>
      {canChooseDefault && !address?.isDefault ? (
        <label className="flex items-center gap-3 text-sm text-ink">
          <input
            type="checkbox"
            className="h-5 w-5 rounded border-black/20 accent-brand-600"
            checked={values.isDefault ?? false}
            onChange={(e) => set("isDefault", e.target.checked)}
          />
          Make this my default address
        </label>
      ) : null}
      <div className="flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel} disabled={isPending}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" isLoading={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function Optional() {
  return <span className="font-normal text-ink-subtle">(optional)</span>;
}

function groupZones(zones: TDeliveryZone[]): [string, TDeliveryZone[]][] {
  const map = new Map<string, TDeliveryZone[]>();
  for (const z of zones) map.set(z.region, [...(map.get(z.region) ?? []), z]);
  return [...map.entries()];
}
