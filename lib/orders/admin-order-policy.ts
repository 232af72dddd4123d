// What operations may do to an order, and what it will cost (isomorphic and pure: the admin
// order page states it before the dialog is confirmed, the use cases refuse with the same
// sentence, the tests read both).
//
// Cancel: every live line ends (CANCELLED) as long as none has left the vendor's hands — a
// line is cancellable while CONFIRMED or PROCURED (the line lifecycle's CANCEL); once shipped,
// the way out is a return after delivery. Mark unavailable: one CONFIRMED line the vendor
// cannot source. Both refund what the customer paid beyond what the rest still costs
// (refund-due.ts).
import { formatMoney } from "@/lib/money";
import type { OrderLineStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import { refundDue } from "@/lib/orders/refund-due";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";

export const ADMIN_CANCELLABLE_LINE_STATUSES = ["CONFIRMED", "PROCURED"] as const satisfies readonly OrderLineStatus[];

export type TAdminPolicyOrder = {
  status: OrderStatus;
  deliveryFeeMinor: number;
  discountMinor: number;
  amountPaidMinor: number;
  /** Refunds PENDING, PROCESSING or PROCESSED. */
  committedRefundsMinor: number;
  lines: readonly { id: string; status: OrderLineStatus; lineTotalMinor: number; title: string }[];
};

export function adminCancelRefusal(order: {
  status: OrderStatus;
  lines: readonly { status: OrderLineStatus }[];
}): string | null {
  switch (order.status) {
    case "PENDING_PAYMENT":
      return "An unpaid order cannot be cancelled; it expires on its own when its time runs out.";
    case "EXPIRED":
      return "An expired order was never paid; there is nothing to cancel.";
    case "CANCELLED":
      return "This order is already cancelled.";
    case "REFUNDED":
      return "This order has already been refunded.";
    case "OUT_FOR_DELIVERY":
      return "An order out for delivery cannot be cancelled.";
    case "DELIVERED":
    case "COMPLETED":
      return "A delivered order cannot be cancelled.";
    default:
      break;
  }
  const live = order.lines.filter((l) => l.status !== "RESERVED" && !isIn(ENDED_LINE_STATUSES, l.status));
  if (live.length === 0) return "Nothing is left to cancel on this order.";
  if (live.some((l) => l.status === "DELIVERED")) return "Part of this order was delivered; it cannot be cancelled.";
  if (live.some((l) => !isIn(ADMIN_CANCELLABLE_LINE_STATUSES, l.status)))
    return "Some items have already shipped or are out for delivery; this order cannot be cancelled.";
  return null;
}

export function markUnavailableRefusal(line: { status: OrderLineStatus }): string | null {
  if (line.status === "CONFIRMED") return null;
  if (isIn(ENDED_LINE_STATUSES, line.status))
    return "This item has already ended (cancelled, unavailable or returned).";
  if (line.status === "RESERVED") return "This item has not been paid for yet.";
  return "Only a paid item nobody has bought yet can be marked unavailable; this one is already on its way.";
}

export type TAdminRefundPreview = {
  refusal: string | null;
  /** The lines that would end. */
  lines: { id: string; title: string; lineTotalMinor: number }[];
  refundMinor: number;
  /** What the customer would still owe afterwards. */
  balanceAfterMinor: number;
  summary: string;
};

function preview(
  order: TAdminPolicyOrder,
  ending: TAdminPolicyOrder["lines"],
  to: OrderLineStatus,
  refusal: string | null,
): TAdminRefundPreview {
  const ids = new Set(ending.map((l) => l.id));
  const due = refundDue({
    ...order,
    lines: order.lines.map((l) => ({ status: ids.has(l.id) ? to : l.status, lineTotalMinor: l.lineTotalMinor })),
  });
  const items = ending.map((l) => ({ id: l.id, title: l.title, lineTotalMinor: l.lineTotalMinor }));
  const what = items.length === 1 ? "1 item" : `${items.length} items`;
  const summary = refusal
    ? refusal
    : due.refundMinor > 0
      ? `Ends ${what} and refunds ${formatMoney(due.refundMinor)} to the customer's original payment method.`
      : `Ends ${what}; nothing is refunded (what was paid still covers the rest of the order).`;
  return { refusal, lines: items, refundMinor: due.refundMinor, balanceAfterMinor: due.outstandingMinor, summary };
}

/** What cancelling the whole order would end and refund. */
export function previewAdminCancel(order: TAdminPolicyOrder): TAdminRefundPreview {
  const refusal = adminCancelRefusal(order);
  const ending = refusal ? [] : order.lines.filter((l) => isIn(ADMIN_CANCELLABLE_LINE_STATUSES, l.status));
  return preview(order, ending, "CANCELLED", refusal);
}

/** What marking one line unavailable would refund. */
export function previewMarkUnavailable(order: TAdminPolicyOrder, lineId: string): TAdminRefundPreview {
  const line = order.lines.find((l) => l.id === lineId);
  const refusal = line ? markUnavailableRefusal(line) : "This item is not on this order.";
  return preview(order, refusal || !line ? [] : [line], "UNAVAILABLE", refusal);
}
