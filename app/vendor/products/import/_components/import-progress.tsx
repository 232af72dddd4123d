"use client";
// While the job applies an import (QUEUED or RUNNING): a progress bar from the status route,
// polled every 1.5 s while the tab is visible. When the import finishes the server page is
// refreshed and shows the summary instead.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { TProductImportDto } from "@/lib/catalog/csv/product-import-dto";

const POLL_MS = 1500;

export function ImportProgress({ initial }: { initial: TProductImportDto }) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const [isStale, setStale] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: number | undefined;
    async function poll() {
      if (document.visibilityState === "visible") {
        try {
          const res = await fetch(`/api/vendor/products/import/${encodeURIComponent(initial.id)}`, {
            cache: "no-store",
          });
          if (!res.ok) throw new Error(String(res.status));
          const body = (await res.json()) as { import: TProductImportDto };
          if (cancelled) return;
          setStatus(body.import);
          setStale(false);
          if (body.import.status !== "QUEUED" && body.import.status !== "RUNNING") {
            router.refresh();
            return;
          }
        } catch {
          if (!cancelled) setStale(true);
        }
      }
      if (!cancelled) timer = window.setTimeout(() => void poll(), POLL_MS);
    }
    timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [initial.id, router]);

  // The job counts each row the preview accepted once: applied, or refused at apply time.
  const total = Math.max(1, status.applyRows);
  const done = Math.min(status.processedRows, total);
  const percent = status.status === "QUEUED" ? 0 : Math.round((done / total) * 100);

  return (
    <div className="space-y-2" data-testid="import-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p className="font-semibold text-ink">
          {status.status === "QUEUED" ? "Waiting to start…" : `Applying… ${percent}%`}
        </p>
        <p className="text-ink-muted tabular-nums">
          {done.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")} rows
        </p>
      </div>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 w-full overflow-hidden rounded-full bg-surface-sunken"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-500"
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="text-xs text-ink-muted">
        {isStale
          ? "Could not reach the server; retrying…"
          : "You can leave this page: the import carries on, and this address shows its progress."}
      </p>
    </div>
  );
}
