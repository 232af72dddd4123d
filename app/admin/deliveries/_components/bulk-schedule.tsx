"use client";

// Bulk-assign on the deliveries board: a checkbox per row (and one for the whole page), a
// sticky bar "N selected — day / slot / rider — Apply", a confirmation that says what will
// happen, and afterwards the outcome per row (the use case schedules each delivery on its own,
// so some may be refused while the others are assigned).
import { useRouter } from "next/navigation";
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type ReactNode,
} from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/dates";
import { DELIVERY_TIME_SLOTS } from "@/lib/deliveries/delivery-transitions";
import type { DeliveryTimeSlot } from "@/lib/generated/prisma/enums";
import type { TActionResult } from "@/lib/http/action-result";

export type TBulkScheduleForm = {
  deliveryIds: string[];
  riderId: string;
  date?: string;
  timeSlot?: DeliveryTimeSlot;
};
export type TBulkScheduleOutcome = {
  assigned: { id: string; orderNumber: string }[];
  refused: { id: string; orderNumber: string | null; message: string }[];
  summary: string;
};
/** A row of this page that may be selected: its lifecycle allows scheduling it now. */
export type TBulkRow = { id: string; orderNumber: string; isSelectable: boolean };

type TRowResult = { ok: true } | { ok: false; message: string };

type TBulkContext = {
  rows: TBulkRow[];
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
  results: ReadonlyMap<string, TRowResult>;
  setOutcome: (o: TBulkScheduleOutcome) => void;
};

const BulkContext = createContext<TBulkContext | null>(null);

function useBulk(): TBulkContext {
  const ctx = useContext(BulkContext);
  if (!ctx) throw new Error("useBulk outside <BulkSelection>");
  return ctx;
}

/** Holds the page's selection and the last bulk outcome; rows and the bar read it. */
export function BulkSelection({ rows, children }: { rows: TBulkRow[]; children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [results, setResults] = useState<ReadonlyMap<string, TRowResult>>(new Map());
  const rowKey = rows.map((r) => `${r.id}:${r.isSelectable}`).join(",");
  // A new page (filters, next page, a refresh after applying): forget what is no longer selectable.
  useEffect(() => {
    const ok = new Set(rows.filter((r) => r.isSelectable).map((r) => r.id));
    setSelected((prev) => {
      const kept = [...prev].filter((id) => ok.has(id));
      return kept.length === prev.size ? prev : new Set(kept);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rowKey stands for rows
  }, [rowKey]);
  const value = useMemo<TBulkContext>(
    () => ({
      rows,
      selected,
      results,
      toggle: (id, on) =>
        setSelected((prev) => {
          const next = new Set(prev);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      setAll: (on) => setSelected(on ? new Set(rows.filter((r) => r.isSelectable).map((r) => r.id)) : new Set()),
      clear: () => setSelected(new Set()),
      setOutcome: (o) => {
        const m = new Map<string, TRowResult>();
        for (const a of o.assigned) m.set(a.id, { ok: true });
        for (const r of o.refused) m.set(r.id, { ok: false, message: r.message });
        setResults(m);
        // The refused stay selected, to be fixed and applied again.
        setSelected(new Set(o.refused.map((r) => r.id)));
      },
    }),
    [rows, selected, results],
  );
  return <BulkContext.Provider value={value}>{children}</BulkContext.Provider>;
}

const checkboxClass = "h-5 w-5 cursor-pointer rounded accent-brand-700 disabled:cursor-not-allowed disabled:opacity-40";

/** The row's checkbox, named after its order ("Select LDN-…"). */
export function SelectDeliveryCheckbox({ id, orderNumber, isSelectable }: TBulkRow) {
  const { selected, toggle } = useBulk();
  return (
    <input
      type="checkbox"
      className={checkboxClass}
      aria-label={`Select ${orderNumber}`}
      title={isSelectable ? undefined : "This delivery cannot be scheduled now"}
      disabled={!isSelectable}
      checked={selected.has(id)}
      onChange={(e) => toggle(id, e.target.checked)}
    />
  );
}

/** Selects every delivery of this page that can be scheduled (indeterminate when some are). */
export function SelectAllDeliveriesCheckbox({ withText = false }: { withText?: boolean }) {
  const { rows, selected, setAll } = useBulk();
  const ref = useRef<HTMLInputElement>(null);
  const selectable = rows.filter((r) => r.isSelectable);
  const count = selectable.filter((r) => selected.has(r.id)).length;
  const isAll = selectable.length > 0 && count === selectable.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !isAll;
  }, [count, isAll]);
  const input = (
    <input
      ref={ref}
      type="checkbox"
      className={checkboxClass}
      aria-label={withText ? undefined : "Select all deliveries on this page"}
      disabled={selectable.length === 0}
      checked={isAll}
      onChange={(e) => setAll(e.target.checked)}
    />
  );
  if (!withText) return input;
  return (
    <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm font-semibold">
      {input}
      Select all on this page ({selectable.length})
    </label>
  );
}

/** Under a row after a bulk apply: assigned, or refused and why. */
export function BulkRowResult({ id, className }: { id: string; className?: string }) {
  const { results } = useBulk();
  const r = results.get(id);
  if (!r) return null;
  return r.ok ? (
    <p className={cn("mt-1 text-xs font-semibold text-brand-700", className)}>Assigned in the last bulk change</p>
  ) : (
    <p className={cn("mt-1 text-xs font-semibold text-danger-700", className)}>Refused: {r.message}</p>
  );
}

/** The sticky bar: shown while something is selected, and with the outcome after applying. */
export function BulkScheduleBar({
  riders,
  today,
  bulkSchedule,
}: {
  riders: { id: string; name: string }[];
  /** Today in Accra (yyyy-mm-dd): the earliest day offered. */
  today: string;
  bulkSchedule: (input: TBulkScheduleForm) => Promise<TActionResult<TBulkScheduleOutcome>>;
}) {
  const uid = useId();
  const router = useRouter();
  const { rows, selected, clear, setOutcome } = useBulk();
  const [form, setForm] = useState<{ date: string; timeSlot: DeliveryTimeSlot | ""; riderId: string }>({
    date: "",
    timeSlot: "",
    riderId: "",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [outcome, setLocalOutcome] = useState<TBulkScheduleOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const ids = rows.filter((r) => selected.has(r.id)).map((r) => r.id);
  const rider = riders.find((r) => r.id === form.riderId);

  function onApply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    if (!form.riderId) return setFormError("Choose a rider.");
    if (Boolean(form.date) !== Boolean(form.timeSlot))
      return setFormError("Choose both a day and a slot, or neither to keep each delivery's own.");
    setFormError(null);
    setIsConfirming(true);
  }

  function onConfirm() {
    startTransition(async () => {
      const r = await bulkSchedule({
        deliveryIds: ids,
        riderId: form.riderId,
        ...(form.date && form.timeSlot ? { date: form.date, timeSlot: form.timeSlot } : {}),
      });
      if (!r.ok) {
        setError(r.message);
        return;
      }
      setIsConfirming(false);
      setLocalOutcome(r.data);
      setOutcome(r.data);
      router.refresh();
      requestAnimationFrame(() => outcomeRef.current?.focus());
    });
  }

  if (ids.length === 0 && !outcome) return null;
  const orderNumbers = rows.filter((r) => selected.has(r.id)).map((r) => r.orderNumber);
  const plan =
    form.date && form.timeSlot ? `${dayLabel(form.date)}, ${DELIVERY_TIME_SLOTS[form.timeSlot].label}` : null;

  return (
    <div
      role="region"
      aria-label="Bulk schedule"
      className="sticky bottom-0 z-20 -mx-4 mt-4 border-t border-black/10 bg-surface/95 px-4 py-3 shadow-[0_-4px_16px_rgba(0,0,0,0.08)] backdrop-blur sm:mx-0 sm:rounded-card sm:border sm:px-4"
    >
      {outcome ? (
        <div ref={outcomeRef} tabIndex={-1} role="status" className="mb-3 text-sm outline-none">
          <div className="flex items-start justify-between gap-2">
            <p className="font-semibold">
              {outcome.assigned.length} assigned
              {outcome.refused.length ? `, ${outcome.refused.length} refused` : ""}.
            </p>
            <Button size="sm" variant="ghost" onClick={() => setLocalOutcome(null)}>
              Dismiss
            </Button>
          </div>
          {outcome.refused.length ? (
            <ul className="mt-1 max-h-40 space-y-1 overflow-y-auto text-danger-700">
              {outcome.refused.map((r) => (
                <li key={r.id}>
                  <span className="font-semibold">{r.orderNumber ?? "A delivery"}</span>: {r.message}
                </li>
              ))}
            </ul>
          ) : null}
          {outcome.assigned.length ? (
            <p className="mt-1 text-ink-muted">Assigned: {outcome.assigned.map((a) => a.orderNumber).join(", ")}</p>
          ) : null}
        </div>
      ) : null}
      {ids.length > 0 ? (
        <form
          onSubmit={onApply}
          noValidate
          className="grid grid-cols-2 items-end gap-2 lg:grid-cols-[auto_1fr_1fr_1fr_auto_auto]"
        >
          <p className="col-span-2 self-center text-sm font-semibold lg:col-span-1" aria-live="polite">
            {ids.length} selected
          </p>
          <Field id={`${uid}-date`} label="Day (optional)">
            <Input
              id={`${uid}-date`}
              type="date"
              min={today}
              value={form.date}
              onChange={(e) => setForm({ ...form, date: e.target.value })}
            />
          </Field>
          <Field id={`${uid}-slot`} label="Slot (optional)">
            <Select
              id={`${uid}-slot`}
              value={form.timeSlot}
              onChange={(e) => setForm({ ...form, timeSlot: e.target.value as DeliveryTimeSlot | "" })}
            >
              <option value="">Keep each one&apos;s</option>
              {(Object.keys(DELIVERY_TIME_SLOTS) as DeliveryTimeSlot[]).map((s) => (
                <option key={s} value={s}>
                  {DELIVERY_TIME_SLOTS[s].label}
                </option>
              ))}
            </Select>
          </Field>
          <div className="col-span-2 lg:col-span-1">
            <Field id={`${uid}-rider`} label="Rider">
              <Select
                id={`${uid}-rider`}
                value={form.riderId}
                required
                onChange={(e) => setForm({ ...form, riderId: e.target.value })}
              >
                <option value="">Choose a rider</option>
                {riders.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Button type="submit">Apply to {ids.length}</Button>
          <Button type="button" variant="ghost" onClick={clear}>
            Clear selection
          </Button>
          {formError ? (
            <p role="alert" className="col-span-2 text-sm font-semibold text-danger-700 lg:col-span-6">
              {formError}
            </p>
          ) : null}
        </form>
      ) : null}
      {isConfirming ? (
        <ModalPanel
          open
          onOpenChange={(o) => (o ? null : setIsConfirming(false))}
          title={`Assign ${ids.length} ${ids.length === 1 ? "delivery" : "deliveries"}`}
        >
          <div className="space-y-4 text-sm">
            <p className="rounded-control bg-surface-muted px-3 py-2">
              {ids.length === 1 ? "This delivery goes" : `These ${ids.length} deliveries go`} to{" "}
              <strong>{rider?.name}</strong>
              {plan ? (
                <>
                  {" "}
                  on <strong>{plan}</strong>. Each customer whose day or slot changes is told it by SMS and e-mail.
                </>
              ) : (
                <>, each on the day and slot it already has; one without a day and slot yet is refused.</>
              )}{" "}
              Each is scheduled on its own: one that cannot be (already out or delivered, nothing left to deliver) is
              refused and listed, and the others go ahead.
            </p>
            <p className="text-ink-muted">
              <span className="font-semibold text-ink">Orders:</span> {orderNumbers.join(", ")}
            </p>
            {error ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-danger-700">
                {error}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button type="button" variant="ghost" onClick={() => setIsConfirming(false)}>
                Keep as is
              </Button>
              <Button type="button" isLoading={isPending} onClick={onConfirm}>
                Assign {ids.length}
              </Button>
            </div>
          </div>
        </ModalPanel>
      ) : null}
    </div>
  );
}

function dayLabel(date: string): string {
  return formatDate(`${date}T12:00:00.000Z`, "EEE d MMM");
}
