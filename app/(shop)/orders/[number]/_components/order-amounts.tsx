import { formatMoney } from "@/lib/money";
import type { TCustomerOrder } from "@/lib/orders/customer-order-types";

/** Subtotal, delivery, discount, total, then what was paid, refunded and what is due. */
export function OrderAmounts({ order }: { order: TCustomerOrder }) {
  const a = order.amounts;
  const isPending = order.status === "PENDING_PAYMENT";
  return (
    <dl className="space-y-2 text-sm">
      <Row label={`Items (${order.itemsCount})`} value={formatMoney(a.subtotalMinor)} />
      <Row label="Delivery" value={a.deliveryFeeMinor === 0 ? "Free" : formatMoney(a.deliveryFeeMinor)} />
      {a.discountMinor > 0 ? <Row label="Discount" value={`−${formatMoney(a.discountMinor)}`} /> : null}
      <Row label="Total" value={formatMoney(a.totalMinor)} isStrong />
      <div className="my-2 border-t border-black/5" />
      <Row label="Paid" value={formatMoney(a.paidMinor)} />
      {a.refundedMinor > 0 ? <Row label="Refunded" value={formatMoney(a.refundedMinor)} tone="good" /> : null}
      {a.refundPendingMinor > 0 ? (
        <Row label="Refund on its way" value={formatMoney(a.refundPendingMinor)} tone="good" />
      ) : null}
      {a.balanceDueMinor > 0 ? (
        <Row
          label={isPending ? (order.paymentPlan === "DEPOSIT" ? "Deposit due now" : "Due now") : "Balance due now"}
          value={formatMoney(a.balanceDueMinor)}
          isStrong
          tone="warn"
        />
      ) : null}
      {a.dueOnArrivalMinor > 0 ? (
        <Row label="Due when your items arrive" value={formatMoney(a.dueOnArrivalMinor)} />
      ) : null}
      {isPending && order.paymentPlan === "DEPOSIT" && a.totalMinor > a.balanceDueMinor ? (
        <Row label="Then due on arrival" value={formatMoney(a.totalMinor - a.balanceDueMinor)} />
      ) : null}
    </dl>
  );
}

function Row({
  label,
  value,
  isStrong = false,
  tone,
}: {
  label: string;
  value: string;
  isStrong?: boolean;
  tone?: "good" | "warn";
}) {
  const color = tone === "good" ? "text-brand-700" : tone === "warn" ? "text-warning-700" : "text-ink";
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className={isStrong ? "font-semibold text-ink" : "text-ink-muted"}>{label}</dt>
      <dd className={`tabular-nums ${isStrong ? "font-semibold" : ""} ${color}`}>{value}</dd>
    </div>
  );
}
