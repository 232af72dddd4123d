"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses, Field } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import type { TActionResult } from "@/lib/http/action-result";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";

export type TCannotSource = (input: { lineId: string; reason: string }) => Promise<TActionResult<unknown>>;

/**
 * "Cannot source…": states what follows (the line ends and the customer is refunded and told),
 * asks for the reason the customer will read, and only then calls the action.
 */
export function CannotSourceDialog({
  line,
  onClose,
  onDone,
  cannotSource,
}: {
  line: {
    id: string;
    orderNumber: string;
    productTitle: string;
    variantTitle: string;
    quantity: number;
    lineTotalMinor: number;
  };
  onClose: () => void;
  onDone: (message: string) => void;
  cannotSource: TCannotSource;
}) {
  const uid = useId();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get("reason") ?? "");
    startTransition(async () => {
      const r = await cannotSource({ lineId: line.id, reason });
      if (r.ok) onDone(`${line.orderNumber}: marked unavailable; the customer is refunded.`);
      else {
        setError(r.fieldErrors?.reason ? null : r.message);
        setFieldError(r.fieldErrors?.reason ?? null);
      }
    });
  }

  return (
    <ModalPanel open onOpenChange={(o) => (o ? null : onClose())} title={`Cannot source ${line.productTitle}`}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div className="rounded-control bg-surface-muted px-3 py-2 text-sm text-ink">
          <p className="font-semibold">
            {line.orderNumber} · {line.productTitle} · {line.variantTitle} × {line.quantity}
          </p>
          <p className="mt-2">
            The item becomes <strong>unavailable</strong> and the customer is <strong>refunded</strong> for it (
            {formatMoney(line.lineTotalMinor)}, less anything the rest of their order still needs) to their original
            payment method, and told by SMS and e-mail. It counts against your reliability score. This cannot be undone.
          </p>
        </div>
        <Field id={`${uid}-reason`} label="Reason (the customer sees it)" error={fieldError}>
          <textarea
            id={`${uid}-reason`}
            name="reason"
            required
            rows={3}
            maxLength={500}
            placeholder="The supplier has run out of this size"
            className={cn(controlClasses, "h-auto py-2")}
          />
        </Field>
        {error ? (
          <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
            {error}
          </p>
        ) : null}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="ghost" onClick={onClose}>
            Keep it
          </Button>
          <Button type="submit" variant="danger" isLoading={isPending}>
            Mark unavailable and refund
          </Button>
        </div>
      </form>
    </ModalPanel>
  );
}
