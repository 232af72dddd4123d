import { Badge } from "@/components/ui/badge";
import {
  CHANNEL,
  labelOf,
  MOMO_PROVIDER,
  PAYMENT_KIND,
  PAYMENT_STATUS,
  REFUND_STATUS,
} from "@/components/orders/labels";
import { formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { TCustomerPayment, TCustomerRefund } from "@/lib/orders/customer-order-types";

/** Every payment attempt (newest first) and every refund, with their state. */
export function OrderPayments({ payments, refunds }: { payments: TCustomerPayment[]; refunds: TCustomerRefund[] }) {
  // Attempts never sent to Paystack are noise for the customer.
  const shown = payments.filter((p) => p.status !== "INITIALIZED" || p.channel !== null);
  if (shown.length === 0 && refunds.length === 0) return <p className="text-sm text-ink-muted">No payment yet.</p>;
  return (
    <ul className="space-y-3 text-sm">
      {refunds.map((r) => {
        const st = labelOf(REFUND_STATUS, r.status);
        return (
          <li key={r.reference} className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-medium text-ink">Refund</p>
              <p className="text-xs text-ink-muted">
                <time dateTime={r.createdAt}>{formatDateTime(r.processedAt ?? r.createdAt)}</time> · {r.reason}
              </p>
            </div>
            <div className="shrink-0 text-right">
              <p className="font-semibold text-brand-700 tabular-nums">{formatMoney(r.amountMinor)}</p>
              <Badge tone={st.tone}>{st.label}</Badge>
            </div>
          </li>
        );
      })}
      {shown.map((p) => {
        const st = labelOf(PAYMENT_STATUS, p.status);
        const how = p.mobileMoneyProvider
          ? `${MOMO_PROVIDER[p.mobileMoneyProvider] ?? "Mobile Money"}${p.mobileMoneyPhoneTail ? ` ••${p.mobileMoneyPhoneTail}` : ""}`
          : p.channel
            ? (CHANNEL[p.channel] ?? p.channel)
            : "Paystack";
        return (
          <li key={p.reference} className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-medium text-ink">
                {PAYMENT_KIND[p.kind] ?? p.kind} · {how}
              </p>
              <p className="text-xs text-ink-muted">
                <time dateTime={p.createdAt}>{formatDateTime(p.paidAt ?? p.failedAt ?? p.createdAt)}</time>
                <span className="break-all"> · {p.reference}</span>
              </p>
              {p.status === "FAILED" && p.failureReason ? (
                <p className="text-xs text-danger-700">{p.failureReason}</p>
              ) : null}
              {p.needsReview ? <p className="text-xs text-warning-700">Being checked by our team</p> : null}
            </div>
            <div className="shrink-0 text-right">
              <p className="font-semibold text-ink tabular-nums">{formatMoney(p.amountMinor)}</p>
              <Badge tone={st.tone}>{st.label}</Badge>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
