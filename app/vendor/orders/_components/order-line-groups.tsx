"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { TVendorLineGroup, TVendorOrderLine } from "@/lib/orders/list-vendor-order-lines";
import type { TProcureLinesResult, TProcuredLine } from "@/lib/orders/procure-vendor-lines";
import type { TActionResult } from "@/lib/http/action-result";
import { CannotSourceDialog, type TCannotSource } from "./cannot-source-dialog";
import { OrderLineRow } from "./order-line-row";

type TProps = {
  groups: TVendorLineGroup[];
  /** Each group's header (rendered on the server), by group key. */
  headers: Record<string, ReactNode>;
  markProcured: (input: { lineId: string }) => Promise<TActionResult<TProcuredLine>>;
  markManyProcured: (input: { lineIds: string[] }) => Promise<TActionResult<TProcureLinesResult>>;
  cannotSource: TCannotSource;
};

type TNotice = { tone: "ok" | "error"; text: string; details?: string[] };

/** The groups of /vendor/orders with row checkboxes, a sticky "Mark N procured" bar and row actions. */
export function OrderLineGroups({ groups, headers, markProcured, markManyProcured, cannotSource }: TProps) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busyLine, setBusyLine] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState<TVendorOrderLine | null>(null);
  const [notice, setNotice] = useState<TNotice | null>(null);
  const [isPending, startTransition] = useTransition();
  const lines = groups.flatMap((g) => g.lines);
  const label = (id: string) => {
    const l = lines.find((x) => x.id === id);
    return l ? `${l.orderNumber} · ${l.sku}` : id;
  };

  const toggle = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  function procureOne(lineId: string) {
    setBusyLine(lineId);
    startTransition(async () => {
      const r = await markProcured({ lineId });
      setBusyLine(null);
      setNotice(r.ok ? { tone: "ok", text: `${label(lineId)} marked procured.` } : { tone: "error", text: r.message });
      if (r.ok) {
        toggle([lineId], false);
        router.refresh();
      }
    });
  }

  function procureSelected() {
    const lineIds = [...selected];
    startTransition(async () => {
      const r = await markManyProcured({ lineIds });
      if (!r.ok) return setNotice({ tone: "error", text: r.message });
      const { procured, refused } = r.data;
      setSelected(new Set());
      setNotice({
        tone: refused.length ? "error" : "ok",
        text:
          `${procured.length} ${procured.length === 1 ? "line" : "lines"} marked procured.` +
          (refused.length ? ` ${refused.length} could not be:` : ""),
        details: refused.map((x) => `${label(x.lineId)}: ${x.reason}`),
      });
      router.refresh();
    });
  }

  return (
    <div className="space-y-6 pb-20">
      <div role="status" aria-live="polite">
        {notice ? (
          <div
            className={
              notice.tone === "ok"
                ? "rounded-control bg-brand-50 px-3 py-2 text-sm font-semibold text-brand-800"
                : "rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-700"
            }
          >
            <p>{notice.text}</p>
            {notice.details?.length ? (
              <ul className="mt-1 list-disc pl-5 font-normal">
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      {groups.map((g) => {
        const procurable = g.lines.filter((l) => l.procureRefusal === null).map((l) => l.id);
        const allOn = procurable.length > 0 && procurable.every((id) => selected.has(id));
        return (
          <section
            key={g.key}
            aria-labelledby={`grp-${g.key}`}
            className="rounded-card bg-surface shadow-card ring-1 ring-black/5"
          >
            {headers[g.key]}
            <table className="block w-full text-left text-sm md:table">
              <caption className="sr-only">
                {g.batch ? `Order lines in batch ${g.batch.code}` : "In-stock order lines"}
              </caption>
              <thead className="hidden border-y border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
                <tr>
                  <th scope="col" className="w-10 py-2 pl-4">
                    {procurable.length ? (
                      <input
                        type="checkbox"
                        className="h-4 w-4 accent-brand-600"
                        checked={allOn}
                        onChange={(e) => toggle(procurable, e.currentTarget.checked)}
                        aria-label={`Select every line to procure in ${g.batch ? g.batch.code : "stock"}`}
                      />
                    ) : null}
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    Item
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    Order
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">
                    Qty
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">
                    Price · fee
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    Status
                  </th>
                  <th scope="col" className="px-3 py-2 pr-4 text-right font-semibold">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="block md:table-row-group">
                {g.lines.map((l) => (
                  <OrderLineRow
                    key={l.id}
                    line={l}
                    isSelected={selected.has(l.id)}
                    isBusy={isPending && busyLine === l.id}
                    onToggle={(on) => toggle([l.id], on)}
                    onProcure={() => procureOne(l.id)}
                    onCannotSource={() => setUnavailable(l)}
                  />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}

      {selected.size > 0 ? (
        <div className="sticky bottom-3 z-20 flex flex-wrap items-center justify-between gap-3 rounded-card bg-ink px-4 py-3 text-white shadow-xl">
          <p className="text-sm font-semibold">
            {selected.size} {selected.size === 1 ? "line" : "lines"} selected
          </p>
          <div className="flex items-center gap-2">
            <Button
              size="sm"
              variant="ghost"
              className="text-white hover:bg-white/10"
              onClick={() => setSelected(new Set())}
            >
              Clear
            </Button>
            <Button size="sm" variant="accent" onClick={procureSelected} isLoading={isPending && busyLine === null}>
              Mark {selected.size} procured
            </Button>
          </div>
        </div>
      ) : null}

      {unavailable ? (
        <CannotSourceDialog
          line={unavailable}
          cannotSource={cannotSource}
          onClose={() => setUnavailable(null)}
          onDone={(text) => {
            setUnavailable(null);
            toggle([unavailable.id], false);
            setNotice({ tone: "ok", text });
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
