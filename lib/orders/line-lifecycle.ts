import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Availability, OrderLineStatus, ReservationStatus } from "@/lib/generated/prisma/enums";
import { commitReservation, releaseReservation } from "@/lib/inventory/reservations";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { returnCommittedInventory } from "@/lib/orders/return-inventory";
import { lockRow } from "@/lib/db/lock-row";
import { recordOrderEvent, type TActor } from "@/lib/orders/order-events";
import { planTransition, type TTransition } from "@/lib/lifecycle/transition-table";

// The order line lifecycle of domain.md, in one table. In-stock lines skip
// PROCURED/SHIPPED/ARRIVED (they are dispatched straight from CONFIRMED). The order's
// status is re-derived by the caller (order-lifecycle `syncOrderStatus`) once per change.

export const LINE_EVENTS = [
  "PAY",
  "RELEASE",
  "PROCURE",
  "SHIP",
  "ARRIVE",
  "DISPATCH",
  "DELIVER",
  "MARK_UNAVAILABLE",
  "CANCEL",
  "RETURN",
  "BACK_TO_HUB",
] as const;
export type TLineEvent = (typeof LINE_EVENTS)[number];

export type TLineGuardContext = {
  availability: Availability;
  /** The line's reservation, if any. */
  reservation: { status: ReservationStatus; batchId: string | null } | null;
  /** The batch the line is (to be) assigned to. */
  batchId: string | null;
  /** What the customer still owes on the order right now. */
  balanceDueMinor: number;
};

const preOrderOnly = (c: TLineGuardContext) =>
  c.availability === "PRE_ORDER" ? null : "in-stock lines skip this step";
const balancePaid = (c: TLineGuardContext) => (c.balanceDueMinor > 0 ? "the order's balance is not paid yet" : null);

export const LINE_TRANSITIONS: readonly TTransition<OrderLineStatus, TLineEvent, TLineGuardContext>[] = [
  {
    event: "PAY",
    from: ["RESERVED"],
    to: "CONFIRMED",
    guard: (c) => {
      if (c.reservation?.status !== "ACTIVE") return "the line has no active reservation";
      if (c.availability === "PRE_ORDER" && !c.batchId) return "a pre-order line needs an open batch";
      if (c.reservation.batchId && c.reservation.batchId !== c.batchId) return "the reservation is for another batch";
      return null;
    },
    effects: "commit the reservation (stock sold / batch allocation sold), set the batch, notify the vendor",
  },
  { event: "RELEASE", from: ["RESERVED"], to: "RELEASED", effects: "release the reservation if still held" },
  { event: "PROCURE", from: ["CONFIRMED"], to: "PROCURED", guard: preOrderOnly },
  { event: "SHIP", from: ["PROCURED"], to: "SHIPPED", guard: preOrderOnly },
  { event: "ARRIVE", from: ["SHIPPED"], to: "ARRIVED", guard: preOrderOnly },
  { event: "DISPATCH", from: ["ARRIVED"], to: "OUT_FOR_DELIVERY", guard: balancePaid },
  {
    event: "DISPATCH",
    from: ["CONFIRMED"],
    to: "OUT_FOR_DELIVERY",
    guard: (c) =>
      c.availability === "IN_STOCK" ? balancePaid(c) : "a pre-order line is dispatched after its batch arrives",
  },
  { event: "DELIVER", from: ["OUT_FOR_DELIVERY"], to: "DELIVERED" },
  {
    // Choice: in-stock lines come back as ARRIVED too — "at the Accra hub, ready to go out",
    // which is what both kinds of line are once a returned parcel is back with us.
    event: "BACK_TO_HUB",
    from: ["OUT_FOR_DELIVERY"],
    to: "ARRIVED",
    effects: "the delivery was returned: the parcel is back at the hub; the caller decides refund or re-delivery",
  },
  {
    event: "MARK_UNAVAILABLE",
    from: ["CONFIRMED"],
    to: "UNAVAILABLE",
    effects: "return the sold unit(s) to stock / the batch allocation; the caller refunds",
  },
  {
    event: "CANCEL",
    from: ["CONFIRMED", "PROCURED"],
    to: "CANCELLED",
    effects: "return the sold unit(s) to stock / the batch allocation; the caller refunds",
  },
  {
    event: "RETURN",
    from: ["DELIVERED"],
    to: "RETURNED",
    effects: "the caller refunds; restocking is a separate vendor action",
  },
];

export type TTransitionLineInput = {
  lineId: string;
  event: TLineEvent;
  actor: TActor;
  note?: string;
  /** PAY: the batch a pre-order line is assigned to. */
  batchId?: string;
  /** RELEASE: how the reservation ends (EXPIRED when the order timed out). */
  releaseAs?: "RELEASED" | "EXPIRED";
};

/**
 * The one place an order line changes status: locks the line, checks the table and guard,
 * performs the side effects, updates the row and writes an OrderEvent. Run it inside the
 * caller's transaction and call `syncOrderStatus` afterwards.
 */
export async function transitionLine(tx: Prisma.TransactionClient, input: TTransitionLineInput) {
  if (!(await lockRow(tx, "OrderLine", input.lineId))) throw new AppError("NOT_FOUND", "Order line not found.");
  const line = await tx.orderLine.findUniqueOrThrow({
    where: { id: input.lineId },
    include: {
      reservation: { select: { id: true, status: true, batchId: true, kind: true, quantity: true, variantId: true } },
      order: { select: { id: true, number: true, balanceDueMinor: true } },
      vendor: { select: { id: true, contactEmail: true } },
    },
  });
  const batchId = input.batchId ?? line.batchId;
  const t = planTransition(LINE_TRANSITIONS, "order line", line.status, input.event, {
    availability: line.availability,
    reservation: line.reservation,
    batchId,
    balanceDueMinor: line.order.balanceDueMinor,
  });

  const now = new Date();
  switch (input.event) {
    case "PAY":
      await commitReservation({ reservationId: line.reservation!.id }, tx);
      await enqueueNotification(
        {
          vendorId: line.vendorId,
          channel: "EMAIL",
          topic: "VENDOR_OPERATIONS",
          templateKey: "vendor.order_confirmed",
          recipient: line.vendor.contactEmail,
          data: { orderNumber: line.order.number },
          // One email per vendor per order, however many of its lines the order has.
          dedupeKey: `order:${line.orderId}:vendor:${line.vendorId}:confirmed`,
        },
        tx,
      );
      break;
    case "RELEASE":
      if (line.reservation?.status === "ACTIVE")
        await releaseReservation({ reservationId: line.reservation.id, to: input.releaseAs ?? "RELEASED" }, tx);
      break;
    case "CANCEL":
    case "MARK_UNAVAILABLE":
      await returnCommittedInventory(tx, {
        line,
        reference: line.order.number,
        note: `line ${input.event.toLowerCase()}`,
      });
      break;
    default:
      break;
  }

  const updated = await tx.orderLine.update({
    where: { id: line.id },
    data: {
      status: t.to,
      ...(input.event === "PAY" ? { batchId } : {}),
      // The customer has it: the holdback window before the vendor is paid starts now.
      ...(input.event === "DELIVER" ? { deliveredAt: now } : {}),
      updatedAt: now,
    },
  });
  await recordOrderEvent(
    {
      orderId: line.orderId,
      orderLineId: line.id,
      type: `line.${input.event.toLowerCase()}`,
      from: line.status,
      to: t.to,
      actor: input.actor,
      note: input.note ?? null,
      data: { sku: line.sku, quantity: line.quantity, ...(batchId ? { batchId } : {}) },
    },
    tx,
  );
  return updated;
}
