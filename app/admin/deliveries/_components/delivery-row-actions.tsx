"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import { Select } from "@/components/ui/select";
import { DELIVERY_TIME_SLOTS } from "@/lib/deliveries/delivery-transitions";
import type { DeliveryTimeSlot } from "@/lib/generated/prisma/enums";
import type { TActionResult } from "@/lib/http/action-result";

export type TScheduleForm = { deliveryId: string; date: string; timeSlot: DeliveryTimeSlot; riderId: string };
export type TReturnForm = { deliveryId: string; note: string };
export type TResetForm = { deliveryId: string; note?: string };

export type TDeliveryRowActionsProps = {
  delivery: {
    id: string;
    orderNumber: string;
    canSchedule: boolean;
    isScheduled: boolean;
    canReturn: boolean;
    isCodeLocked: boolean;
    scheduledDate: string | null;
    timeSlot: DeliveryTimeSlot | null;
    riderId: string | null;
  };
  riders: { id: string; name: string }[];
  /** Today in Accra (yyyy-mm-dd): the earliest day the date picker offers. */
  today: string;
  schedule: (input: TScheduleForm) => Promise<TActionResult<unknown>>;
  markReturned: (input: TReturnForm) => Promise<TActionResult<unknown>>;
  resetCodeLock: (input: TResetForm) => Promise<TActionResult<unknown>>;
};

type TOpen = "schedule" | "return" | "reset" | null;

/** The row's buttons (what the lifecycle allows now), each behind a dialog that confirms it. */
export function DeliveryRowActions({
  delivery,
  riders,
  today,
  schedule,
  markReturned,
  resetCodeLock,
}: TDeliveryRowActionsProps) {
  const [open, setOpen] = useState<TOpen>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!delivery.canSchedule && !delivery.canReturn && !delivery.isCodeLocked) return null;
  const close = () => setOpen(null);
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  const title =
    open === "schedule"
      ? `${delivery.isScheduled ? "Reschedule" : "Schedule"} · ${delivery.orderNumber}`
      : open === "return"
        ? `Mark returned · ${delivery.orderNumber}`
        : `Reset code lock · ${delivery.orderNumber}`;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {delivery.canSchedule ? (
          <Button
            size="sm"
            variant={delivery.isScheduled ? "outline" : "primary"}
            onClick={() => {
              setDone(null);
              setOpen("schedule");
            }}
          >
            {delivery.isScheduled ? "Reschedule" : "Schedule"}
          </Button>
        ) : null}
        {delivery.canReturn ? (
          <Button
            size="sm"
            variant="outline"
            className="text-danger-700"
            onClick={() => {
              setDone(null);
              setOpen("return");
            }}
          >
            Mark returned
          </Button>
        ) : null}
        {delivery.isCodeLocked ? (
          <Button
            size="sm"
            variant="outline"
            onClick={() => {
              setDone(null);
              setOpen("reset");
            }}
          >
            Reset code lock
          </Button>
        ) : null}
      </div>
      <p role="status" className={done ? "mt-2 text-sm font-semibold text-brand-700" : "sr-only"}>
        {done ?? ""}
      </p>
      {open ? (
        <ModalPanel open onOpenChange={(o) => (o ? null : close())} title={title}>
          {open === "schedule" ? (
            <ScheduleForm
              delivery={delivery}
              riders={riders}
              today={today}
              schedule={schedule}
              onDone={() => finish(delivery.isScheduled ? "Rescheduled." : "Scheduled.")}
              onCancel={close}
            />
          ) : (
            <ConfirmForm
              kind={open}
              deliveryId={delivery.id}
              markReturned={markReturned}
              resetCodeLock={resetCodeLock}
              onDone={() => finish(open === "return" ? "Marked returned." : "Code lock reset.")}
              onCancel={close}
            />
          )}
        </ModalPanel>
      ) : null}
    </div>
  );
}

function useSubmit() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  function submit(run: () => Promise<TActionResult<unknown>>, onDone: () => void) {
    startTransition(async () => {
      const r = await run();
      if (r.ok) {
        onDone();
        router.refresh();
      } else {
        setError(r.message);
        setFieldErrors(r.fieldErrors ?? {});
      }
    });
  }
  return { isPending, error, fieldErrors, submit };
}

function ScheduleForm({
  delivery,
  riders,
  today,
  schedule,
  onDone,
  onCancel,
}: Pick<TDeliveryRowActionsProps, "delivery" | "riders" | "today" | "schedule"> & {
  onDone: () => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const { isPending, error, fieldErrors, submit } = useSubmit();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? "");
    const input = {
      deliveryId: delivery.id,
      date: text("date"),
      timeSlot: text("timeSlot") as DeliveryTimeSlot,
      riderId: text("riderId"),
    };
    submit(() => schedule(input), onDone);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${uid}-date`} label="Day" error={fieldErrors.date}>
          <Input
            id={`${uid}-date`}
            name="date"
            type="date"
            required
            min={today}
            defaultValue={delivery.scheduledDate ?? ""}
            aria-invalid={fieldErrors.date ? true : undefined}
          />
        </Field>
        <Field id={`${uid}-slot`} label="Time slot" error={fieldErrors.timeSlot}>
          <Select
            id={`${uid}-slot`}
            name="timeSlot"
            required
            defaultValue={delivery.timeSlot ?? ""}
            aria-invalid={fieldErrors.timeSlot ? true : undefined}
          >
            <option value="">Choose a slot</option>
            {(Object.keys(DELIVERY_TIME_SLOTS) as DeliveryTimeSlot[]).map((s) => (
              <option key={s} value={s}>
                {DELIVERY_TIME_SLOTS[s].label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={`${uid}-rider`} label="Rider" error={fieldErrors.riderId}>
        <Select
          id={`${uid}-rider`}
          name="riderId"
          required
          defaultValue={delivery.riderId ?? ""}
          aria-invalid={fieldErrors.riderId ? true : undefined}
        >
          <option value="">Choose a rider</option>
          {riders.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <p className="text-sm text-ink-muted">The customer is told the day and slot.</p>
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Keep as is
        </Button>
        <Button type="submit" isLoading={isPending}>
          {delivery.isScheduled ? "Reschedule" : "Schedule"}
        </Button>
      </div>
    </form>
  );
}

function ConfirmForm({
  kind,
  deliveryId,
  markReturned,
  resetCodeLock,
  onDone,
  onCancel,
}: {
  kind: "return" | "reset";
  deliveryId: string;
  markReturned: TDeliveryRowActionsProps["markReturned"];
  resetCodeLock: TDeliveryRowActionsProps["resetCodeLock"];
  onDone: () => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const { isPending, error, fieldErrors, submit } = useSubmit();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const note = String(new FormData(e.currentTarget).get("note") ?? "");
    submit(
      () =>
        kind === "return" ? markReturned({ deliveryId, note }) : resetCodeLock({ deliveryId, note: note || undefined }),
      onDone,
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="rounded-control bg-surface-muted px-3 py-2 text-sm text-ink">
        {kind === "return"
          ? "No more delivery attempts: the parcel stays with us and the customer is told why. Refunds are decided separately."
          : "Clears the wrong-code count so the customer's code is accepted again. Check who is at the door first."}
      </p>
      <Field
        id={`${uid}-note`}
        label={kind === "return" ? "Why it goes back (the customer is told)" : "Note for the timeline (optional)"}
        error={fieldErrors.note}
      >
        <Input
          id={`${uid}-note`}
          name="note"
          required={kind === "return"}
          autoComplete="off"
          aria-invalid={fieldErrors.note ? true : undefined}
        />
      </Field>
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Keep as is
        </Button>
        <Button type="submit" variant={kind === "return" ? "danger" : "primary"} isLoading={isPending}>
          {kind === "return" ? "Mark returned" : "Reset the lock"}
        </Button>
      </div>
    </form>
  );
}
