import Link from "next/link";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { StatCard } from "@/components/ui/dashboard-shell";
import { formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { getPayoutOrThrow } from "@/lib/payouts/get-payout";

type TPayout = Awaited<ReturnType<typeof getPayoutOrThrow>>;

/** A payout's numbers and its lines (order, item, line total, fee, the vendor's share). */
export function PayoutDetail({ payout, orderHref }: { payout: TPayout; orderHref?: (number: string) => string }) {
  const linesTotal = payout.items.reduce((a, i) => a + i.amountMinor, 0);
  return (
    <>
      <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Amount" value={formatMoney(payout.amountMinor)} />
        <StatCard label="Lines" value={payout.items.length} />
        <StatCard label="Attempts" value={payout.attempts} hint={payout.transferReference} />
        <StatCard label="Paid" value={payout.paidAt ? formatDateTime(payout.paidAt) : "—"} />
      </div>
      {payout.failureReason && payout.status !== "PAID" ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {payout.failureReason}
        </p>
      ) : null}
      <Card className="mb-4">
        <CardHeader>
          <CardTitle>Paid to</CardTitle>
        </CardHeader>
        <CardBody className="text-sm">
          {payout.recipient.accountName} · {payout.recipient.bankName} ····{payout.recipient.accountNumber.slice(-4)}
          {payout.transferCode ? (
            <span className="block text-xs text-ink-muted">Transfer {payout.transferCode}</span>
          ) : null}
        </CardBody>
      </Card>
      <Card className="overflow-x-auto">
        <table className="w-full min-w-[640px] text-left text-sm">
          <caption className="px-4 pt-4 text-left font-semibold">Lines in this payout</caption>
          <thead className="border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                Order
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Item
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Delivered
              </th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Line total
              </th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Fee
              </th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Vendor share
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-black/5">
            {payout.items.map((i) => (
              <tr key={i.id}>
                <td className="px-4 py-3 whitespace-nowrap">
                  {orderHref ? (
                    <Link
                      href={orderHref(i.orderLine.order.number)}
                      className="font-semibold text-brand-700 hover:underline"
                    >
                      {i.orderLine.order.number}
                    </Link>
                  ) : (
                    i.orderLine.order.number
                  )}
                </td>
                <td className="px-4 py-3">
                  {i.orderLine.productTitle} · {i.orderLine.variantTitle} × {i.orderLine.quantity}
                  <span className="block text-xs text-ink-muted">{i.orderLine.sku}</span>
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {i.orderLine.deliveredAt ? formatDateTime(i.orderLine.deliveredAt) : "—"}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{formatMoney(i.orderLine.lineTotalMinor)}</td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {formatMoney(i.orderLine.lineTotalMinor - i.amountMinor)}
                </td>
                <td className="px-4 py-3 text-right font-semibold tabular-nums">{formatMoney(i.amountMinor)}</td>
              </tr>
            ))}
          </tbody>
          {linesTotal !== payout.amountMinor ? (
            <tfoot>
              <tr>
                <td colSpan={6} className="px-4 py-3 text-sm text-ink-muted">
                  Lines {formatMoney(linesTotal)}; {formatMoney(linesTotal - payout.amountMinor)} netted off for refunds
                  after release.
                </td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </Card>
    </>
  );
}
