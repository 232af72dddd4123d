import { Badge } from "@/components/ui/badge";
import { labelOf, ORDER_STATUS } from "@/components/orders/labels";
import { formatMoney } from "@/lib/money";
import { ACTIVE_ORDER_STATUSES, isIn } from "@/lib/orders/statuses";

/**
 * An order's state as operations read it: a deposit order still owing its balance says so
 * ("Deposit paid · GH₵ 240.00 due") instead of a bare "Paid" that would read as settled.
 */
export function adminOrderStatusLabel(o: { status: string; paymentPlan: string; balanceDueMinor: number }) {
  if (o.paymentPlan === "DEPOSIT" && o.balanceDueMinor > 0 && isIn(ACTIVE_ORDER_STATUSES, o.status))
    return { label: `Deposit paid · ${formatMoney(o.balanceDueMinor)} due`, tone: "warning" as const };
  return labelOf(ORDER_STATUS, o.status);
}

export function AdminOrderStatusBadge(props: { status: string; paymentPlan: string; balanceDueMinor: number }) {
  const { label, tone } = adminOrderStatusLabel(props);
  return <Badge tone={tone}>{label}</Badge>;
}
