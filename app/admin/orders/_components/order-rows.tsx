"use client";

// The rows of /admin/orders, one markup for every width: a table from md up, and below it
// each row laid out as a card (the header hidden, each amount labelled). A client component
// so that the page's RSC payload carries each row's data once instead of the element tree of
// a table row and a phone card (issue 10's list benchmark, bench/README.md).
import Link from "next/link";
import { AdminOrderStatusBadge } from "@/components/orders/admin-order-status-badge";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { DELIVERY_STATUS_LABEL } from "../../deliveries/_components/delivery-status-badge";
import type { TOrderRowView } from "./order-row-view";

const TH = "px-3 py-3 font-semibold";
const TH_RIGHT = "px-3 py-3 text-right font-semibold";
// Below md a cell is a block in the card's flex row; from md a table cell.
const CELL = "md:table-cell md:px-3 md:py-3";
const MONEY = `min-w-0 flex-1 md:text-right md:whitespace-nowrap ${CELL} tabular-nums`;

export function OrderRows({ rows }: { rows: TOrderRowView[] }) {
  return (
    <table className="block w-full text-left text-sm md:table md:min-w-[820px]">
      <caption className="sr-only">Orders; the order column also shows when it was placed</caption>
      <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
        <tr>
          <th scope="col" className={TH}>
            Order
          </th>
          <th scope="col" className={TH}>
            Customer
          </th>
          <th scope="col" className={TH}>
            Status
          </th>
          <th scope="col" className={TH_RIGHT}>
            Total
          </th>
          <th scope="col" className={TH_RIGHT}>
            Paid
          </th>
          <th scope="col" className={TH_RIGHT}>
            Due
          </th>
          <th scope="col" className={TH}>
            Batch
          </th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
        {rows.map((o) => (
          <tr
            key={o.id}
            className="relative flex flex-wrap gap-x-2 gap-y-1 rounded-card bg-surface p-4 align-top shadow-card ring-1 ring-black/5 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0 md:hover:bg-surface-muted"
          >
            <td className={`min-w-0 flex-1 md:whitespace-nowrap ${CELL}`}>
              <Link
                href={`/admin/orders/${o.number}`}
                className="font-semibold text-brand-700 after:absolute after:inset-0 hover:underline md:after:hidden"
              >
                {o.number}
              </Link>
              <div className="text-xs text-ink-muted" title={formatDateTime(o.createdAt)}>
                {formatDate(o.createdAt)}
                <span className="md:hidden">
                  {" "}
                  · {o.itemCount} {o.itemCount === 1 ? "item" : "items"}
                </span>
              </div>
            </td>
            <td className={`order-1 w-full md:order-none md:w-auto ${CELL}`}>
              <div>{o.customer.name}</div>
              <div className="text-xs text-ink-muted">{o.customer.phone}</div>
            </td>
            <td className={`text-right md:text-left ${CELL}`}>
              <AdminOrderStatusBadge {...o} />
              <div className="mt-1 text-xs text-ink-muted">
                {o.deliveryStatus
                  ? `Delivery: ${DELIVERY_STATUS_LABEL[o.deliveryStatus]}`
                  : o.deliveryMethod === "PICKUP"
                    ? "Pickup, not ready yet"
                    : "No delivery yet"}
              </div>
            </td>
            <td className={`order-2 md:order-none ${MONEY}`}>
              <span className="block text-xs text-ink-muted md:hidden">Total</span>
              {formatMoney(o.totalMinor)}
            </td>
            <td className={`order-2 md:order-none ${MONEY}`}>
              <span className="block text-xs text-ink-muted md:hidden">Paid</span>
              {formatMoney(o.amountPaidMinor - o.amountRefundedMinor)}
              {o.amountRefundedMinor > 0 ? (
                <div className="text-xs text-ink-muted">{formatMoney(o.amountRefundedMinor)} refunded</div>
              ) : null}
            </td>
            <td
              className={`order-2 md:order-none ${MONEY} ${o.balanceDueMinor > 0 ? "font-semibold text-warning-700" : "md:text-ink-muted"}`}
            >
              <span className="block text-xs font-normal text-ink-muted md:hidden">Due</span>
              {o.balanceDueMinor > 0 ? formatMoney(o.balanceDueMinor) : "—"}
            </td>
            <td className={`order-3 w-full text-xs md:order-none md:w-auto md:whitespace-nowrap ${CELL}`}>
              {o.batchCodes.length ? (
                o.batchCodes.map((c) => (
                  <Link
                    key={c}
                    href={`/admin/batches/${c}`}
                    className="relative z-10 mr-2 inline-block font-mono text-brand-700 hover:underline md:mr-0 md:block"
                  >
                    {c}
                  </Link>
                ))
              ) : (
                <span className="text-ink-muted">In stock</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
