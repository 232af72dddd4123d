// When may a customer cancel? (isomorphic: the order page shows the button with the same rule)
// While every line still in play is CONFIRMED (paid, nobody has started on it), each
// pre-order line's batch is still OPEN (not closed for shipping) and in-stock lines have
// not been dispatched (they would not be CONFIRMED any more).
import type { BatchStatus, OrderLineStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";

export type TCancelPolicyInput = {
  status: OrderStatus;
  lines: readonly {
    status: OrderLineStatus;
    availability: "IN_STOCK" | "PRE_ORDER";
    batchStatus: BatchStatus | null;
  }[];
};

export function customerCancelRefusal(order: TCancelPolicyInput): string | null {
  if (order.status !== "PAID" && order.status !== "IN_PROGRESS")
    return "Only a paid order that has not started can be cancelled.";
  const live = order.lines.filter((l) => !isIn(ENDED_LINE_STATUSES, l.status));
  if (live.length === 0) return "Nothing is left to cancel on this order.";
  if (live.some((l) => l.status !== "CONFIRMED")) return "Some items are already being prepared or shipped.";
  if (live.some((l) => l.availability === "PRE_ORDER" && l.batchStatus !== "OPEN"))
    return "The shipment for your pre-order has closed.";
  return null;
}

export function canCustomerCancel(order: TCancelPolicyInput): boolean {
  return customerCancelRefusal(order) === null;
}
