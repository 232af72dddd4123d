import "server-only";
import type { Prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { generateDeliveryCode } from "@/lib/deliveries/delivery-code";
import { deliveryReadiness } from "@/lib/deliveries/delivery-readiness";
import { notifyDeliveryCustomer, recordDeliveryEvent } from "@/lib/deliveries/delivery-status-step";
import type { TDeliveryActor } from "@/lib/deliveries/schemas";
import type { DeliveryMethod } from "@/lib/generated/prisma/enums";
import { refundDue } from "@/lib/orders/refund-due";
import { COMMITTED_REFUND_STATUSES } from "@/lib/payments/statuses";

export type TCreatedDelivery = { id: string; orderId: string; orderNumber: string; method: DeliveryMethod };
export type TCreateOrderDeliveryResult =
  { isCreated: true; delivery: TCreatedDelivery } | { isCreated: false; why: string };

/**
 * One order's Delivery, in the caller's transaction (the sweep's own, or the one that made the
 * order ready — a batch arriving, a balance paid): locks the order, checks under the lock that
 * it is ready (delivery-readiness.ts) and has no delivery, inserts it — method, zone or pickup
 * point, address snapshot and fee copied from the order, a fresh 6-digit code — with ON
 * CONFLICT (orderId) DO NOTHING, and only when this call inserted the row writes its CREATE
 * event and tells the customer. Anything else is "not created", with why.
 */
export async function createOrderDelivery(
  tx: Prisma.TransactionClient,
  { orderId, actor }: { orderId: string; actor: TDeliveryActor },
): Promise<TCreateOrderDeliveryResult> {
  if (!(await lockRow(tx, "Order", orderId))) return { isCreated: false, why: "the order does not exist" };
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      customerId: true,
      contactEmail: true,
      contactPhone: true,
      balanceDueMinor: true,
      amountPaidMinor: true,
      deliveryFeeMinor: true,
      discountMinor: true,
      deliveryMethod: true,
      deliveryZoneId: true,
      pickupPointId: true,
      shippingAddress: true,
      lines: { select: { status: true, availability: true, batchId: true, lineTotalMinor: true } },
      delivery: { select: { id: true } },
      deliveryZone: { select: { name: true, etaDays: true } },
      pickupPoint: { select: { name: true, address: true, city: true, openingHours: true } },
    },
  });
  if (order.delivery) return { isCreated: false, why: "the order already has its delivery" };
  const committed = await tx.refund.aggregate({
    where: { orderId, status: { in: [...COMMITTED_REFUND_STATUSES] } },
    _sum: { amountMinor: true },
  });
  const { outstandingMinor } = refundDue({ ...order, committedRefundsMinor: committed._sum.amountMinor ?? 0 });
  const readiness = deliveryReadiness({ ...order, outstandingMinor });
  if (!readiness.isReady) return { isCreated: false, why: readiness.why };

  const [row] = await tx.delivery.createManyAndReturn({
    data: [
      {
        orderId,
        method: order.deliveryMethod,
        zoneId: order.deliveryZoneId,
        pickupPointId: order.pickupPointId,
        ...(order.shippingAddress !== null ? { address: order.shippingAddress as Prisma.InputJsonValue } : {}),
        feeMinor: order.deliveryFeeMinor,
        deliveryCode: generateDeliveryCode(),
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!row) return { isCreated: false, why: "the order already has its delivery" };

  const items = order.lines.filter((l) => l.status === "ARRIVED" || l.status === "CONFIRMED").length;
  await recordDeliveryEvent(tx, {
    deliveryId: row.id,
    event: "CREATE",
    from: null,
    to: "PENDING",
    actor,
    note: `Ready: ${items} item(s) in Accra and nothing left to pay.`,
  });
  await notifyDeliveryCustomer(tx, order, {
    // Choice: "ready for collection" (with the code) is sent when a pickup delivery goes out to
    // its point (dispatch), not now: the goods are at the hub, maybe not at the point yet.
    templateKey: "delivery.ready",
    data: {
      method: order.deliveryMethod,
      ...(order.deliveryZone ? { zone: order.deliveryZone.name, etaDays: order.deliveryZone.etaDays } : {}),
      ...(order.pickupPoint
        ? {
            pickupPoint: order.pickupPoint.name,
            pickupAddress: `${order.pickupPoint.address}, ${order.pickupPoint.city}`,
            openingHours: order.pickupPoint.openingHours,
          }
        : {}),
    },
    dedupeKey: `delivery:${row.id}:ready`,
  });
  return {
    isCreated: true,
    delivery: { id: row.id, orderId, orderNumber: order.number, method: order.deliveryMethod },
  };
}
