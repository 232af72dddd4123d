"use client";

import { Plus } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import { Select } from "@/components/ui/select";
import { formatGhanaPhone } from "@/lib/addresses/schemas";
import type { TSavePickupPointInput } from "@/lib/deliveries/schemas";
import type { TActionResult } from "@/lib/http/action-result";
import { useActionSubmit } from "../../zones/_components/use-action-submit";

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
  const uid = useId();
  const [open, setOpen] = useState(false);
  const { isPending, error, fieldErrors, submit, reset } = useActionSubmit();

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
    submit(
      () => save(input),
      () => setOpen(false),
    );
  }
  const field = (k: string) => ({
    "aria-invalid": fieldErrors[k] ? true : undefined,
    "aria-describedby": fieldErrors[k] ? `${uid}-${k}-error` : undefined,
  });

  return (
    <>
      {point ? (
        <Button size="sm" variant="outline" onClick={() => (reset(), setOpen(true))}>
          Edit
        </Button>
      ) : (
        <Button size="sm" onClick={() => (reset(), setOpen(true))}>
          <Plus aria-hidden="true" className="h-4 w-4" /> New pickup point
        </Button>
      )}
      {open ? (
        <ModalPanel
          open
          onOpenChange={setOpen}
          title={point ? `Edit ${point.name}` : "New pickup point"}
          description={
            point?.usage
              ? `Used by ${point.usage}: customers collecting there see the new details.`
              : "Customers choose it at checkout to collect their order for free."
          }
        >
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            {error && !Object.keys(fieldErrors).length ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
                {error}
              </p>
            ) : null}
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id={`${uid}-name`} label="Name" error={fieldErrors.name}>
                <Input
                  id={`${uid}-name`}
                  name="name"
                  required
                  maxLength={80}
                  placeholder="e.g. Londom Hub, Osu"
                  defaultValue={point?.name ?? ""}
                  {...field("name")}
                />
              </Field>
              <Field
                id={`${uid}-slug`}
                label="Slug"
                error={fieldErrors.slug}
                hint={point ? "Leave as is unless it must change" : "Made from the name when left empty"}
              >
                <Input
                  id={`${uid}-slug`}
                  name="slug"
                  maxLength={80}
                  autoCapitalize="none"
                  spellCheck={false}
                  placeholder="londom-hub-osu"
                  defaultValue={point?.slug ?? ""}
                  {...field("slug")}
                />
              </Field>
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
            </div>
            {error && Object.keys(fieldErrors).length ? (
              <p role="alert" className="text-sm text-danger-700">
                {error}
              </p>
            ) : null}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" isLoading={isPending}>
                {point ? "Save changes" : "Create pickup point"}
              </Button>
            </div>
          </form>
        </ModalPanel>
      ) : null}
    </>
  );
}
