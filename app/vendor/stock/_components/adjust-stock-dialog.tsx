"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import { Select } from "@/components/ui/select";
import { STOCK_REASON_LABEL, type TVendorStockReason } from "@/lib/inventory/schemas";
import { adjustStockAction } from "../actions";

type TMode = "add" | "remove" | "set";

const REASONS: Record<TMode, TVendorStockReason[]> = {
  add: ["RESTOCK", "RETURN", "CORRECTION", "ADJUSTMENT"],
  remove: ["DAMAGED", "LOST", "CORRECTION", "ADJUSTMENT"],
  set: ["CORRECTION", "ADJUSTMENT"],
};
const MODE_LABEL: Record<TMode, string> = { add: "Add units", remove: "Remove units", set: "Set count to" };

export type TAdjustableVariant = {
  variantId: string;
  sku: string;
  label: string;
  stockOnHand: number;
  reserved: number;
};

/** "Adjust" → a dialog: how (add / remove / set to), reason, quantity, note, and the resulting stock before confirming. */
export function AdjustStockButton({
  variant,
  size = "sm",
  variantStyle = "outline",
}: {
  variant: TAdjustableVariant;
  size?: "sm" | "md";
  variantStyle?: "outline" | "primary";
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <Button
        size={size}
        variant={variantStyle}
        onClick={() => {
          setDone(null);
          setOpen(true);
        }}
        aria-label={`Adjust stock of ${variant.sku}`}
        className="relative z-10"
      >
        Adjust
      </Button>
      <span role="status" className={done ? "ml-2 text-xs font-semibold text-brand-700" : "sr-only"}>
        {done ?? ""}
      </span>
      {open ? (
        <ModalPanel open onOpenChange={(o) => (o ? null : setOpen(false))} title={`Adjust stock · ${variant.sku}`}>
          <AdjustForm
            variant={variant}
            onDone={(m) => {
              setOpen(false);
              setDone(m);
            }}
            onCancel={() => setOpen(false)}
          />
        </ModalPanel>
      ) : null}
    </>
  );
}

function AdjustForm({
  variant,
  onDone,
  onCancel,
}: {
  variant: TAdjustableVariant;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const router = useRouter();
  const [mode, setMode] = useState<TMode>("add");
  const [reason, setReason] = useState<TVendorStockReason>("RESTOCK");
  const [quantity, setQuantity] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isPending, startTransition] = useTransition();

  const n = /^\d+$/.test(quantity.trim()) ? Number(quantity) : null;
  const after =
    n === null ? null : mode === "set" ? n : mode === "add" ? variant.stockOnHand + n : variant.stockOnHand - n;
  const delta = after === null ? null : after - variant.stockOnHand;
  const problem =
    after === null || delta === 0
      ? null
      : after < variant.reserved
        ? variant.reserved > 0
          ? `Stock cannot go below ${variant.reserved}: ${variant.reserved === 1 ? "1 unit is" : `${variant.reserved} units are`} held by unpaid checkouts.`
          : "Stock on hand cannot go below 0."
        : null;

  function chooseMode(m: TMode) {
    setMode(m);
    if (!REASONS[m].includes(reason)) setReason(REASONS[m][0]!);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (after === null || delta === null || delta === 0 || problem) return;
    setError(null);
    setFieldErrors({});
    startTransition(async () => {
      const r = await adjustStockAction({
        variantId: variant.variantId,
        mode: mode === "set" ? "set" : "delta",
        quantity: mode === "set" ? after : delta,
        reason,
        note,
      });
      if (!r.ok) {
        setError(r.message);
        setFieldErrors(r.fieldErrors ?? {});
        return;
      }
      router.refresh();
      onDone(`Stock on hand is now ${r.data.stockOnHand}.${r.data.isLowStockAlerted ? " Low-stock alert sent." : ""}`);
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-ink-muted">
        {variant.label} · <span className="font-semibold text-ink tabular-nums">{variant.stockOnHand}</span> on hand
        {variant.reserved > 0 ? (
          <>
            , <span className="tabular-nums">{variant.reserved}</span> held by unpaid checkouts
          </>
        ) : null}
      </p>
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-ink">Change</legend>
        <div className="grid grid-cols-3 gap-1 rounded-control bg-surface-sunken p-1" role="radiogroup">
          {(["add", "remove", "set"] as const).map((m) => (
            <label
              key={m}
              className={`cursor-pointer rounded-control px-2 py-2 text-center text-sm font-semibold has-focus-visible:ring-2 has-focus-visible:ring-brand-600 ${mode === m ? "bg-surface text-ink shadow-card" : "text-ink-muted"}`}
            >
              <input
                type="radio"
                name="mode"
                value={m}
                checked={mode === m}
                onChange={() => chooseMode(m)}
                className="sr-only"
              />
              {MODE_LABEL[m]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-q`} label={mode === "set" ? "Counted stock on hand" : "Units"} error={fieldErrors.quantity}>
          <Input
            id={`${id}-q`}
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            aria-invalid={Boolean(fieldErrors.quantity) || undefined}
            required
            autoFocus
          />
        </Field>
        <Field id={`${id}-r`} label="Reason" error={fieldErrors.reason}>
          <Select id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value as TVendorStockReason)}>
            {REASONS[mode].map((r) => (
              <option key={r} value={r}>
                {STOCK_REASON_LABEL[r]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        id={`${id}-n`}
        label="Note (optional)"
        hint="e.g. supplier invoice, what was damaged"
        error={fieldErrors.note}
      >
        <Input id={`${id}-n`} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </Field>

      <div aria-live="polite" className="rounded-control bg-surface-muted px-3 py-2 text-sm">
        {after === null ? (
          <span className="text-ink-muted">Enter a whole number of units to see the result.</span>
        ) : delta === 0 ? (
          <span className="text-ink-muted">That is the stock on hand already.</span>
        ) : (
          <>
            <span className="text-ink-muted">On hand </span>
            <span className="font-semibold tabular-nums">{variant.stockOnHand}</span>
            <span className="text-ink-muted"> → </span>
            <span className="font-semibold tabular-nums">{after}</span>
            <span className={delta! > 0 ? "text-brand-700" : "text-danger-700"}>
              {" "}
              ({delta! > 0 ? "+" : "−"}
              {Math.abs(delta!)})
            </span>
            <span className="text-ink-muted"> · available to sell </span>
            <span className="font-semibold tabular-nums">{Math.max(0, after - variant.reserved)}</span>
          </>
        )}
      </div>
      {problem || error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {problem ?? error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" isLoading={isPending} disabled={after === null || delta === 0 || Boolean(problem)}>
          {after === null || delta === 0 ? "Confirm" : `Set stock to ${after}`}
        </Button>
      </div>
    </form>
  );
}
