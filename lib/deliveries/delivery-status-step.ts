import "server-only";
import type { Prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import type { Delivery, DeliveryStatus } from "@/lib/generated/prisma/client";
import { deliveryRefusal, nextDeliveryStatus, type TDeliveryEvent } from "@/lib/deliveries/delivery-transitions";
import type { TDeliveryActor } from "@/lib/deliveries/schemas";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import type { TActor } from "@/lib/orders/order-events";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";

// The steps every delivery use case is made of, and nothing else: only the use cases in this
// folder (<verb>-delivery.ts) call them, and they perform the transition's effects in the same
// transaction. Lint keeps this module out of reach of everything outside lib/deliveries, so
// no caller can move a delivery without its lines, order and notifications.

/** A delivery as use cases return it: never with its code (riders and screens see results). */
export type TSafeDelivery = Omit<Delivery, "deliveryCode">;

export type TDeliveryStatusChange = {
  delivery: TSafeDelivery;
  from: DeliveryStatus;
  to: DeliveryStatus;
  event: TDeliveryEvent;
};

const MAY_ACT: Record<TDeliveryEvent, readonly TDeliveryActor["type"][]> = {
  SCHEDULE: ["ADMIN", "SYSTEM"],
  DISPATCH: ["ADMIN", "RIDER", "SYSTEM"],
  DELIVER: ["ADMIN", "RIDER", "SYSTEM"],
  FAIL: ["ADMIN", "RIDER", "SYSTEM"],
  RETURN: ["ADMIN", "SYSTEM"],
  CANCEL: ["ADMIN", "SYSTEM"],
};

const RIDER_MAY_NOT: Partial<Record<TDeliveryEvent, string>> = {
  SCHEDULE: "A rider cannot schedule deliveries: operations assigns them.",
  RETURN: "A rider cannot return a delivery: operations decides when to stop trying.",
  CANCEL: "A rider cannot cancel a delivery: it closes when its order is cancelled.",
};

const TIMESTAMP_COLUMN: Partial<
  Record<DeliveryStatus, "dispatchedAt" | "deliveredAt" | "failedAt" | "returnedAt" | "cancelledAt">
> = {
  OUT_FOR_DELIVERY: "dispatchedAt",
  DELIVERED: "deliveredAt",
  FAILED: "failedAt",
  RETURNED: "returnedAt",
  CANCELLED: "cancelledAt",
};

/** FORBIDDEN unless this kind of actor may fire the event (checked before any lookup). */
export function assertMayAct(actor: TDeliveryActor, event: TDeliveryEvent): void {
  if (!MAY_ACT[event].includes(actor.type))
    throw new AppError("FORBIDDEN", RIDER_MAY_NOT[event] ?? "You cannot change this delivery.");
}

/**
 * Locks the delivery row (FOR UPDATE) and reads it, code included. Missing, or assigned to
 * another rider when a rider asks → NOT_FOUND: a rider cannot tell other deliveries exist.
 */
export async function lockDelivery(
  tx: Prisma.TransactionClient,
  { deliveryId, actor }: { deliveryId: string; actor: TActor },
): Promise<Delivery> {
  const notFound = () => new AppError("NOT_FOUND", "Delivery not found.");
  if (!(await lockRow(tx, "Delivery", deliveryId))) throw notFound();
  const delivery = await tx.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
  if (actor.type === "RIDER" && delivery.riderId !== actor.id) throw notFound();
  return delivery;
}

/** The status `event` leads to from the locked row, or INVALID_STATE with the operator's sentence. */
export function planDeliveryChange(
  delivery: Delivery,
  event: TDeliveryEvent,
  ctx: { hasItemsToDeliver?: boolean } = {},
): DeliveryStatus {
  const refusal = deliveryRefusal(delivery.status, event, { ...ctx, isCodeLocked: delivery.codeLockedAt !== null });
  const to = nextDeliveryStatus(delivery.status, event);
  if (refusal || !to)
    throw new AppError("INVALID_STATE", refusal ?? "That is not possible for this delivery now.", {
      details: { deliveryId: delivery.id, from: delivery.status, event },
    });
  return to;
}

/** Sets status + its timestamp (+ `data`) on the locked row and writes the DeliveryEvent. */
export async function writeDeliveryChange(
  tx: Prisma.TransactionClient,
  input: {
    delivery: Delivery;
    event: TDeliveryEvent;
    to: DeliveryStatus;
    /** Whoever moved it; a CUSTOMER only through an effect (their order cancelled). */
    actor: TActor;
    now: Date;
    data?: Prisma.DeliveryUpdateInput;
    notes?: (string | undefined)[];
  },
): Promise<TDeliveryStatusChange> {
  const { delivery, to, now } = input;
  const column = TIMESTAMP_COLUMN[to];
  const updated = await tx.delivery.update({
    where: { id: delivery.id },
    data: { ...input.data, status: to, ...(column ? { [column]: now } : {}) },
    omit: { deliveryCode: true },
  });
  await recordDeliveryEvent(tx, {
    deliveryId: delivery.id,
    event: input.event,
    from: delivery.status,
    to,
    actor: input.actor,
    note: input.notes?.filter(Boolean).join(" ") || null,
  });
  return { delivery: updated, from: delivery.status, to, event: input.event };
}

/** One row of the delivery's timeline (transitions, and also wrong codes, locks and resets). */
export async function recordDeliveryEvent(
  tx: Prisma.TransactionClient,
  input: {
    deliveryId: string;
    event: string;
    from: DeliveryStatus | null;
    to: DeliveryStatus;
    actor: TActor;
    note?: string | null;
  },
) {
  return tx.deliveryEvent.create({
    data: {
      deliveryId: input.deliveryId,
      event: input.event,
      fromStatus: input.from,
      toStatus: input.to,
      actorType: input.actor.type,
      actorId: input.actor.id ?? null,
      note: input.note ?? null,
    },
  });
}

/**
 * The usual shape: lock, check the table (and the actor), let the use case look at the locked
 * row (`prepare` returns extra columns and notes, or throws to refuse), write. Everything in
 * the caller's transaction.
 */
export async function changeDeliveryStatus(
  tx: Prisma.TransactionClient,
  input: {
    deliveryId: string;
    event: TDeliveryEvent;
    actor: TDeliveryActor;
    now: Date;
    note?: string | undefined;
    prepare?: (
      delivery: Delivery,
    ) => Promise<{ data?: Prisma.DeliveryUpdateInput; notes?: string[] }> | { data?: Prisma.DeliveryUpdateInput };
  },
): Promise<TDeliveryStatusChange> {
  assertMayAct(input.actor, input.event);
  const delivery = await lockDelivery(tx, input);
  const to = planDeliveryChange(delivery, input.event);
  const extra: { data?: Prisma.DeliveryUpdateInput; notes?: string[] } = (await input.prepare?.(delivery)) ?? {};
  return writeDeliveryChange(tx, {
    delivery,
    event: input.event,
    to,
    actor: input.actor,
    now: input.now,
    ...(extra.data ? { data: extra.data } : {}),
    notes: [...(extra.notes ?? []), input.note],
  });
}

// ── The delivery's order ──

const orderSelect = {
  id: true,
  number: true,
  status: true,
  customerId: true,
  contactEmail: true,
  contactPhone: true,
  balanceDueMinor: true,
  lines: {
    select: { id: true, status: true, availability: true, batchId: true },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.OrderSelect;

export type TDeliveryOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

/** Locks the delivery's order (after the delivery: lock order Delivery → Order) and reads it. */
export async function lockDeliveryOrder(tx: Prisma.TransactionClient, orderId: string): Promise<TDeliveryOrder> {
  await lockRow(tx, "Order", orderId);
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, select: orderSelect });
}

export function liveLines(order: TDeliveryOrder) {
  return order.lines.filter((l) => !isIn(ENDED_LINE_STATUSES, l.status));
}

/** INVALID_STATE when every line of the order ended (cancelled, refunded) since the delivery was created. */
export function assertSomethingToDeliver(order: TDeliveryOrder): void {
  if (liveLines(order).length === 0)
    throw new AppError(
      "INVALID_STATE",
      `Order ${order.number} has nothing left to deliver: its items were cancelled or refunded.`,
      { details: { orderNumber: order.number } },
    );
}

/** The customer's SMS + e-mail about their delivery (topic DELIVERY, the order's contact). */
export function notifyDeliveryCustomer(
  tx: Prisma.TransactionClient,
  order: Pick<TDeliveryOrder, "customerId" | "contactEmail" | "contactPhone" | "number">,
  input: { templateKey: string; data: Record<string, unknown>; dedupeKey: string },
) {
  return notifyCustomer(
    {
      userId: order.customerId,
      topic: "DELIVERY",
      templateKey: input.templateKey,
      data: { orderNumber: order.number, ...input.data },
      dedupeKey: input.dedupeKey,
      contact: { email: order.contactEmail, phone: order.contactPhone },
    },
    tx,
  );
}
