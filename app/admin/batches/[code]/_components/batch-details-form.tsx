"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { accraLocalToIso, isoToAccraLocal } from "@/lib/dates";
import type { TActionResult } from "@/lib/http/action-result";

export type TBatchDetailsValues = {
  batchId: string;
  code: string;
  cutoffAt: string;
  arrivalWindowStart: string;
  arrivalWindowEnd: string;
  minUnits: number | null;
  notes: string | null;
};
type TSave = (input: {
  batchId: string;
  code: string;
  cutoffAt?: string;
  arrivalWindowStart?: string;
  arrivalWindowEnd?: string;
  minUnits?: number | null;
  notes?: string | null;
}) => Promise<TActionResult<{ customersNotified: number }>>;

/** The batch's editable details; what may change depends on the state (the server decides). */
export function BatchDetailsForm({
  values,
  canEditCutoff,
  canEditWindow,
  paidOrders,
  save,
}: {
  values: TBatchDetailsValues;
  canEditCutoff: boolean;
  canEditWindow: boolean;
  paidOrders: number;
  save: TSave;
}) {
  const uid = useId();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? "");
    const iso = (k: string) => accraLocalToIso(get(k)) || undefined;
    const min = get("minUnits");
    startTransition(async () => {
      const r = await save({
        batchId: values.batchId,
        code: values.code,
        ...(canEditCutoff ? { cutoffAt: iso("cutoffAt"), minUnits: min ? Number(min) : null } : {}),
        ...(canEditWindow
          ? { arrivalWindowStart: iso("arrivalWindowStart"), arrivalWindowEnd: iso("arrivalWindowEnd") }
          : {}),
        notes: get("notes") || null,
      });
      if (r.ok) {
        setFieldErrors({});
        setMessage({
          ok: true,
          text: r.data.customersNotified
            ? `Saved. ${r.data.customersNotified} customer(s) will be told the new arrival window.`
            : "Saved.",
        });
        router.refresh();
      } else {
        setFieldErrors(r.fieldErrors ?? {});
        setMessage({ ok: false, text: r.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-1">
        <Field
          id={`${uid}-cutoff`}
          label="Cut-off (Accra time)"
          error={fieldErrors.cutoffAt}
          hint={canEditCutoff ? undefined : "Fixed once the batch has closed"}
        >
          <Input
            id={`${uid}-cutoff`}
            name="cutoffAt"
            type="datetime-local"
            defaultValue={isoToAccraLocal(values.cutoffAt)}
            disabled={!canEditCutoff}
            required
          />
        </Field>
        <Field
          id={`${uid}-min`}
          label="Minimum units (group buy)"
          error={fieldErrors.minUnits}
          hint="Leave empty for no minimum"
        >
          <Input
            id={`${uid}-min`}
            name="minUnits"
            type="number"
            min={1}
            inputMode="numeric"
            defaultValue={values.minUnits ?? ""}
            disabled={!canEditCutoff}
          />
        </Field>
        <Field id={`${uid}-start`} label="Arrival window from" error={fieldErrors.arrivalWindowStart}>
          <Input
            id={`${uid}-start`}
            name="arrivalWindowStart"
            type="datetime-local"
            defaultValue={isoToAccraLocal(values.arrivalWindowStart)}
            disabled={!canEditWindow}
            required
          />
        </Field>
        <Field
          id={`${uid}-end`}
          label="Arrival window to"
          error={fieldErrors.arrivalWindowEnd}
          hint={canEditWindow && paidOrders > 0 ? `Changing the window tells ${paidOrders} customer(s)` : undefined}
        >
          <Input
            id={`${uid}-end`}
            name="arrivalWindowEnd"
            type="datetime-local"
            defaultValue={isoToAccraLocal(values.arrivalWindowEnd)}
            disabled={!canEditWindow}
            required
          />
        </Field>
      </div>
      <Field id={`${uid}-notes`} label="Internal notes" error={fieldErrors.notes}>
        <textarea
          id={`${uid}-notes`}
          name="notes"
          rows={2}
          maxLength={2000}
          defaultValue={values.notes ?? ""}
          className="block w-full rounded-control border border-black/15 bg-surface px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-600/25 focus:outline-none"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" isLoading={isPending}>
          Save details
        </Button>
        <p
          role="status"
          className={message ? (message.ok ? "text-sm text-brand-700" : "text-sm text-danger-700") : "sr-only"}
        >
          {message?.text ?? ""}
        </p>
      </div>
    </form>
  );
}
