"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button, Spinner } from "@/components/ui/button";
import { ModalPanel } from "@/components/ui/modal";
import type { TActionResult } from "@/lib/http/action-result";
import { formatMoney } from "@/lib/money";

type TPreview = {
  minimumMinor: number;
  totalMinor: number;
  due: { vendorName: string; amountMinor: number; lines: number; recipient: string | null }[];
  blocked: { vendorName: string; amountMinor: number; reason: string | null }[];
};

type TRunSummary = { payouts: number; totalMinor: number; failedToSend: number };

/** "Run payouts now": the dialog asks the server what the run would pay, then confirms. */
export function RunPayoutsButton({
  run,
}: {
  run: (input: Record<string, never>) => Promise<TActionResult<TRunSummary>>;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div>
      <Button
        size="sm"
        onClick={() => {
          setDone(null);
          setOpen(true);
        }}
      >
        Run payouts now
      </Button>
      <p role="status" className={done ? "mt-2 text-sm font-semibold text-brand-700" : "sr-only"}>
        {done ?? ""}
      </p>
      {open ? (
        <ModalPanel open onOpenChange={(o) => (o ? null : setOpen(false))} title="Run payouts now">
          <RunPreview
            run={run}
            onCancel={() => setOpen(false)}
            onDone={(m) => {
              setOpen(false);
              setDone(m);
            }}
          />
        </ModalPanel>
      ) : null}
    </div>
  );
}

function RunPreview({
  run,
  onCancel,
  onDone,
}: {
  run: (input: Record<string, never>) => Promise<TActionResult<TRunSummary>>;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const router = useRouter();
  const [preview, setPreview] = useState<TPreview | { error: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  useEffect(() => {
    const ctrl = new AbortController();
    fetch("/admin/payouts/preview", { signal: ctrl.signal })
      .then(async (res) => {
        const body = (await res.json()) as TPreview | { error: { message: string } };
        setPreview("error" in body ? { error: body.error.message } : body);
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setPreview({ error: e instanceof Error ? e.message : "Could not reach the server." });
      });
    return () => ctrl.abort();
  }, []);
  if (!preview)
    return (
      <p className="flex items-center gap-2 text-sm text-ink-muted" role="status">
        <Spinner /> Working out who is owed what…
      </p>
    );
  if ("error" in preview)
    return (
      <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
        {preview.error}
      </p>
    );
  const confirm = () =>
    startTransition(async () => {
      const r = await run({});
      if (r.ok) {
        onDone(
          r.data.payouts === 0
            ? "Nothing was due: no payout created."
            : `${r.data.payouts} payout(s) sent, ${formatMoney(r.data.totalMinor)} in all${r.data.failedToSend ? ` — ${r.data.failedToSend} refused by Paystack, see Failed` : ""}.`,
        );
        router.refresh();
      } else setError(r.message);
    });
  return (
    <div className="space-y-4 text-sm">
      {preview.due.length === 0 ? (
        <p className="rounded-control bg-surface-muted px-3 py-2">No vendor is owed a payout right now.</p>
      ) : (
        <>
          <p className="rounded-control bg-surface-muted px-3 py-2">
            This sends <strong>{preview.due.length}</strong> Paystack transfer(s),{" "}
            <strong>{formatMoney(preview.totalMinor)}</strong> in all:
          </p>
          <ul className="divide-y divide-black/5">
            {preview.due.map((d) => (
              <li key={d.vendorName} className="flex justify-between gap-3 py-1.5">
                <span>
                  {d.vendorName}
                  <span className="block text-xs text-ink-muted">
                    {d.lines} line(s) · {d.recipient}
                  </span>
                </span>
                <span className="font-semibold tabular-nums">{formatMoney(d.amountMinor)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.blocked.length > 0 ? (
        <div>
          <p className="font-semibold text-ink-muted">Not paid in this run</p>
          <ul className="text-ink-muted">
            {preview.blocked.map((b) => (
              <li key={b.vendorName}>
                {b.vendorName}: {formatMoney(b.amountMinor)} — {b.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Not now
        </Button>
        <Button onClick={confirm} disabled={preview.due.length === 0} isLoading={isPending}>
          Pay {formatMoney(preview.totalMinor)}
        </Button>
      </div>
    </div>
  );
}
