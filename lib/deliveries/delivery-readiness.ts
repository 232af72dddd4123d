// When an order can get its Delivery (isomorphic and pure: the creation step, the sweep's
// query and the tests share the rule). domain.md: "after a batch arrives (or at once for
// in-stock orders) each order gets a Delivery", and a deposit order "is not delivered before
// the balance is paid".
import type { Availability, OrderLineStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";

/** Paid orders still being fulfilled that may be waiting for their delivery. */
export const DELIVERABLE_ORDER_STATUSES = [
  "PAID",
  "IN_PROGRESS",
  "READY_FOR_DELIVERY",
] as const satisfies readonly OrderStatus[];

export type TDeliveryReadinessInput = {
  status: OrderStatus;
  /** What the order says is due now (a deposit balance once its batch arrived). */
  balanceDueMinor: number;
  /** What the live lines and the fee still cost beyond what was paid (refundDue). */
  outstandingMinor: number;
  lines: readonly { status: OrderLineStatus; availability: Availability; batchId: string | null }[];
};

/**
 * A line is ready to leave the Accra hub when it is there: a pre-order line whose batch
 * ARRIVED, or a paid in-stock line (CONFIRMED, never in a batch: it skips procurement and
 * shipping).
 */
export function isLineReadyForDelivery(l: TDeliveryReadinessInput["lines"][number]): boolean {
  if (l.status === "ARRIVED") return true;
  return l.status === "CONFIRMED" && l.availability === "IN_STOCK" && l.batchId === null;
}

/**
 * Ready when the order is paid and still in play, has at least one live line, every live
 * line is ready, and nothing is owed: neither a balance due nor any shortfall between what
 * was paid and what the live lines cost (so a deposit order waits for its balance even if
 * balanceDueMinor was never set). Returns why not, for logs and tests.
 */
export function deliveryReadiness(order: TDeliveryReadinessInput): { isReady: true } | { isReady: false; why: string } {
  if (!isIn(DELIVERABLE_ORDER_STATUSES, order.status))
    return { isReady: false, why: `the order is ${order.status.toLowerCase().replaceAll("_", " ")}` };
  const live = order.lines.filter((l) => !isIn(ENDED_LINE_STATUSES, l.status));
  if (live.length === 0) return { isReady: false, why: "nothing is left to deliver" };
  const waiting = live.filter((l) => !isLineReadyForDelivery(l)).length;
  if (waiting > 0) return { isReady: false, why: `${waiting} item(s) are not in Accra yet` };
  if (order.balanceDueMinor > 0 || order.outstandingMinor > 0)
    return { isReady: false, why: "the balance is not paid yet" };
  return { isReady: true };
}
