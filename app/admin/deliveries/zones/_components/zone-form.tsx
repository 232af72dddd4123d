"use client";

import { Plus } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import { Select } from "@/components/ui/select";
import { GHANA_REGIONS } from "@/lib/addresses/schemas";
import type { TDeliveryZoneForm } from "@/lib/deliveries/schemas";
import type { TActionResult } from "@/lib/http/action-result";
import { useActionSubmit } from "./use-action-submit";

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
  const uid = useId();
  const [open, setOpen] = useState(false);
  const { isPending, error, fieldErrors, submit, reset } = useActionSubmit();

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
    submit(
      () => save(input),
      () => setOpen(false),
    );
  }
  const invalid = (k: string) => (fieldErrors[k] ? true : undefined);
  const describedBy = (k: string) => (fieldErrors[k] ? `${uid}-${k}-error` : undefined);

  return (
    <>
      {zone ? (
        <Button size="sm" variant="outline" onClick={() => (reset(), setOpen(true))}>
          Edit
        </Button>
      ) : (
        <Button size="sm" onClick={() => (reset(), setOpen(true))}>
          <Plus aria-hidden="true" className="h-4 w-4" /> New zone
        </Button>
      )}
      {open ? (
        <ModalPanel
          open
          onOpenChange={setOpen}
          title={zone ? `Edit zone ${zone.name}` : "New delivery zone"}
          description={
            zone?.usage
              ? `Used by ${zone.usage}. A new fee applies to orders placed from now on; orders already placed keep theirs.`
              : "Customers choose a zone for their address; the fee is added at checkout."
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
                  placeholder="e.g. East Legon & Airport"
                  defaultValue={zone?.name ?? ""}
                  aria-invalid={invalid("name")}
                  aria-describedby={describedBy("name")}
                />
              </Field>
              <Field
                id={`${uid}-slug`}
                label="Slug"
                error={fieldErrors.slug}
                hint={zone ? "Leave as is unless it must change" : "Made from the name when left empty"}
              >
                <Input
                  id={`${uid}-slug`}
                  name="slug"
                  maxLength={80}
                  autoCapitalize="none"
                  spellCheck={false}
                  placeholder="east-legon"
                  defaultValue={zone?.slug ?? ""}
                  aria-invalid={invalid("slug")}
                  aria-describedby={describedBy("slug")}
                />
              </Field>
              <Field id={`${uid}-region`} label="Region" error={fieldErrors.region}>
                <Select
                  id={`${uid}-region`}
                  name="region"
                  required
                  defaultValue={zone?.region ?? "Greater Accra"}
                  aria-invalid={invalid("region")}
                  aria-describedby={describedBy("region")}
                >
                  {GHANA_REGIONS.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                id={`${uid}-fee`}
                label="Delivery fee (GH₵)"
                error={fieldErrors.fee}
                hint="In cedis, e.g. 25 or 25.50"
              >
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
                    aria-invalid={invalid("fee")}
                    aria-describedby={describedBy("fee")}
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
                  aria-invalid={invalid("etaDays")}
                  aria-describedby={describedBy("etaDays")}
                />
              </Field>
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
                {zone ? "Save changes" : "Create zone"}
              </Button>
            </div>
          </form>
        </ModalPanel>
      ) : null}
    </>
  );
}
