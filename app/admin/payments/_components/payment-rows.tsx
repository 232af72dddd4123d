"use client";

// The rows of /admin/payments, one markup for every width: a table from md up, and below it
// each row laid out as a card (the header hidden, each amount labelled). A client component
// fed only what the rows show, as /admin/orders does, so the RSC payload carries each row once.
import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { CHANNEL, labelOf, MOMO_PROVIDER, PAYMENT_KIND, PAYMENT_STATUS } from "@/components/orders/labels";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { TAdminPaymentRow } from "@/lib/payments/list-admin-payments";

const TH = "px-3 py-3 font-semibold";
const TH_RIGHT = "px-3 py-3 text-right font-semibold";
// Below md a cell is a block in the card's flex row; from md a table cell.
const CELL = "md:table-cell md:px-3 md:py-3";
const MONEY = `min-w-0 flex-1 whitespace-nowrap md:text-right ${CELL} tabular-nums`;

// What Paystack said matters on a payment that did not go through.
const NOTE_STATUSES = new Set(["PENDING", "FAILED", "ABANDONED"]);

function channelLabel(p: TAdminPaymentRow): string {
  if (p.mobileMoneyProvider) return MOMO_PROVIDER[p.mobileMoneyProvider] ?? p.mobileMoneyProvider;
  return p.channel ? (CHANNEL[p.channel] ?? p.channel) : "Not chosen yet";
}

export function PaymentRows({ rows, linkOrders }: { rows: TAdminPaymentRow[]; linkOrders: boolean }) {
  return (
    <table className="block w-full text-left text-sm md:table md:min-w-[980px]">
      <caption className="sr-only">Payments, newest first; the reference column also shows when it was made</caption>
      <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
        <tr>
          <th scope="col" className={TH}>
            Reference
          </th>
          <th scope="col" className={TH}>
            Order
          </th>
          <th scope="col" className={TH}>
            Payment
          </th>
          <th scope="col" className={TH}>
            Status
          </th>
          <th scope="col" className={TH_RIGHT}>
            Amount
          </th>
          <th scope="col" className={TH_RIGHT}>
            Refunded
          </th>
          <th scope="col" className={TH_RIGHT}>
            Fee
          </th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
        {rows.map((p) => {
          const s = labelOf(PAYMENT_STATUS, p.status);
          return (
            <tr
              key={p.id}
              className={`flex flex-wrap gap-x-2 gap-y-1 rounded-card bg-surface p-4 align-top shadow-card ring-1 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0 md:hover:bg-surface-muted ${p.needsReview ? "ring-danger-700/30" : "ring-black/5"}`}
            >
              <td className={`w-full min-w-0 md:w-auto md:max-w-[15rem] ${CELL}`}>
                <div className="font-mono text-xs break-all">{p.reference}</div>
                <div className="text-xs text-ink-muted">
                  {p.paidAt ? <>Paid {formatDateTime(p.paidAt)}</> : <>Started {formatDateTime(p.createdAt)}</>}
                </div>
                {p.needsReview ? (
                  <div className="mt-1 text-xs text-danger-700">
                    <Badge tone="danger">
                      <AlertTriangle aria-hidden="true" className="h-3.5 w-3.5" /> Needs review
                    </Badge>
                    <p className="mt-1 break-words">{p.reviewReason}</p>
                  </div>
                ) : null}
              </td>
              <td className={`min-w-0 flex-1 ${CELL}`}>
                {linkOrders ? (
                  <Link
                    href={`/admin/orders/${p.order.number}`}
                    className="font-semibold whitespace-nowrap text-brand-700 hover:underline"
                  >
                    {p.order.number}
                  </Link>
                ) : (
                  <span className="font-semibold whitespace-nowrap">{p.order.number}</span>
                )}
                <div>{p.order.customerName}</div>
                <div className="text-xs text-ink-muted">{p.order.contactPhone}</div>
              </td>
              <td className={`order-1 w-full md:order-none md:w-auto md:whitespace-nowrap ${CELL}`}>
                <span className="md:block">{PAYMENT_KIND[p.kind] ?? p.kind}</span>
                <span className="text-ink-muted md:block md:text-xs">
                  <span className="md:hidden"> · </span>
                  {channelLabel(p)}
                </span>
              </td>
              <td className={`shrink-0 text-right md:text-left ${CELL}`}>
                <Badge tone={s.tone}>{s.label}</Badge>
                {p.gatewayNote && !p.needsReview && NOTE_STATUSES.has(p.status) ? (
                  <div className="mt-1 max-w-[14rem] text-xs break-words text-ink-muted md:max-w-[12rem]">
                    {p.gatewayNote}
                  </div>
                ) : null}
              </td>
              <td className={`order-2 font-semibold md:order-none ${MONEY}`}>
                <span className="block text-xs font-normal text-ink-muted md:hidden">Amount</span>
                {formatMoney(p.amountMinor)}
              </td>
              <td className={`order-2 md:order-none ${MONEY} ${p.amountRefundedMinor > 0 ? "" : "md:text-ink-muted"}`}>
                <span className="block text-xs text-ink-muted md:hidden">Refunded</span>
                {p.amountRefundedMinor > 0 ? formatMoney(p.amountRefundedMinor) : "—"}
              </td>
              <td className={`order-2 md:order-none ${MONEY} ${p.feeMinor ? "" : "md:text-ink-muted"}`}>
                <span className="block text-xs text-ink-muted md:hidden">Fee</span>
                {p.feeMinor !== null ? formatMoney(p.feeMinor) : "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
