"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition, type FormEvent } from "react";
import { Button, Spinner } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import type { TBatchEvent } from "@/lib/batches/batch-transitions";
import type { TAdminBatchTransition } from "@/lib/batches/schemas";
import type { TActionResult } from "@/lib/http/action-result";

export type TTransitionPreview = {
  event: TBatchEvent;
  summary: string | null;
  refusal: string | null;
  withRefunds?: { summary: string } | null;
};

const LABEL: Record<TBatchEvent, string> = {
  OPEN: "Open for pre-orders",
  CLOSE: "Close now",
  SHIP: "Ship",
  ARRIVE: "Mark arrived",
  COMPLETE: "Complete",
  CANCEL: "Cancel batch",
};
const CONFIRM: Record<TBatchEvent, string> = {
  OPEN: "Open the batch",
  CLOSE: "Close the batch",
  SHIP: "Ship the batch",
  ARRIVE: "Mark as arrived",
  COMPLETE: "Complete the batch",
  CANCEL: "Cancel and refund",
};

/** Every transition the batch's state allows, each behind a dialog that says what it will do. */
export function BatchActions({
  batchId,
  code,
  events,
  transition,
  belowMinimum,
}: {
  batchId: string;
  code: string;
  events: TBatchEvent[];
  transition: (input: TAdminBatchTransition) => Promise<TActionResult<{ code: string }>>;
  belowMinimum: boolean;
}) {
  const [open, setOpen] = useState<TBatchEvent | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (events.length === 0) return <p className="text-sm text-ink-muted">This batch has no further steps.</p>;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {events.map((event) => (
          <Button
            key={event}
            size="sm"
            variant={event === "CANCEL" ? "outline" : event === events[0] ? "primary" : "outline"}
            className={event === "CANCEL" ? "text-danger-700" : undefined}
            onClick={() => {
              setDone(null);
              setOpen(event);
            }}
          >
            {event === "SHIP" && belowMinimum
              ? "Ship anyway"
              : event === "CANCEL" && belowMinimum
                ? "Cancel and refund everyone"
                : LABEL[event]}
          </Button>
        ))}
      </div>
      <p role="status" className={done ? "mt-3 text-sm font-semibold text-brand-700" : "sr-only"}>
        {done ?? ""}
      </p>
      {open ? (
        <ModalPanel open onOpenChange={(o) => (o ? null : setOpen(null))} title={`${LABEL[open]} · ${code}`}>
          <PreviewedTransition
            key={open}
            code={code}
            event={open}
            batchId={batchId}
            transition={transition}
            onDone={(message) => {
              setOpen(null);
              setDone(message);
            }}
            onCancel={() => setOpen(null)}
          />
        </ModalPanel>
      ) : null}
    </div>
  );
}

/** Asks the server what the transition would do (the real use case, rolled back), then the form. */
function PreviewedTransition({
  code,
  event,
  ...form
}: { code: string; event: TBatchEvent } & Omit<Parameters<typeof TransitionForm>[0], "preview">) {
  const [preview, setPreview] = useState<TTransitionPreview | { error: string } | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    fetch(`/admin/batches/${encodeURIComponent(code)}/preview?event=${event}`, { signal: ctrl.signal })
      .then(async (res) => {
        const body = (await res.json()) as TTransitionPreview | { error: { message: string } };
        setPreview("error" in body ? { error: body.error.message } : body);
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setPreview({ error: e instanceof Error ? e.message : "Could not reach the server." });
      });
    return () => ctrl.abort();
  }, [code, event]);
  if (!preview)
    return (
      <p className="flex items-center gap-2 text-sm text-ink-muted" role="status">
        <Spinner /> Working out what this will do…
      </p>
    );
  if ("error" in preview)
    return (
      <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
        {preview.error}
      </p>
    );
  return <TransitionForm preview={preview} {...form} />;
}

function TransitionForm({
  batchId,
  preview,
  transition,
  onDone,
  onCancel,
}: {
  batchId: string;
  preview: TTransitionPreview;
  transition: (input: TAdminBatchTransition) => Promise<TActionResult<{ code: string }>>;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [refundUnprocured, setRefundUnprocured] = useState(false);
  const event = preview.event;
  const blocked = preview.refusal !== null && !(event === "SHIP" && preview.withRefunds);
  const canConfirm = !blocked && (event !== "SHIP" || preview.refusal === null || refundUnprocured);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? "");
    const note = text("note") || undefined;
    const input: TAdminBatchTransition =
      event === "SHIP"
        ? { event, batchId, note, carrier: text("carrier"), trackingNumber: text("trackingNumber"), refundUnprocured }
        : event === "CANCEL"
          ? { event, batchId, note, reason: text("reason") }
          : { event, batchId, note };
    startTransition(async () => {
      const r = await transition(input);
      if (r.ok) {
        onDone(`${CONFIRM[event]}: done.`);
        router.refresh();
      } else {
        setError(r.message);
        setFieldErrors(r.fieldErrors ?? {});
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {preview.summary ? (
        <p className="rounded-control bg-surface-muted px-3 py-2 text-sm text-ink">{preview.summary}</p>
      ) : null}
      {preview.refusal ? (
        <p className="rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-700">{preview.refusal}</p>
      ) : null}
      {event === "SHIP" && preview.refusal && preview.withRefunds ? (
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 h-4 w-4"
            checked={refundUnprocured}
            onChange={(e) => setRefundUnprocured(e.target.checked)}
          />
          <span>Ship without them and refund: {preview.withRefunds.summary}</span>
        </label>
      ) : null}
      {event === "SHIP" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${uid}-carrier`} label="Carrier" error={fieldErrors.carrier}>
            <Input
              id={`${uid}-carrier`}
              name="carrier"
              required
              placeholder="DHL Global Forwarding"
              autoComplete="off"
            />
          </Field>
          <Field id={`${uid}-tracking`} label="Tracking number" error={fieldErrors.trackingNumber}>
            <Input id={`${uid}-tracking`} name="trackingNumber" required autoComplete="off" />
          </Field>
        </div>
      ) : null}
      {event === "CANCEL" ? (
        <Field id={`${uid}-reason`} label="Reason (customers see it)" error={fieldErrors.reason}>
          <Input id={`${uid}-reason`} name="reason" required placeholder="Too few pre-orders to ship" />
        </Field>
      ) : (
        <Field id={`${uid}-note`} label="Note for the timeline (optional)" error={fieldErrors.note}>
          <Input id={`${uid}-note`} name="note" autoComplete="off" />
        </Field>
      )}
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Keep as is
        </Button>
        <Button
          type="submit"
          variant={event === "CANCEL" ? "danger" : "primary"}
          disabled={!canConfirm}
          isLoading={isPending}
        >
          {CONFIRM[event]}
        </Button>
      </div>
    </form>
  );
}
