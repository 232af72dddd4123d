import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { deriveOrderStatus } from "@/lib/orders/derive-order-status";
import { lockRow } from "@/lib/db/lock-row";
import { recordOrderEvent, type TActor } from "@/lib/orders/order-events";
import { ACTIVE_ORDER_STATUSES, PAID_ORDER_STATUSES } from "@/lib/orders/statuses";
import { findTransition, type TTransition } from "@/lib/lifecycle/transition-table";

// The order lifecycle of domain.md. An order's status is never set by hand: it is derived
// from its lines and money by deriveOrderStatus, and this table says which moves between
// the stored and the derived status are legal (anything else is a bug → INVALID_STATE).

export type TOrderEvent =
  "PAY" | "EXPIRE" | "START" | "READY" | "DISPATCH" | "DELIVER" | "COMPLETE" | "CANCEL" | "REFUND" | "PARTIAL_REFUND";

export const ORDER_TRANSITIONS: readonly TTransition<OrderStatus, TOrderEvent, null>[] = [
  {
    event: "PAY",
    from: ["PENDING_PAYMENT"],
    to: "PAID",
    effects: "paidAt; the payment receipt is the customer's notification",
  },
  { event: "EXPIRE", from: ["PENDING_PAYMENT"], to: "EXPIRED", effects: "reservations released by the lines; notify" },
  {
    event: "START",
    from: ["PAID", "READY_FOR_DELIVERY"],
    to: "IN_PROGRESS",
    effects: "notify (e.g. deposit balance due)",
  },
  {
    event: "READY",
    // OUT_FOR_DELIVERY: a returned delivery brings its lines back to the hub.
    from: ["PAID", "IN_PROGRESS", "OUT_FOR_DELIVERY"],
    to: "READY_FOR_DELIVERY",
    effects: "notify",
  },
  { event: "DISPATCH", from: ["PAID", "IN_PROGRESS", "READY_FOR_DELIVERY"], to: "OUT_FOR_DELIVERY", effects: "notify" },
  { event: "DELIVER", from: ACTIVE_ORDER_STATUSES, to: "DELIVERED", effects: "notify" },
  { event: "COMPLETE", from: ["DELIVERED", "PARTIALLY_REFUNDED"], to: "COMPLETED", effects: "completedAt" },
  {
    event: "CANCEL",
    from: ["PAID", "IN_PROGRESS"],
    to: "CANCELLED",
    effects: "cancelledAt; the canceller refunds what was paid; notify",
  },
  { event: "REFUND", from: PAID_ORDER_STATUSES, to: "REFUNDED", effects: "notify" },
  { event: "PARTIAL_REFUND", from: ["DELIVERED", "COMPLETED"], to: "PARTIALLY_REFUNDED", effects: "notify" },
];

/** The legal event that moves `from` to `to`, or null. */
export function orderEventFor(from: OrderStatus, to: OrderStatus): TOrderEvent | null {
  return ORDER_TRANSITIONS.find((t) => t.to === to && t.from.includes(from))?.event ?? null;
}

// PAID is announced by the payment receipt; the others get their own message.
const SILENT: ReadonlySet<OrderStatus> = new Set(["PAID", "PENDING_PAYMENT"]);

/**
 * Re-derives the order's status after its lines or money changed (in the caller's
 * transaction): locks the order, derives, checks the move is in the table, updates the
 * status and its timestamp, writes an OrderEvent and enqueues the customer notification
 * (unless `notify: false`: the caller sends its own message about the same change, e.g. a
 * delivery going out with its code). Returns { from, to, changed }.
 */
export async function syncOrderStatus(
  tx: Prisma.TransactionClient,
  input: { orderId: string; actor: TActor; note?: string; notify?: boolean },
) {
  if (!(await lockRow(tx, "Order", input.orderId))) throw new AppError("NOT_FOUND", "Order not found.");
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    include: { lines: { select: { status: true, availability: true } } },
  });
  const to = deriveOrderStatus(order);
  const from = order.status;
  if (to === from) return { from, to, changed: false as const };

  const event = orderEventFor(from, to);
  if (!event)
    throw new AppError("INVALID_STATE", `order: ${from} → ${to} is not a legal move`, {
      details: { orderId: order.id, from, to },
    });
  const t = findTransition(ORDER_TRANSITIONS, "order", from, event);

  const now = new Date();
  await tx.order.update({
    where: { id: order.id },
    data: {
      status: t.to,
      ...(t.to === "PAID" && !order.paidAt ? { paidAt: now } : {}),
      ...(t.to === "CANCELLED" ? { cancelledAt: now } : {}),
      ...(t.to === "COMPLETED" ? { completedAt: order.completedAt ?? now } : {}),
    },
  });
  await recordOrderEvent(
    {
      orderId: order.id,
      type: `order.${event.toLowerCase()}`,
      from,
      to: t.to,
      actor: input.actor,
      note: input.note ?? null,
    },
    tx,
  );
  if (input.notify !== false && !SILENT.has(t.to)) {
    await notifyCustomer(
      {
        userId: order.customerId,
        topic: t.to === "OUT_FOR_DELIVERY" || t.to === "DELIVERED" ? "DELIVERY" : "ORDER_UPDATES",
        templateKey: `order.${t.to.toLowerCase()}`,
        data: { orderNumber: order.number, status: t.to, balanceDueMinor: order.balanceDueMinor },
        dedupeKey: `order:${order.id}:status:${t.to}`,
        contact: { email: order.contactEmail, phone: order.contactPhone },
      },
      tx,
    );
  }
  return { from, to: t.to, changed: true as const };
}
