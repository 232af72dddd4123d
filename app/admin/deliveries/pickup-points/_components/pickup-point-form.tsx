"use client";

import type { FormEvent } from "react";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { formatGhanaPhone } from "@/lib/addresses/schemas";
import type { TSavePickupPointInput } from "@/lib/deliveries/schemas";
import type { TActionResult } from "@/lib/http/action-result";
import { NameSlugFields, RecordFormDialog, useRecordForm } from "../../_components/record-form-dialog";

export type TPickupPointFormValues = {
  id: string;
  slug: string;
  name: string;
  address: string;
  city: string;
  phone: string;
  openingHours: string;
  zoneId: string | null;
  usage: string;
};

/** "New pickup point" (no point) or "Edit" (a point): the form in a dialog, with field errors. */
export function PickupPointFormDialog({
  point,
  zones,
  save,
}: {
  point?: TPickupPointFormValues;
  zones: { id: string; name: string; isActive: boolean }[];
  save: (input: TSavePickupPointInput) => Promise<TActionResult<unknown>>;
}) {
  const form = useRecordForm();
  const { uid, fieldErrors, field } = form;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "");
    const input: TSavePickupPointInput = {
      ...(point ? { id: point.id } : {}),
      name: text("name"),
      slug: text("slug"),
      address: text("address"),
      city: text("city"),
      phone: text("phone"),
      openingHours: text("openingHours"),
      zoneId: text("zoneId") || null,
    };
    form.submit(
      () => save(input),
      () => form.setOpen(false),
    );
  }

  return (
    <RecordFormDialog
      isEdit={Boolean(point)}
      newLabel="New pickup point"
      title={point ? `Edit ${point.name}` : "New pickup point"}
      description={
        point?.usage
          ? `Used by ${point.usage}: customers collecting there see the new details.`
          : "Customers choose it at checkout to collect their order for free."
      }
      submitLabel={point ? "Save changes" : "Create pickup point"}
      form={form}
      onSubmit={onSubmit}
    >
      <NameSlugFields
        form={form}
        isEdit={Boolean(point)}
        name={point?.name ?? ""}
        slug={point?.slug ?? ""}
        namePlaceholder="e.g. Londom Hub, Osu"
        slugPlaceholder="londom-hub-osu"
      />
      <div className="sm:col-span-2">
        <Field id={`${uid}-address`} label="Address" error={fieldErrors.address}>
          <Input
            id={`${uid}-address`}
            name="address"
            required
            maxLength={300}
            placeholder="Street, number and a landmark"
            defaultValue={point?.address ?? ""}
            {...field("address")}
          />
        </Field>
      </div>
      <Field id={`${uid}-city`} label="City or town" error={fieldErrors.city}>
        <Input
          id={`${uid}-city`}
          name="city"
          required
          maxLength={80}
          defaultValue={point?.city ?? "Accra"}
          {...field("city")}
        />
      </Field>
      <Field id={`${uid}-phone`} label="Phone" error={fieldErrors.phone}>
        <Input
          id={`${uid}-phone`}
          name="phone"
          type="tel"
          required
          autoComplete="off"
          placeholder="024 123 4567"
          defaultValue={point ? formatGhanaPhone(point.phone) : ""}
          {...field("phone")}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field id={`${uid}-hours`} label="Opening hours" error={fieldErrors.openingHours}>
          <Input
            id={`${uid}-hours`}
            name="openingHours"
            required
            maxLength={200}
            placeholder="Mon–Sat 9:00–18:00"
            defaultValue={point?.openingHours ?? ""}
            {...field("openingHours")}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field
          id={`${uid}-zone`}
          label="Zone"
          error={fieldErrors.zoneId}
          hint="The delivery zone it sits in, for “pickup near you”"
        >
          <Select id={`${uid}-zone`} name="zoneId" defaultValue={point?.zoneId ?? ""} {...field("zoneId")}>
            <option value="">No zone</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
                {z.isActive ? "" : " (inactive)"}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </RecordFormDialog>
  );
}
