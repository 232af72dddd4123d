"use client";

// The rows of /vendor/stock, one markup for every width: a table from md up, and below it
// each row laid out as a card (the header hidden), as the admin lists do.
import Link from "next/link";
import type { TVendorStockRow } from "@/lib/inventory/list-vendor-stock";
import { AdjustStockButton } from "./adjust-stock-dialog";
import { StockLevelBadge } from "./stock-level-badge";
import { ThresholdEdit } from "./threshold-edit";

const TH = "px-4 py-3 font-semibold";
const TH_RIGHT = "px-4 py-3 text-right font-semibold";
const CELL = "md:table-cell md:px-4 md:py-3";
const NUM = `tabular-nums md:text-right ${CELL}`;

export function StockRows({ rows, canWrite }: { rows: TVendorStockRow[]; canWrite: boolean }) {
  return (
    <table className="block w-full text-left text-sm md:table md:min-w-[860px]">
      <caption className="sr-only">In-stock variants, by product</caption>
      <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
        <tr>
          <th scope="col" className={TH}>
            Product · variant
          </th>
          <th scope="col" className={TH}>
            SKU
          </th>
          <th scope="col" className={TH_RIGHT}>
            On hand
          </th>
          <th scope="col" className={TH_RIGHT}>
            Held
          </th>
          <th scope="col" className={TH_RIGHT}>
            Available
          </th>
          <th scope="col" className={TH_RIGHT}>
            Alert at
          </th>
          <th scope="col" className={TH}>
            Status
          </th>
          <th scope="col" className={TH}>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
        {rows.map((r) => (
          <tr
            key={r.variantId}
            className="relative grid grid-cols-4 items-center gap-x-2 gap-y-1 rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0 md:hover:bg-surface-muted"
          >
            <td className={`col-span-3 min-w-0 ${CELL}`}>
              <Link
                href={`/vendor/stock/${r.variantId}`}
                className="font-semibold text-brand-700 after:absolute after:inset-0 hover:underline md:after:hidden"
              >
                {r.productTitle}
              </Link>
              <div className="text-ink-muted">
                {r.variantTitle}
                {r.productStatus !== "ACTIVE" || !r.isActive ? (
                  <span className="ml-1 text-xs">
                    · {r.productStatus === "ACTIVE" ? "variant off" : r.productStatus.toLowerCase()}
                  </span>
                ) : null}
              </div>
            </td>
            <td className={`col-span-1 justify-self-end md:hidden`}>
              <StockLevelBadge {...r} />
            </td>
            <td className={`col-span-4 font-mono text-xs text-ink-muted md:text-ink ${CELL}`}>{r.sku}</td>
            <td className={`mt-2 md:mt-0 ${NUM}`}>
              <span className="block text-xs text-ink-muted md:hidden">On hand</span>
              {r.stockOnHand}
            </td>
            <td className={`mt-2 md:mt-0 ${NUM}`}>
              <span className="block text-xs text-ink-muted md:hidden">Held</span>
              {r.reserved}
            </td>
            <td className={`mt-2 font-semibold md:mt-0 ${NUM}`}>
              <span className="block text-xs font-normal text-ink-muted md:hidden">Available</span>
              {Math.max(0, r.available)}
            </td>
            <td className={`mt-2 md:mt-0 ${NUM}`}>
              <span className="block text-xs text-ink-muted md:hidden">Alert at</span>
              {canWrite ? (
                <ThresholdEdit variantId={r.variantId} sku={r.sku} lowStockAt={r.lowStockAt} />
              ) : (
                r.lowStockAt
              )}
            </td>
            <td className={`hidden ${CELL}`}>
              <StockLevelBadge {...r} />
            </td>
            <td
              className={`col-span-4 mt-2 flex gap-2 md:mt-0 md:table-cell md:text-right md:whitespace-nowrap ${CELL}`}
            >
              {canWrite ? (
                <AdjustStockButton
                  variant={{
                    variantId: r.variantId,
                    sku: r.sku,
                    label: `${r.productTitle} — ${r.variantTitle}`,
                    stockOnHand: r.stockOnHand,
                    reserved: r.reserved,
                  }}
                />
              ) : null}
              <Link
                href={`/vendor/stock/${r.variantId}`}
                className="relative z-10 ml-auto inline-flex h-9 items-center px-2 text-sm font-semibold text-brand-700 hover:underline md:ml-2"
              >
                History
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
