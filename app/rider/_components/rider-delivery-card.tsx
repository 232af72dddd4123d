"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Lock, MapPin, Phone } from "lucide-react";
import { Button, buttonClasses } from "@/components/ui/button";
import { controlClasses, Field, Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/dates";
import { DELIVERY_FAILURE_REASONS, MAX_DELIVERY_CODE_ATTEMPTS } from "@/lib/deliveries/delivery-transitions";
import type { DeliveryFailureReason } from "@/lib/generated/prisma/enums";
import type { TActionResult } from "@/lib/http/action-result";
import { formatMoney } from "@/lib/money";
import { DeliveryStatusBadge } from "@/app/admin/deliveries/_components/delivery-status-badge";
import type { TRiderDelivery } from "@/lib/deliveries/list-rider-deliveries";

type TResult = Promise<TActionResult<unknown>>;

export type TRiderDeliveryCardProps = {
  delivery: TRiderDelivery;
  /** Today (yyyy-mm-dd, Accra). */
  today: string;
  /** An ops admin may also return a failed delivery to the hub (riders bring it back; ops decide). */
  canReturn: boolean;
  dispatch: (input: { deliveryId: string }) => TResult;
  deliver: (input: { deliveryId: string; code: string }) => TResult;
  fail: (input: { deliveryId: string; reason: DeliveryFailureReason; note?: string }) => TResult;
  markReturned: (input: { deliveryId: string; note: string }) => TResult;
};

type TPanel = "deliver" | "fail" | "return" | null;

const REASONS: { value: DeliveryFailureReason; label: string }[] = [
  { value: "NOT_HOME", label: "Not home" },
  { value: "REFUSED", label: "Refused" },
  { value: "WRONG_ADDRESS", label: "Wrong address" },
  { value: "OTHER", label: "Other" },
];

/** One delivery as the rider sees it at the door, with the next steps the lifecycle allows. */
export function RiderDeliveryCard({
  delivery: d,
  today,
  canReturn,
  dispatch,
  deliver,
  fail,
  markReturned,
}: TRiderDeliveryCardProps) {
  const router = useRouter();
  const uid = useId();
  const [openPanel, setPanel] = useState<TPanel>(null);
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [reason, setReason] = useState<DeliveryFailureReason | null>(null);

  function run(call: () => TResult, success: string) {
    setError(null);
    setFieldErrors({});
    setDone(null);
    startTransition(async () => {
      const r = await call();
      if (r.ok) {
        setPanel(null);
        setDone(success);
        router.refresh();
      } else {
        setError(r.message);
        setFieldErrors(r.fieldErrors ?? {});
        if (r.code === "BAD_REQUEST" || r.code === "INVALID_STATE") router.refresh(); // tries left, lock
      }
    });
  }

  const open = (p: TPanel) => {
    setError(null);
    setFieldErrors({});
    setDone(null);
    setPanel(p);
  };

  const canDispatch = d.events.includes("DISPATCH");
  const isOut = d.status === "OUT_FOR_DELIVERY";
  const canDeliver = d.events.includes("DELIVER");
  const canFail = d.events.includes("FAIL");
  const showReturn = canReturn && d.events.includes("RETURN");
  const isOverdue = d.status === "SCHEDULED" && d.scheduledDate !== null && d.scheduledDate < today;
  const isPickup = d.method === "PICKUP";
  // A panel whose step the lifecycle no longer allows (the code just locked, it moved on) closes.
  const panel: TPanel =
    (openPanel === "deliver" && !canDeliver) ||
    (openPanel === "fail" && !canFail) ||
    (openPanel === "return" && !showReturn)
      ? null
      : openPanel;

  return (
    <article
      aria-label={`Delivery ${d.orderNumber}`}
      className="rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5"
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-bold text-ink">{d.orderNumber}</h3>
        <span className="flex items-center gap-1.5">
          {d.isCodeLocked ? <Lock aria-label="Code locked" className="h-4 w-4 text-danger-700" /> : null}
          <DeliveryStatusBadge status={d.status} />
        </span>
      </header>
      <p className="mt-0.5 text-sm text-ink-muted">
        {d.slotLabel ?? "No slot"}
        {isOverdue && d.scheduledDate ? (
          <span className="font-semibold text-danger-700">
            {" "}
            · was due {formatDate(`${d.scheduledDate}T12:00:00.000Z`, "EEE d MMM")}
          </span>
        ) : null}
        {d.attempts > 1 ? ` · attempt ${d.attempts}` : null}
      </p>

      <div className="mt-3 space-y-1 text-base">
        <p className="font-semibold text-ink">{d.recipientName}</p>
        {isPickup ? <p className="text-sm font-medium text-brand-800">Take to pickup point: {d.place.title}</p> : null}
        <address className="text-sm leading-relaxed text-ink not-italic">
          {d.place.lines.map((l) => (
            <span key={l} className="block">
              {l}
            </span>
          ))}
          {d.place.landmark ? <span className="block text-ink-muted">Landmark: {d.place.landmark}</span> : null}
          {d.place.gpsAddress ? <span className="block text-ink-muted">GPS: {d.place.gpsAddress}</span> : null}
          {d.place.openingHours ? <span className="block text-ink-muted">Open {d.place.openingHours}</span> : null}
        </address>
      </div>

      <div className="mt-3 grid grid-cols-2 gap-2">
        <a
          href={`tel:${d.phone.replace(/[^+0-9]/g, "")}`}
          className={buttonClasses({ variant: "outline", size: "lg", className: "w-full px-3" })}
        >
          <Phone aria-hidden="true" className="h-5 w-5" />
          <span className="truncate">{d.phone}</span>
        </a>
        {d.place.mapsUrl ? (
          <a
            href={d.place.mapsUrl}
            target="_blank"
            rel="noopener noreferrer"
            className={buttonClasses({ variant: "outline", size: "lg", className: "w-full px-3" })}
          >
            <MapPin aria-hidden="true" className="h-5 w-5" />
            Map
          </a>
        ) : (
          <span className="grid place-items-center text-sm text-ink-muted">No address to map</span>
        )}
      </div>

      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-ink-muted">Items</dt>
          <dd className="font-semibold text-ink">{d.itemCount}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-ink-muted">To collect</dt>
          <dd className={cn("font-semibold", d.amountToCollectMinor > 0 ? "text-danger-700" : "text-brand-700")}>
            {d.amountToCollectMinor > 0 ? formatMoney(d.amountToCollectMinor) : "Paid"}
          </dd>
        </div>
        {d.closedAt ? (
          <div className="flex gap-1.5">
            <dt className="text-ink-muted">
              {d.status === "DELIVERED" ? "Delivered" : d.status === "FAILED" ? "Failed" : "Returned"}
            </dt>
            <dd className="font-semibold text-ink">{formatDate(d.closedAt, "HH:mm")}</dd>
          </div>
        ) : null}
      </dl>

      {d.failureReason ? (
        <p className="mt-2 text-sm text-danger-700">
          {DELIVERY_FAILURE_REASONS[d.failureReason]}
          {d.failureNote ? `: ${d.failureNote}` : ""}
        </p>
      ) : null}
      {d.status === "FAILED" ? (
        <p className="mt-2 rounded-control bg-surface-muted px-3 py-2 text-sm text-ink">
          Bring the parcel back to the hub: operations will reschedule it or return it.
        </p>
      ) : null}
      {isOut && d.isCodeLocked ? (
        <p role="note" className="mt-3 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Locked after {MAX_DELIVERY_CODE_ATTEMPTS} wrong codes: an admin must reset it before it can be marked
          delivered. Call operations.
        </p>
      ) : null}

      {panel === null && (canDispatch || canDeliver || canFail || showReturn) ? (
        <div className="mt-4 grid gap-2 sm:grid-cols-2">
          {canDispatch ? (
            <Button
              size="lg"
              className="w-full sm:col-span-2"
              isLoading={isPending}
              onClick={() =>
                run(() => dispatch({ deliveryId: d.id }), "Out for delivery: the customer has their code.")
              }
            >
              Out for delivery
            </Button>
          ) : null}
          {canDeliver ? (
            <Button size="lg" className="w-full" onClick={() => open("deliver")}>
              Delivered
            </Button>
          ) : null}
          {canFail ? (
            <Button
              size="lg"
              variant="outline"
              className={cn("w-full text-danger-700", !canDeliver && "sm:col-span-2")}
              onClick={() => open("fail")}
            >
              Failed
            </Button>
          ) : null}
          {showReturn ? (
            <Button size="lg" variant="outline" className="w-full sm:col-span-2" onClick={() => open("return")}>
              Returned to hub
            </Button>
          ) : null}
        </div>
      ) : null}

      {panel === "deliver" ? (
        <Panel
          onSubmit={(e) => {
            e.preventDefault();
            const code = String(new FormData(e.currentTarget).get("code") ?? "").replace(/\s/g, "");
            run(() => deliver({ deliveryId: d.id, code }), "Delivered. Thank you!");
          }}
          submitLabel="Confirm delivered"
          isPending={isPending}
          onCancel={() => open(null)}
          error={error}
        >
          <Field
            id={`${uid}-code`}
            label="Customer's 6-digit delivery code"
            hint={`${d.codeTriesLeft} ${d.codeTriesLeft === 1 ? "try" : "tries"} left`}
            error={fieldErrors.code}
          >
            <Input
              id={`${uid}-code`}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              autoFocus
              className="h-14 text-center font-mono text-2xl tracking-[0.4em]"
              aria-invalid={fieldErrors.code ? true : undefined}
            />
          </Field>
        </Panel>
      ) : null}

      {panel === "fail" ? (
        <Panel
          onSubmit={(e) => {
            e.preventDefault();
            const note = String(new FormData(e.currentTarget).get("note") ?? "").trim();
            if (!reason) {
              setFieldErrors({ reason: "Choose why the delivery failed" });
              return;
            }
            run(
              () => fail({ deliveryId: d.id, reason, ...(note ? { note } : {}) }),
              "Marked failed: bring it back to the hub.",
            );
          }}
          submitLabel="Mark failed"
          submitVariant="danger"
          isPending={isPending}
          onCancel={() => open(null)}
          error={error}
        >
          <fieldset>
            <legend className="mb-1.5 text-sm font-medium text-ink">What happened?</legend>
            <div className="grid grid-cols-2 gap-2">
              {REASONS.map((r) => (
                <label
                  key={r.value}
                  className={cn(
                    "flex h-12 cursor-pointer items-center gap-2 rounded-control border px-3 text-sm font-medium",
                    reason === r.value ? "border-brand-600 bg-brand-50 text-brand-800" : "border-black/15 bg-surface",
                  )}
                >
                  <input
                    type="radio"
                    name="reason"
                    value={r.value}
                    checked={reason === r.value}
                    onChange={() => setReason(r.value)}
                    className="h-4 w-4 accent-brand-600"
                  />
                  {r.label}
                </label>
              ))}
            </div>
            {fieldErrors.reason ? <p className="mt-1.5 text-sm text-danger-700">{fieldErrors.reason}</p> : null}
          </fieldset>
          <Field
            id={`${uid}-note`}
            label={reason === "OTHER" ? "What happened (required)" : "Note (optional)"}
            error={fieldErrors.note}
          >
            <textarea
              id={`${uid}-note`}
              name="note"
              rows={2}
              maxLength={1000}
              className={cn(controlClasses, "py-2")}
              aria-invalid={fieldErrors.note ? true : undefined}
            />
          </Field>
        </Panel>
      ) : null}

      {panel === "return" ? (
        <Panel
          onSubmit={(e) => {
            e.preventDefault();
            const note = String(new FormData(e.currentTarget).get("note") ?? "").trim();
            run(() => markReturned({ deliveryId: d.id, note }), "Returned to the hub.");
          }}
          submitLabel="Mark returned"
          submitVariant="danger"
          isPending={isPending}
          onCancel={() => open(null)}
          error={error}
        >
          <p className="text-sm text-ink">
            No more attempts: the parcel stays at the hub and the customer is told why. Refunds are decided separately.
          </p>
          <Field id={`${uid}-return`} label="Why it goes back (the customer is told)" error={fieldErrors.note}>
            <Input id={`${uid}-return`} name="note" required autoComplete="off" />
          </Field>
        </Panel>
      ) : null}

      {panel === null && error ? (
        <p role="alert" className="mt-3 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <p role="status" className={done ? "mt-3 text-sm font-semibold text-brand-700" : "sr-only"}>
        {done ?? ""}
      </p>
    </article>
  );
}

function Panel({
  children,
  onSubmit,
  submitLabel,
  submitVariant = "primary",
  isPending,
  onCancel,
  error,
}: {
  children: ReactNode;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  submitVariant?: "primary" | "danger";
  isPending: boolean;
  onCancel: () => void;
  error: string | null;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3 border-t border-black/5 pt-4">
      {children}
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-2">
        <Button type="button" size="lg" variant="ghost" className="w-full" onClick={onCancel}>
          Back
        </Button>
        <Button type="submit" size="lg" variant={submitVariant} className="w-full" isLoading={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
