"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { accraLocalToIso } from "@/lib/dates";
import type { TActionResult } from "@/lib/http/action-result";

type TCreate = (input: {
  code: string;
  originId: string;
  shippingMethod: "AIR" | "SEA";
  cutoffAt: string;
  arrivalWindowStart: string;
  arrivalWindowEnd: string;
  minUnits?: number;
  notes?: string;
  status: "DRAFT" | "OPEN";
}) => Promise<TActionResult<{ code: string }>>;

export function NewBatchForm({
  origins,
  create,
}: {
  origins: { id: string; name: string; code: string }[];
  create: TCreate;
}) {
  const uid = useId();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? "").trim();
    const min = get("minUnits");
    const notes = get("notes");
    startTransition(async () => {
      const r = await create({
        code: get("code"),
        originId: get("originId"),
        shippingMethod: get("shippingMethod") === "SEA" ? "SEA" : "AIR",
        cutoffAt: accraLocalToIso(get("cutoffAt")),
        arrivalWindowStart: accraLocalToIso(get("arrivalWindowStart")),
        arrivalWindowEnd: accraLocalToIso(get("arrivalWindowEnd")),
        ...(min ? { minUnits: Number(min) } : {}),
        ...(notes ? { notes } : {}),
        status: get("status") === "OPEN" ? "OPEN" : "DRAFT",
      });
      if (r.ok) router.push(`/admin/batches/${r.data.code}`);
      else {
        setError(r.message);
        setFieldErrors(r.fieldErrors ?? {});
      }
    });
  }

  const f = (k: string) => ({ id: `${uid}-${k}`, name: k, "aria-invalid": fieldErrors[k] ? true : undefined });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${uid}-code`} label="Code" hint="e.g. LDN-AIR-2612" error={fieldErrors.code}>
          <Input {...f("code")} required autoComplete="off" className="uppercase" />
        </Field>
        <Field id={`${uid}-originId`} label="Origin" error={fieldErrors.originId}>
          <Select {...f("originId")} required defaultValue={origins[0]?.id ?? ""}>
            {origins.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${uid}-shippingMethod`} label="Shipping" error={fieldErrors.shippingMethod}>
          <Select {...f("shippingMethod")} defaultValue="AIR">
            <option value="AIR">Air freight</option>
            <option value="SEA">Sea freight</option>
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${uid}-cutoffAt`} label="Cut-off (Accra time)" error={fieldErrors.cutoffAt}>
          <Input {...f("cutoffAt")} type="datetime-local" required />
        </Field>
        <Field id={`${uid}-arrivalWindowStart`} label="Arrival from" error={fieldErrors.arrivalWindowStart}>
          <Input {...f("arrivalWindowStart")} type="datetime-local" required />
        </Field>
        <Field id={`${uid}-arrivalWindowEnd`} label="Arrival to" error={fieldErrors.arrivalWindowEnd}>
          <Input {...f("arrivalWindowEnd")} type="datetime-local" required />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id={`${uid}-minUnits`}
          label="Minimum units"
          hint="Group buy: flagged at cut-off when under"
          error={fieldErrors.minUnits}
        >
          <Input {...f("minUnits")} type="number" min={1} inputMode="numeric" />
        </Field>
        <Field id={`${uid}-status`} label="Start as" error={fieldErrors.status}>
          <Select {...f("status")} defaultValue="DRAFT">
            <option value="DRAFT">Draft (open it later)</option>
            <option value="OPEN">Open for pre-orders now</option>
          </Select>
        </Field>
      </div>
      <Field id={`${uid}-notes`} label="Internal notes" error={fieldErrors.notes}>
        <textarea
          {...f("notes")}
          rows={2}
          maxLength={2000}
          className="block w-full rounded-control border border-black/15 bg-surface px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-600/25 focus:outline-none"
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" isLoading={isPending}>
          Create batch
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/admin/batches")}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
