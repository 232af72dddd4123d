"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { setLowStockThresholdAction } from "../actions";

/** The low-stock threshold, edited in place: the number and a pencil, then a small form. */
export function ThresholdEdit({ variantId, sku, lowStockAt }: { variantId: string; sku: string; lowStockAt: number }) {
  const id = useId();
  const router = useRouter();
  const [isEditing, setEditing] = useState(false);
  const [value, setValue] = useState(String(lowStockAt));
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  if (!isEditing)
    return (
      <button
        type="button"
        onClick={() => {
          setValue(String(lowStockAt));
          setError(null);
          setEditing(true);
        }}
        className="relative z-10 inline-flex items-center gap-1 rounded-control px-1.5 py-1 tabular-nums hover:bg-black/5"
        aria-label={`Low-stock alert level of ${sku}: ${lowStockAt}. Change`}
        title="Alert when available stock is at or below this"
      >
        {lowStockAt}
        <Pencil aria-hidden="true" className="h-3.5 w-3.5 text-ink-muted" />
      </button>
    );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    startTransition(async () => {
      const r = await setLowStockThresholdAction({ variantId, lowStockAt: value.trim() === "" ? -1 : Number(value) });
      if (!r.ok) {
        setError(r.fieldErrors?.lowStockAt ?? r.message);
        return;
      }
      setEditing(false);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="relative z-10 inline-flex flex-wrap items-center gap-1">
      <label htmlFor={`${id}-t`} className="sr-only">
        Low-stock alert level of {sku}
      </label>
      <Input
        id={`${id}-t`}
        inputMode="numeric"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="h-9 w-16 px-2 text-sm"
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        autoFocus
      />
      <Button type="submit" size="sm" isLoading={isPending}>
        Save
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
        Cancel
      </Button>
      {error ? (
        <span id={`${id}-e`} role="alert" className="w-full text-xs text-danger-700">
          {error}
        </span>
      ) : null}
    </form>
  );
}
