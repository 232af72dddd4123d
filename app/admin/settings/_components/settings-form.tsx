"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import { Select } from "@/components/ui/select";
import type { TActionResult } from "@/lib/http/action-result";
import { cn } from "@/lib/cn";
import {
  describeSettingsChanges,
  formatSettingValue,
  settingsFormValues,
  WEEKDAYS,
  ZPlatformSettingsForm,
  type TPlatformSettingsFormInput,
  type TPlatformSettingsValues,
  type TSettingChange,
} from "@/lib/settings/schemas";

type TFormValues = ReturnType<typeof settingsFormValues>;
type TSave = (
  input: TPlatformSettingsFormInput,
) => Promise<TActionResult<{ changes: TSettingChange[]; updatedAt: string }>>;

/** Which stored setting each form field sets (for "now …" hints and error focus). */
const FIELD_KEY: Record<keyof TFormValues, keyof TPlatformSettingsValues> = {
  platformFeePercent: "platformFeeBps",
  depositPercent: "depositBps",
  reservationMinutes: "reservationMinutes",
  orderExpiryMinutes: "orderExpiryMinutes",
  autoCancelUnderMinimum: "autoCancelUnderMinimum",
  payoutMinimum: "payoutMinimumMinor",
  payoutWeekday: "payoutWeekday",
  payoutHoldbackHours: "payoutHoldbackHours",
};

/**
 * The platform settings in four sections. Nothing is saved until the admin has read what the
 * change does ("Platform fee 10 % → 12 %: applies to orders placed from now on…") and
 * confirmed it; the server parses the same fields with the same schema and refuses a save
 * over someone else's newer change.
 */
export function SettingsForm({
  values,
  updatedAt,
  save,
}: {
  values: TPlatformSettingsValues;
  updatedAt: string | null;
  save: TSave;
}) {
  const uid = useId();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  // What is in force: the page's values, then what this form saved (until the page refreshes).
  const [baseline, setBaseline] = useState({ values, updatedAt });
  const initial = useMemo(() => settingsFormValues(baseline.values), [baseline.values]);
  const [form, setForm] = useState<TFormValues>(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<{
    changes: TSettingChange[];
    input: TPlatformSettingsFormInput;
    next: TPlatformSettingsValues;
  } | null>(null);
  const [isSaving, startTransition] = useTransition();

  const dirty = (Object.keys(initial) as (keyof TFormValues)[]).some((k) => form[k] !== initial[k]);
  const set = <K extends keyof TFormValues>(k: K, v: TFormValues[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setMessage(null);
    if (fieldErrors[k]) setFieldErrors(({ [k]: _gone, ...rest }) => rest);
  };
  const input = (): TPlatformSettingsFormInput => ({
    ...form,
    ...(baseline.updatedAt ? { expectedUpdatedAt: baseline.updatedAt } : {}),
  });

  function showErrors(errors: Record<string, string>, text: string) {
    setFieldErrors(errors);
    setMessage({ ok: false, text });
    const first = Object.keys(errors)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  function onReview(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const raw = input();
    const parsed = ZPlatformSettingsForm.safeParse(raw);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
      showErrors(errors, "Please check the highlighted fields.");
      return;
    }
    const { expectedUpdatedAt: _v, ...next } = parsed.data;
    const changes = describeSettingsChanges(baseline.values, next);
    if (changes.length === 0) {
      setFieldErrors({});
      setMessage({ ok: false, text: "Nothing to save: these values are already in force." });
      return;
    }
    setFieldErrors({});
    setMessage(null);
    setPending({ changes, input: raw, next });
  }

  function onConfirm() {
    if (!pending) return;
    startTransition(async () => {
      const r = await save(pending.input);
      setPending(null);
      if (r.ok) {
        setBaseline({ values: pending.next, updatedAt: r.data.updatedAt });
        setForm(settingsFormValues(pending.next));
        setFieldErrors({});
        setMessage({
          ok: true,
          text: `Saved. ${r.data.changes.map((c) => `${c.label}: ${c.to}`).join("; ")}.`,
        });
        router.refresh();
      } else showErrors(r.fieldErrors ?? {}, r.message);
    });
  }

  const now = (field: keyof TFormValues) =>
    form[field] !== initial[field]
      ? `Now ${formatSettingValue(FIELD_KEY[field], baseline.values[FIELD_KEY[field]])}`
      : null;
  const field = (name: keyof TFormValues) => ({
    id: `${uid}-${name}`,
    name,
    "aria-invalid": fieldErrors[name] ? true : undefined,
    "aria-describedby": fieldErrors[name] ? `${uid}-${name}-error` : `${uid}-${name}-hint`,
  });

  return (
    <form ref={formRef} onSubmit={onReview} noValidate className="space-y-5">
      <Section
        title="Fees & deposits"
        description="What the platform keeps from each sale, and how much of a pre-order a customer pays up front."
      >
        <Field
          id={`${uid}-platformFeePercent`}
          label="Platform fee"
          error={fieldErrors.platformFeePercent}
          hint={
            now("platformFeePercent") ??
            "Of each line's price; vendors with their own rate (Vendors page) keep it. 0–50 %."
          }
        >
          <Unit suffix="%">
            <Input
              {...field("platformFeePercent")}
              inputMode="decimal"
              autoComplete="off"
              value={form.platformFeePercent}
              onChange={(e) => set("platformFeePercent", e.target.value)}
            />
          </Unit>
        </Field>
        <Field
          id={`${uid}-depositPercent`}
          label="Deposit on pre-orders"
          error={fieldErrors.depositPercent}
          hint={
            now("depositPercent") ?? "Paid at checkout on the deposit plan; the rest falls due on arrival. 10–90 %."
          }
        >
          <Unit suffix="%">
            <Input
              {...field("depositPercent")}
              inputMode="decimal"
              autoComplete="off"
              value={form.depositPercent}
              onChange={(e) => set("depositPercent", e.target.value)}
            />
          </Unit>
        </Field>
      </Section>

      <Section
        title="Checkout timing"
        description="How long stock waits for a payment, and how long an unpaid order stays open."
      >
        <Field
          id={`${uid}-reservationMinutes`}
          label="Stock hold during payment"
          error={fieldErrors.reservationMinutes}
          hint={
            now("reservationMinutes") ??
            "Long enough for a mobile-money approval to arrive; the stock is free again after. 10–180 minutes."
          }
        >
          <Unit suffix="min">
            <Input
              {...field("reservationMinutes")}
              inputMode="numeric"
              autoComplete="off"
              value={form.reservationMinutes}
              onChange={(e) => set("reservationMinutes", e.target.value)}
            />
          </Unit>
        </Field>
        <Field
          id={`${uid}-orderExpiryMinutes`}
          label="Unpaid order expiry"
          error={fieldErrors.orderExpiryMinutes}
          hint={
            now("orderExpiryMinutes") ??
            "An order not paid by then expires; at least the stock hold. 15–1440 minutes (24 hours)."
          }
        >
          <Unit suffix="min">
            <Input
              {...field("orderExpiryMinutes")}
              inputMode="numeric"
              autoComplete="off"
              value={form.orderExpiryMinutes}
              onChange={(e) => set("orderExpiryMinutes", e.target.value)}
            />
          </Unit>
        </Field>
      </Section>

      <Section
        title="Batches"
        description="What happens when a batch reaches its cut-off with fewer units sold than its group-buy minimum."
        single
      >
        <label
          htmlFor={`${uid}-autoCancelUnderMinimum`}
          className={cn(
            "flex cursor-pointer items-start gap-3 rounded-control border p-4",
            form.autoCancelUnderMinimum ? "border-brand-600 bg-brand-50/60" : "border-black/15",
          )}
        >
          <input
            {...field("autoCancelUnderMinimum")}
            type="checkbox"
            role="switch"
            className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600"
            checked={form.autoCancelUnderMinimum}
            onChange={(e) => set("autoCancelUnderMinimum", e.target.checked)}
          />
          <span className="text-sm">
            <span className="block font-semibold text-ink">
              Cancel and refund automatically when a batch misses its minimum
            </span>
            <span id={`${uid}-autoCancelUnderMinimum-hint`} className="mt-1 block text-ink-muted">
              {form.autoCancelUnderMinimum ? (
                <>
                  <strong className="text-ink">On:</strong> at the cut-off, a batch under its minimum is cancelled at
                  once, every paid customer is refunded in full and everyone is told. No admin decides.
                </>
              ) : (
                <>
                  <strong className="text-ink">Off:</strong> a batch under its minimum closes flagged, and an ops admin
                  chooses on its page to ship it anyway or to cancel and refund everyone.
                </>
              )}{" "}
              Batches without a minimum are never affected.
            </span>
          </span>
        </label>
        {fieldErrors.autoCancelUnderMinimum ? (
          <p id={`${uid}-autoCancelUnderMinimum-error`} className="mt-1.5 text-sm text-danger-700">
            {fieldErrors.autoCancelUnderMinimum}
          </p>
        ) : null}
      </Section>

      <Section
        title="Payouts"
        description="When vendors' released earnings are paid out, and how little is worth a transfer."
      >
        <Field
          id={`${uid}-payoutMinimum`}
          label="Payout minimum"
          error={fieldErrors.payoutMinimum}
          hint={now("payoutMinimum") ?? "A vendor is paid once their balance reaches it. GH₵ 1 – GH₵ 10,000."}
        >
          <Unit prefix="GH₵">
            <Input
              {...field("payoutMinimum")}
              inputMode="decimal"
              autoComplete="off"
              value={form.payoutMinimum}
              onChange={(e) => set("payoutMinimum", e.target.value)}
            />
          </Unit>
        </Field>
        <Field
          id={`${uid}-payoutWeekday`}
          label="Payout day"
          error={fieldErrors.payoutWeekday}
          hint={now("payoutWeekday") ?? "The day the payout run starts on its own (Accra time), or only by hand."}
        >
          <Select
            className="max-w-sm"
            {...field("payoutWeekday")}
            value={form.payoutWeekday}
            onChange={(e) => set("payoutWeekday", e.target.value)}
          >
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={String(i + 1)}>
                Every {day}
              </option>
            ))}
            <option value="manual">Manual only (a finance admin starts each run)</option>
          </Select>
        </Field>
        <Field
          id={`${uid}-payoutHoldbackHours`}
          label="Holdback after delivery"
          error={fieldErrors.payoutHoldbackHours}
          hint={
            now("payoutHoldbackHours") ??
            "A delivered line's earnings are released only after this, if no refund is asked for. 24–720 hours."
          }
        >
          <Unit suffix="hours">
            <Input
              {...field("payoutHoldbackHours")}
              inputMode="numeric"
              autoComplete="off"
              value={form.payoutHoldbackHours}
              onChange={(e) => set("payoutHoldbackHours", e.target.value)}
            />
          </Unit>
        </Field>
      </Section>

      <div
        className={cn(
          "rounded-card",
          dirty && "sticky bottom-0 z-20 border border-black/10 bg-surface/95 px-4 py-3 shadow-card backdrop-blur",
        )}
      >
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={!dirty} isLoading={isSaving}>
            Review and save
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={!dirty || isSaving}
            onClick={() => {
              setForm(initial);
              setFieldErrors({});
              setMessage(null);
            }}
          >
            Undo my edits
          </Button>
          <p
            role={message && !message.ok ? "alert" : "status"}
            className={
              message ? (message.ok ? "text-sm text-brand-700" : "text-sm text-danger-700") : "text-sm text-ink-muted"
            }
          >
            {message?.text ?? (dirty ? "Unsaved edits." : "")}
          </p>
        </div>
      </div>

      {pending ? (
        <ModalPanel
          open
          onOpenChange={(o) => (o || isSaving ? null : setPending(null))}
          title={pending.changes.length === 1 ? "Save this change?" : `Save these ${pending.changes.length} changes?`}
        >
          <ul className="space-y-3">
            {pending.changes.map((c) => (
              <li key={c.key} className="rounded-control bg-surface-muted px-3 py-2 text-sm">
                <span className="font-semibold text-ink">
                  {c.label} {c.from} → {c.to}
                </span>
                <span className="block text-ink-muted">{capitalise(c.effect)}.</span>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-ink-muted">The change is written to the audit log under your name.</p>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="outline" disabled={isSaving} onClick={() => setPending(null)}>
              Keep editing
            </Button>
            <Button type="button" isLoading={isSaving} onClick={onConfirm}>
              Save {pending.changes.length === 1 ? "change" : "changes"}
            </Button>
          </div>
        </ModalPanel>
      ) : null}
    </form>
  );
}

function Section({
  title,
  description,
  single,
  children,
}: {
  title: string;
  description: string;
  single?: boolean;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <p className="mt-1 text-sm text-ink-muted">{description}</p>
      </CardHeader>
      <CardBody className={single ? undefined : "grid gap-4 sm:grid-cols-2"}>{children}</CardBody>
    </Card>
  );
}

/** An input with its unit beside it ("%", "min", "GH₵"). */
function Unit({ prefix, suffix, children }: { prefix?: string; suffix?: string; children: ReactNode }) {
  return (
    <div className="relative max-w-xs">
      {prefix ? (
        <span className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-sm text-ink-muted">
          {prefix}
        </span>
      ) : null}
      <div className={cn(prefix && "[&_input]:pl-12", suffix && "[&_input]:pr-16")}>{children}</div>
      {suffix ? (
        <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-ink-muted">
          {suffix}
        </span>
      ) : null}
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
