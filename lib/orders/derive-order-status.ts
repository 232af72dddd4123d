// The ONE function that decides an order's status from its lines and money (domain.md:
// "derived from its lines and payments, never set ad hoc"). Pure and isomorphic, so the
// lifecycle module, tests and UI agree. The order lifecycle checks that the move from the
// stored status to the derived one is a legal transition.
import type { Availability, OrderLineStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";

export type TDeriveOrderStatusInput = {
  lines: readonly { status: OrderLineStatus; availability: Availability }[];
  /** Amount currently due from the customer (deposit balance after arrival). */
  balanceDueMinor: number;
  amountPaidMinor: number;
  amountRefundedMinor: number;
  /** Set when the order closed after delivery (holdback passed) — a later issue. */
  completedAt: Date | null;
};

/**
 * Rules, first match wins:
 * 1. every line RELEASED (never paid, reservations gone) → EXPIRED
 * 2. a line still RESERVED → PENDING_PAYMENT
 * 3. no live line left: all CANCELLED (besides released) → CANCELLED, else REFUNDED
 *    (vendor could not source / returned — the money goes back)
 * 4. live lines (not ended) decide the progress:
 *    all DELIVERED → COMPLETED if completed, PARTIALLY_REFUNDED if some money went back,
 *    else DELIVERED; any OUT_FOR_DELIVERY → OUT_FOR_DELIVERY; all CONFIRMED → PAID;
 *    all ready (ARRIVED, DELIVERED, or an in-stock CONFIRMED) → READY_FOR_DELIVERY once
 *    nothing is due, IN_PROGRESS while a deposit balance is due; otherwise IN_PROGRESS.
 */
export function deriveOrderStatus(input: TDeriveOrderStatusInput): OrderStatus {
  const { lines } = input;
  if (lines.length === 0) throw new Error("an order has at least one line");
  if (lines.every((l) => l.status === "RELEASED")) return "EXPIRED";
  if (lines.some((l) => l.status === "RESERVED")) return "PENDING_PAYMENT";

  const live = lines.filter((l) => !isIn(ENDED_LINE_STATUSES, l.status));
  if (live.length === 0) {
    const ended = lines.filter((l) => l.status !== "RELEASED");
    return ended.every((l) => l.status === "CANCELLED") ? "CANCELLED" : "REFUNDED";
  }

  if (live.every((l) => l.status === "DELIVERED")) {
    if (input.completedAt) return "COMPLETED";
    return input.amountRefundedMinor > 0 ? "PARTIALLY_REFUNDED" : "DELIVERED";
  }
  if (live.some((l) => l.status === "OUT_FOR_DELIVERY")) return "OUT_FOR_DELIVERY";
  if (live.every((l) => l.status === "CONFIRMED")) return "PAID";
  const isReady = (l: (typeof live)[number]) =>
    l.status === "ARRIVED" || l.status === "DELIVERED" || (l.status === "CONFIRMED" && l.availability === "IN_STOCK");
  if (live.every(isReady)) return input.balanceDueMinor > 0 ? "IN_PROGRESS" : "READY_FOR_DELIVERY";
  return "IN_PROGRESS";
}
