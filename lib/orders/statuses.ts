// Order and line status sets, each defined once beside the lifecycles that produce them
// (isomorphic: server queries, pages and client components read the same lists).
import type { OrderLineStatus, OrderStatus } from "@/lib/generated/prisma/enums";

/** Paid orders still being fulfilled (something is left to do before delivery). */
export const ACTIVE_ORDER_STATUSES = [
  "PAID",
  "IN_PROGRESS",
  "READY_FOR_DELIVERY",
  "OUT_FOR_DELIVERY",
] as const satisfies readonly OrderStatus[];

/** Orders whose money was taken (some of it may have gone back since). */
export const PAID_ORDER_STATUSES = [
  ...ACTIVE_ORDER_STATUSES,
  "DELIVERED",
  "PARTIALLY_REFUNDED",
  "COMPLETED",
] as const satisfies readonly OrderStatus[];

/** Orders that never became a sale. */
export const UNPAID_ORDER_STATUSES = ["PENDING_PAYMENT", "EXPIRED"] as const satisfies readonly OrderStatus[];

/** Lines that no longer take part in fulfilment. */
export const ENDED_LINE_STATUSES = [
  "RELEASED",
  "CANCELLED",
  "UNAVAILABLE",
  "RETURNED",
] as const satisfies readonly OrderLineStatus[];

/** Lines that were paid and not taken back: they count as sold (into a batch, to a vendor). */
export const PAID_LINE_STATUSES = [
  "CONFIRMED",
  "PROCURED",
  "SHIPPED",
  "ARRIVED",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
] as const satisfies readonly OrderLineStatus[];

/** Paid lines someone still has work on (not delivered yet). */
export const OPEN_LINE_STATUSES = [
  "CONFIRMED",
  "PROCURED",
  "SHIPPED",
  "ARRIVED",
  "OUT_FOR_DELIVERY",
] as const satisfies readonly OrderLineStatus[];

/** Lines with nothing left to do: a batch completes only when all of its lines are here. */
export const SETTLED_LINE_STATUSES = [
  "DELIVERED",
  ...ENDED_LINE_STATUSES,
] as const satisfies readonly OrderLineStatus[];

/** `list.includes(x)` for a wider string type (a status read from the database or a DTO). */
export function isIn<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
