"use client";

// The rows of /vendor/products, one markup for every width: a table from md up, and below it
// each row laid out as a card (the header hidden), as /admin/batches does. A checkbox per row
// (and one for the page) feeds the bulk bar: Archive / Activate after a confirmation, then
// the outcome per row (each product changes on its own, so some may be refused).
import Image from "next/image";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { ImageOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ModalPanel } from "@/components/ui/modal";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { TActionResult } from "@/lib/http/action-result";
import type { ProductStatus } from "@/lib/generated/prisma/enums";
import { ProductStatusBadge } from "./product-status-badge";

export type TProductRowView = {
  id: string;
  title: string;
  status: ProductStatus;
  categoryName: string;
  image: { url: string; alt: string } | null;
  variantCount: number;
  inactiveCount: number;
  minPriceMinor: number | null;
  maxPriceMinor: number | null;
  stockOnHand: number;
  inStockCount: number;
  preOrderCount: number;
  updatedAt: string;
};

export type TBulkStatusOutcome = {
  changed: { id: string; title: string }[];
  refused: { id: string; title: string | null; message: string }[];
};

type TBulkStatus = (input: {
  productIds: string[];
  status: "ACTIVE" | "ARCHIVED";
}) => Promise<TActionResult<TBulkStatusOutcome>>;

const TH = "px-3 py-3 font-semibold";
const TH_RIGHT = "px-3 py-3 text-right font-semibold";
const CELL = "md:table-cell md:px-3 md:py-3";
const checkboxClass = "h-5 w-5 cursor-pointer rounded accent-brand-700";

export function ProductRows({ rows, setStatus }: { rows: TProductRowView[]; setStatus: TBulkStatus }) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<"ACTIVE" | "ARCHIVED" | null>(null);
  const [outcome, setOutcome] = useState<TBulkStatusOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const allRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const rowKey = rows.map((r) => r.id).join(",");

  // A new page (filters, next page): forget selections that are no longer on it.
  useEffect(() => {
    const here = new Set(rows.map((r) => r.id));
    setSelected((prev) => {
      const kept = [...prev].filter((id) => here.has(id));
      return kept.length === prev.size ? prev : new Set(kept);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rowKey stands for rows
  }, [rowKey]);

  const count = rows.filter((r) => selected.has(r.id)).length;
  const isAll = rows.length > 0 && count === rows.length;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = count > 0 && !isAll;
  }, [count, isAll]);

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const setAll = (on: boolean) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set());
  const refusedById = new Map(outcome?.refused.map((r) => [r.id, r.message]));
  const changedIds = new Set(outcome?.changed.map((c) => c.id));
  const selectedRows = rows.filter((r) => selected.has(r.id));

  function onConfirm() {
    if (!confirming) return;
    const status = confirming;
    startTransition(async () => {
      setError(null);
      const r = await setStatus({ productIds: selectedRows.map((p) => p.id), status });
      if (!r.ok) {
        setError(r.message);
        return;
      }
      setConfirming(null);
      setOutcome(r.data);
      // The refused stay selected, to be fixed and tried again.
      setSelected(new Set(r.data.refused.map((x) => x.id)));
      router.refresh();
      requestAnimationFrame(() => outcomeRef.current?.focus());
    });
  }

  return (
    <>
      <div className="mb-2 md:hidden">
        <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm font-semibold">
          <input type="checkbox" className={checkboxClass} checked={isAll} onChange={(e) => setAll(e.target.checked)} />
          Select all on this page ({rows.length})
        </label>
      </div>
      <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
        <table className="block w-full text-left text-sm md:table md:min-w-[980px]">
          <caption className="sr-only">Your products, last edited first</caption>
          <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
            <tr>
              <th scope="col" className="w-10 py-3 pr-1 pl-4">
                <input
                  ref={allRef}
                  type="checkbox"
                  className={checkboxClass}
                  aria-label="Select all products on this page"
                  checked={isAll}
                  onChange={(e) => setAll(e.target.checked)}
                />
              </th>
              <th scope="col" className={TH}>
                <span className="sr-only">Image</span>
              </th>
              <th scope="col" className={TH}>
                Product
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH_RIGHT}>
                Variants
              </th>
              <th scope="col" className={TH_RIGHT}>
                Price
              </th>
              <th scope="col" className={TH_RIGHT}>
                In stock
              </th>
              <th scope="col" className={TH_RIGHT}>
                Pre-order
              </th>
              <th scope="col" className={TH}>
                Updated
              </th>
            </tr>
          </thead>
          <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
            {rows.map((p) => {
              const refused = refusedById.get(p.id);
              return (
                <tr
                  key={p.id}
                  className="relative flex flex-wrap items-center gap-x-3 rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0 md:hover:bg-surface-muted"
                >
                  <td className="relative z-10 flex md:table-cell md:py-3 md:pr-1 md:pl-4">
                    <input
                      type="checkbox"
                      className={checkboxClass}
                      aria-label={`Select ${p.title}`}
                      checked={selected.has(p.id)}
                      onChange={(e) => toggle(p.id, e.target.checked)}
                    />
                  </td>
                  <td className={CELL}>
                    <Thumb image={p.image} />
                  </td>
                  <td className={`min-w-0 flex-1 ${CELL}`}>
                    <Link
                      href={`/vendor/products/${p.id}`}
                      className="line-clamp-2 font-semibold text-brand-700 after:absolute after:inset-0 hover:underline md:after:hidden"
                    >
                      {p.title}
                    </Link>
                    <div className="text-xs text-ink-muted">{p.categoryName}</div>
                    {refused ? (
                      <p className="mt-1 text-xs font-semibold text-danger-700">Refused: {refused}</p>
                    ) : changedIds.has(p.id) ? (
                      <p className="mt-1 text-xs font-semibold text-brand-700">Changed in the last bulk action</p>
                    ) : null}
                  </td>
                  <td className={`max-md:absolute max-md:top-4 max-md:right-4 ${CELL}`}>
                    <ProductStatusBadge status={p.status} />
                  </td>
                  <td className={`mt-2 w-full text-ink-muted md:mt-0 md:w-auto md:text-right md:text-ink ${CELL}`}>
                    <span className="tabular-nums">{p.variantCount}</span>
                    <span className="md:hidden"> variants</span>
                    {p.inactiveCount ? (
                      <span className="text-xs text-ink-muted md:block"> (+{p.inactiveCount} inactive)</span>
                    ) : null}
                    <span className="md:hidden">
                      {" · "}
                      {priceRange(p)}
                    </span>
                  </td>
                  <td className={`hidden text-right whitespace-nowrap tabular-nums ${CELL}`}>{priceRange(p)}</td>
                  <td className={`text-ink-muted tabular-nums md:text-right md:text-ink ${CELL}`}>
                    {p.inStockCount ? (
                      <>
                        {p.stockOnHand}
                        <span className="md:hidden"> on hand</span>
                      </>
                    ) : (
                      <span className="text-ink-muted max-md:hidden">—</span>
                    )}
                  </td>
                  <td className={`text-ink-muted tabular-nums md:text-right md:text-ink ${CELL}`}>
                    {p.preOrderCount ? (
                      <>
                        <span className="md:hidden">{p.inStockCount ? "· " : ""}</span>
                        {p.preOrderCount}
                        <span className="md:hidden"> pre-order</span>
                      </>
                    ) : (
                      <span className="text-ink-muted max-md:hidden">—</span>
                    )}
                  </td>
                  <td className={`text-xs text-ink-muted md:text-sm md:whitespace-nowrap ${CELL}`}>
                    <span className="md:hidden">· Updated </span>
                    {formatDate(p.updatedAt)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>

      {count > 0 || outcome ? (
        <div
          role="region"
          aria-label="Bulk actions"
          className="sticky bottom-0 z-20 -mx-4 mt-4 border-t border-black/10 bg-surface/95 px-4 py-3 shadow-[0_-4px_16px_rgba(0,0,0,0.08)] backdrop-blur sm:mx-0 sm:rounded-card sm:border"
        >
          {outcome ? (
            <div ref={outcomeRef} tabIndex={-1} role="status" className="mb-2 text-sm outline-none">
              <div className="flex items-start justify-between gap-2">
                <p className="font-semibold">
                  {outcome.changed.length} changed
                  {outcome.refused.length ? `, ${outcome.refused.length} refused` : ""}.
                </p>
                <Button size="sm" variant="ghost" onClick={() => setOutcome(null)}>
                  Dismiss
                </Button>
              </div>
              {outcome.refused.length ? (
                <ul className="mt-1 max-h-40 space-y-1 overflow-y-auto text-danger-700">
                  {outcome.refused.map((r) => (
                    <li key={r.id}>
                      <span className="font-semibold">{r.title ?? "A product"}</span>: {r.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {count > 0 ? (
            <div className="flex flex-wrap items-center gap-2">
              <p className="mr-auto text-sm font-semibold" aria-live="polite">
                {count} selected
              </p>
              <Button size="sm" variant="outline" onClick={() => setConfirming("ACTIVE")}>
                Activate
              </Button>
              <Button size="sm" variant="outline" onClick={() => setConfirming("ARCHIVED")}>
                Archive
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
                Clear
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}

      {confirming ? (
        <ModalPanel
          open
          onOpenChange={(o) => (o ? null : setConfirming(null))}
          title={`${confirming === "ACTIVE" ? "Activate" : "Archive"} ${count} ${count === 1 ? "product" : "products"}`}
        >
          <div className="space-y-4 text-sm">
            <p className="rounded-control bg-surface-muted px-3 py-2">
              {confirming === "ACTIVE"
                ? "Active products are on the storefront at once and can be bought. A product without an active variant is refused and listed; the others go ahead."
                : "Archived products leave the storefront at once; orders already placed are not affected. You can activate them again later."}
            </p>
            <p className="text-ink-muted">
              <span className="font-semibold text-ink">Products:</span> {selectedRows.map((r) => r.title).join(", ")}
            </p>
            {error ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-danger-700">
                {error}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button type="button" variant="ghost" onClick={() => setConfirming(null)}>
                Keep as is
              </Button>
              <Button
                type="button"
                variant={confirming === "ARCHIVED" ? "danger" : "primary"}
                isLoading={isPending}
                onClick={onConfirm}
              >
                {confirming === "ACTIVE" ? "Activate" : "Archive"} {count}
              </Button>
            </div>
          </div>
        </ModalPanel>
      ) : null}
    </>
  );
}

function priceRange(p: TProductRowView): string {
  if (p.minPriceMinor === null || p.maxPriceMinor === null) return "No price";
  return p.minPriceMinor === p.maxPriceMinor
    ? formatMoney(p.minPriceMinor)
    : `${formatMoney(p.minPriceMinor)} – ${formatMoney(p.maxPriceMinor)}`;
}

function Thumb({ image }: { image: TProductRowView["image"] }) {
  return (
    <div className="relative h-12 w-12 shrink-0 overflow-hidden rounded-control bg-surface-sunken">
      {image ? (
        <Image src={image.url} alt={image.alt} fill sizes="48px" className="object-cover" />
      ) : (
        <ImageOff aria-label="No image yet" className="absolute inset-0 m-auto h-5 w-5 text-ink-subtle" />
      )}
    </div>
  );
}
