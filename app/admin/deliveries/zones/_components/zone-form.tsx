"use client";

import type { FormEvent } from "react";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { GHANA_REGIONS } from "@/lib/addresses/schemas";
import type { TDeliveryZoneForm } from "@/lib/deliveries/schemas";
import type { TActionResult } from "@/lib/http/action-result";
import { NameSlugFields, RecordFormDialog, useRecordForm } from "../../_components/record-form-dialog";

export type TZoneFormValues = {
  id: string;
  slug: string;
  name: string;
  region: string;
  feeMinor: number;
  etaDays: number;
  usage: string;
};

/** "New zone" (no zone) or "Edit" (a zone): the form in a dialog, with the server's field errors. */
export function ZoneFormDialog({
  zone,
  save,
}: {
  zone?: TZoneFormValues;
  save: (input: TDeliveryZoneForm) => Promise<TActionResult<unknown>>;
}) {
  const form = useRecordForm();
  const { uid, fieldErrors, field } = form;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "");
    const input: TDeliveryZoneForm = {
      ...(zone ? { id: zone.id } : {}),
      name: text("name"),
      slug: text("slug"),
      region: text("region") as TDeliveryZoneForm["region"],
      fee: text("fee"),
      etaDays: text("etaDays"),
    };
    form.submit(
      () => save(input),
      () => form.setOpen(false),
    );
  }

  return (
    <RecordFormDialog
      isEdit={Boolean(zone)}
      newLabel="New zone"
      title={zone ? `Edit zone ${zone.name}` : "New delivery zone"}
      description={
        zone?.usage
          ? `Used by ${zone.usage}. A new fee applies to orders placed from now on; orders already placed keep theirs.`
          : "Customers choose a zone for their address; the fee is added at checkout."
      }
      submitLabel={zone ? "Save changes" : "Create zone"}
      form={form}
      onSubmit={onSubmit}
    >
      <NameSlugFields
        form={form}
        isEdit={Boolean(zone)}
        name={zone?.name ?? ""}
        slug={zone?.slug ?? ""}
        namePlaceholder="e.g. East Legon & Airport"
        slugPlaceholder="east-legon"
      />
      <Field id={`${uid}-region`} label="Region" error={fieldErrors.region}>
        <Select
          id={`${uid}-region`}
          name="region"
          required
          defaultValue={zone?.region ?? "Greater Accra"}
          {...field("region")}
        >
          {GHANA_REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${uid}-fee`} label="Delivery fee (GH₵)" error={fieldErrors.fee} hint="In cedis, e.g. 25 or 25.50">
        <div className="relative">
          <span
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-sm text-ink-muted"
          >
            GH₵
          </span>
          <Input
            id={`${uid}-fee`}
            name="fee"
            required
            inputMode="decimal"
            placeholder="25.00"
            className="pl-12 tabular-nums"
            defaultValue={zone ? (zone.feeMinor / 100).toFixed(2) : ""}
            {...field("fee")}
          />
        </div>
      </Field>
      <Field
        id={`${uid}-eta`}
        label="Delivery time (days)"
        error={fieldErrors.etaDays}
        hint="Days from ready to the door"
      >
        <Input
          id={`${uid}-eta`}
          name="etaDays"
          required
          type="number"
          min={0}
          max={60}
          inputMode="numeric"
          defaultValue={zone?.etaDays ?? 2}
          {...field("etaDays")}
        />
      </Field>
    </RecordFormDialog>
  );
}
