import "server-only";
import { randomUUID } from "node:crypto";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { recordOrderEvent, type TActor } from "@/lib/orders/order-events";

// Support resends one of an order's notifications (the customer lost the SMS, an e-mail
// bounced): a copy of the row — same channel, recipient, template and data — queued as a new
// outbox row with a fresh dedupe key, and an order event saying who asked and why. The
// original row stays as it was (the outbox is history).

/** The notifications that belong to an order: every template carries its number. */
export function orderNotificationsWhere(orderNumber: string): Prisma.NotificationWhereInput {
  return { data: { path: ["orderNumber"], equals: orderNumber } };
}

export async function resendNotification(
  input: { orderNumber: string; notificationId: string; reason: string; actor: TActor },
  db: Db = prisma,
): Promise<{ notificationId: string; copyOf: string; channel: string; recipient: string }> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("BAD_REQUEST", "Say why the notification is sent again.");
  return inTransaction(db, async (tx) => {
    const order = await tx.order.findUnique({ where: { number: input.orderNumber }, select: { id: true } });
    if (!order) throw new AppError("NOT_FOUND", "Order not found.");
    const original = await tx.notification.findFirst({
      where: { id: input.notificationId, ...orderNotificationsWhere(input.orderNumber) },
    });
    if (!original) throw new AppError("NOT_FOUND", "That notification does not belong to this order.");
    if (original.status === "QUEUED")
      throw new AppError("INVALID_STATE", "This notification is still queued; it has not been sent yet.");
    const dedupeKey = `resend:${original.id}:${randomUUID()}`;
    await enqueueNotification(
      {
        ...(original.userId ? { userId: original.userId } : {}),
        ...(original.vendorId ? { vendorId: original.vendorId } : {}),
        channel: original.channel,
        topic: original.topic,
        templateKey: original.templateKey,
        recipient: original.recipient,
        data: { ...(original.data as Record<string, unknown>), resentFrom: original.id },
        dedupeKey,
      },
      tx,
    );
    const copy = await tx.notification.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
    await recordOrderEvent(
      {
        orderId: order.id,
        type: "notification.resend",
        actor: input.actor,
        note: reason,
        data: {
          notificationId: copy.id,
          copyOf: original.id,
          channel: original.channel,
          templateKey: original.templateKey,
        },
      },
      tx,
    );
    return { notificationId: copy.id, copyOf: original.id, channel: original.channel, recipient: original.recipient };
  });
}
