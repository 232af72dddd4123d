"use client";

// The rows of /admin/batches, one markup for every width: a table from md up, and below it
// each row laid out as a card (the header hidden). A client component so that the page's RSC
// payload carries each row's data once instead of the element tree of a table row and a
// phone card (issue 10's list benchmark, bench/README.md).
import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { Countdown } from "@/components/ui/countdown";
import type { TAdminBatchRow } from "@/lib/batches/list-admin-batches";
import { formatArrivalWindow, formatDateTime } from "@/lib/dates";
import { BatchStatusBadge, FillBar } from "./batch-status-badge";

const TH = "px-4 py-3 font-semibold";
const TH_RIGHT = "px-4 py-3 text-right font-semibold";
// Below md a cell is a block in the card's flex row; from md a table cell.
const CELL = "md:table-cell md:px-4 md:py-3";

export function BatchRows({ rows, serverNow }: { rows: TAdminBatchRow[]; serverNow: number }) {
  return (
    <table className="block w-full text-left text-sm md:table md:min-w-[960px]">
      <caption className="sr-only">Batches, newest cut-off first</caption>
      <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
        <tr>
          <th scope="col" className={TH}>
            Batch
          </th>
          <th scope="col" className={TH}>
            Status
          </th>
          <th scope="col" className={TH}>
            Origin · method
          </th>
          <th scope="col" className={TH}>
            Cut-off
          </th>
          <th scope="col" className={TH}>
            Arrival
          </th>
          <th scope="col" className={TH}>
            Units
          </th>
          <th scope="col" className={TH_RIGHT}>
            Orders
          </th>
          <th scope="col" className={TH_RIGHT}>
            Vendors
          </th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
        {rows.map((b) => {
          const underMinimum = b.isBelowMinimum && b.status === "CLOSED";
          return (
            <tr
              key={b.id}
              className="relative flex flex-wrap items-center gap-x-2 rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 hover:ring-brand-600/40 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0 md:hover:bg-surface-muted"
            >
              <td className={`min-w-0 flex-1 ${CELL}`}>
                <Link
                  href={`/admin/batches/${b.code}`}
                  className="font-semibold whitespace-nowrap text-brand-700 after:absolute after:inset-0 hover:underline md:after:hidden"
                >
                  {b.code}
                </Link>
              </td>
              <td className={CELL}>
                <div className="flex items-center gap-1.5">
                  <BatchStatusBadge status={b.status} />
                  {underMinimum ? (
                    <span title="Closed under its minimum: ship anyway or cancel" className="text-warning-700">
                      <AlertTriangle aria-label="Under minimum" className="h-4 w-4" />
                    </span>
                  ) : null}
                </div>
              </td>
              <td className={`mt-1 w-full text-ink-muted md:mt-0 md:w-auto md:whitespace-nowrap md:text-ink ${CELL}`}>
                {b.origin.name} · {b.shippingMethod === "AIR" ? "Air" : "Sea"}
              </td>
              <td className={`w-full text-ink-muted md:w-auto md:whitespace-nowrap md:text-ink ${CELL}`}>
                <span className="md:hidden">Cut-off </span>
                <span className="md:block">{formatDateTime(b.cutoffAt)}</span>
                {b.status === "OPEN" || b.status === "DRAFT" ? (
                  <span className="text-xs text-ink-muted md:block">
                    <span className="md:hidden"> · </span>
                    <Countdown target={b.cutoffAt} serverNow={serverNow} prefix="closes in" />
                  </span>
                ) : null}
              </td>
              <td className={`w-full text-ink-muted md:w-auto md:whitespace-nowrap md:text-ink ${CELL}`}>
                <span className="md:hidden">Arrives </span>
                {formatArrivalWindow(b.arrivalWindowStart, b.arrivalWindowEnd)}
              </td>
              <td className={`mt-2 min-w-0 flex-1 md:mt-0 ${CELL}`}>
                <FillBar sold={b.unitsSold} min={b.minUnits} />
                {b.unitsHeld ? <div className="text-xs text-ink-muted">{b.unitsHeld} held in checkout</div> : null}
              </td>
              <td className={`mt-2 self-end text-ink-muted tabular-nums md:mt-0 md:text-right md:text-ink ${CELL}`}>
                {b.orderCount}
                <span className="md:hidden"> orders ·</span>
              </td>
              <td className={`mt-2 self-end text-ink-muted tabular-nums md:mt-0 md:text-right md:text-ink ${CELL}`}>
                {b.vendorCount}
                <span className="md:hidden"> vendors</span>
              </td>
              {underMinimum ? (
                <td className="mt-2 w-full font-semibold text-warning-700 md:hidden">
                  Under minimum: decide ship or cancel
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
