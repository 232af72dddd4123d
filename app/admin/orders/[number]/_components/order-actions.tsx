"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses, Field } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import type { TActionResult } from "@/lib/http/action-result";
import { cn } from "@/lib/cn";

type TAct<I> = (input: I) => Promise<TActionResult<unknown>>;

/**
 * A button that opens a dialog stating what will happen, asks for the reason (written to the
 * audit log and the order's timeline) and only then calls the server action.
 */
function ReasonDialog({
  trigger,
  triggerClassName,
  title,
  summary,
  reasonLabel,
  placeholder,
  confirmLabel,
  danger,
  submit,
  done,
}: {
  trigger: string;
  triggerClassName?: string;
  title: string;
  summary: ReactNode;
  reasonLabel: string;
  placeholder?: string;
  confirmLabel: string;
  danger?: boolean;
  submit: (reason: string) => Promise<TActionResult<unknown>>;
  done: string;
}) {
  const uid = useId();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get("reason") ?? "");
    startTransition(async () => {
      const r = await submit(reason);
      if (r.ok) {
        setOpen(false);
        setMessage(done);
        router.refresh();
      } else {
        setError(r.fieldErrors?.reason ? null : r.message);
        setFieldError(r.fieldErrors?.reason ?? null);
      }
    });
  }

  return (
    <>
      <Button
        size="sm"
        variant="outline"
        className={cn(danger ? "text-danger-700" : undefined, triggerClassName)}
        onClick={() => {
          setError(null);
          setFieldError(null);
          setMessage(null);
          setOpen(true);
        }}
      >
        {trigger}
      </Button>
      <span role="status" className={message ? "ml-2 text-sm font-semibold text-brand-700" : "sr-only"}>
        {message ?? ""}
      </span>
      {open ? (
        <ModalPanel open onOpenChange={(o) => (o ? null : setOpen(false))} title={title}>
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <div className="rounded-control bg-surface-muted px-3 py-2 text-sm text-ink">{summary}</div>
            <Field id={`${uid}-reason`} label={reasonLabel} error={fieldError}>
              <textarea
                id={`${uid}-reason`}
                name="reason"
                required
                rows={3}
                maxLength={500}
                placeholder={placeholder}
                className={cn(controlClasses, "h-auto py-2")}
              />
            </Field>
            {error ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
                {error}
              </p>
            ) : null}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
                Keep as is
              </Button>
              <Button type="submit" variant={danger ? "danger" : "primary"} isLoading={isPending}>
                {confirmLabel}
              </Button>
            </div>
          </form>
        </ModalPanel>
      ) : null}
    </>
  );
}

export function CancelOrderButton({
  orderNumber,
  summary,
  lines,
  cancel,
}: {
  orderNumber: string;
  summary: string;
  lines: { id: string; title: string; amount: string }[];
  cancel: TAct<{ orderNumber: string; reason: string }>;
}) {
  return (
    <ReasonDialog
      trigger="Cancel order"
      title={`Cancel ${orderNumber}`}
      danger
      summary={
        <>
          <p className="font-semibold">{summary}</p>
          <ul className="mt-2 list-disc space-y-0.5 pl-5">
            {lines.map((l) => (
              <li key={l.id}>
                {l.title} <span className="text-ink-muted">· {l.amount}</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-ink-muted">The customer is told by SMS and e-mail. This cannot be undone.</p>
        </>
      }
      reasonLabel="Reason (the customer sees it)"
      placeholder="The vendor closed the shop"
      confirmLabel="Cancel and refund"
      submit={(reason) => cancel({ orderNumber, reason })}
      done="Order cancelled."
    />
  );
}

export function MarkUnavailableButton({
  orderNumber,
  lineId,
  title,
  summary,
  markUnavailable,
}: {
  orderNumber: string;
  lineId: string;
  title: string;
  summary: string;
  markUnavailable: TAct<{ orderNumber: string; lineId: string; reason: string }>;
}) {
  return (
    <ReasonDialog
      trigger="Mark unavailable"
      triggerClassName="h-8 px-2 text-xs"
      title={`Mark “${title}” unavailable`}
      danger
      summary={
        <>
          <p className="font-semibold">{summary}</p>
          <p className="mt-2 text-ink-muted">
            The customer is told which item and what comes back. This cannot be undone.
          </p>
        </>
      }
      reasonLabel="Reason (the customer sees it)"
      placeholder="Out of stock at the supplier"
      confirmLabel="Mark unavailable and refund"
      submit={(reason) => markUnavailable({ orderNumber, lineId, reason })}
      done="Marked unavailable."
    />
  );
}

export function ResendNotificationButton({
  orderNumber,
  notificationId,
  what,
  resend,
}: {
  orderNumber: string;
  notificationId: string;
  what: string;
  resend: TAct<{ orderNumber: string; notificationId: string; reason: string }>;
}) {
  return (
    <ReasonDialog
      trigger="Resend"
      triggerClassName="h-8 px-2 text-xs"
      title="Send this notification again"
      summary={<p>{what}</p>}
      reasonLabel="Why (kept in the audit log)"
      placeholder="Customer says the SMS never arrived"
      confirmLabel="Queue it again"
      submit={(reason) => resend({ orderNumber, notificationId, reason })}
      done="Queued."
    />
  );
}

export function AddNoteForm({
  orderNumber,
  addNote,
}: {
  orderNumber: string;
  addNote: TAct<{ orderNumber: string; note: string }>;
}) {
  const uid = useId();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const note = String(new FormData(form).get("note") ?? "");
    startTransition(async () => {
      const r = await addNote({ orderNumber, note });
      if (r.ok) {
        form.reset();
        setError(null);
        setSaved(true);
        router.refresh();
      } else {
        setSaved(false);
        setError(r.fieldErrors?.note ?? r.message);
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <Field
        id={`${uid}-note`}
        label="Internal note"
        hint="Staff only; notes cannot be edited or removed."
        error={error}
      >
        <textarea
          id={`${uid}-note`}
          name="note"
          required
          rows={3}
          maxLength={2000}
          className={cn(controlClasses, "h-auto py-2")}
          placeholder="Called the customer; they will pay the balance on Friday"
        />
      </Field>
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm" isLoading={isPending}>
          Add note
        </Button>
        <span role="status" className={saved ? "text-sm text-brand-700" : "sr-only"}>
          {saved ? "Note added." : ""}
        </span>
      </div>
    </form>
  );
}
