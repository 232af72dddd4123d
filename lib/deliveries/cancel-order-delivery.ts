import "server-only";
import type { Prisma } from "@/lib/db";
import {
  liveLines,
  lockDelivery,
  lockDeliveryOrder,
  planDeliveryChange,
  type TDeliveryStatusChange,
  writeDeliveryChange,
} from "@/lib/deliveries/delivery-status-step";
import type { TActor } from "@/lib/orders/order-events";

/**
 * PENDING or SCHEDULED → CANCELLED once the order has nothing left to deliver: a step of
 * endOrderLines, in its transaction, after the order's last live lines ended (a customer
 * cancelling a paid in-stock order whose delivery was already created, items unavailable).
 * The order's own cancellation message tells the customer. Anything else — no delivery,
 * live lines left, a delivery already out or closed — leaves it alone (returns null): lines
 * out for delivery cannot end, so an order cannot lose its last items while its parcel is out.
 */
export async function cancelOrderDelivery(
  tx: Prisma.TransactionClient,
  input: { orderId: string; actor: TActor; reason: string },
): Promise<TDeliveryStatusChange | null> {
  const found = await tx.delivery.findUnique({ where: { orderId: input.orderId }, select: { id: true } });
  if (!found) return null;
  const delivery = await lockDelivery(tx, { deliveryId: found.id, actor: input.actor });
  if (delivery.status !== "PENDING" && delivery.status !== "SCHEDULED") return null;
  const order = await lockDeliveryOrder(tx, input.orderId);
  if (liveLines(order).length > 0) return null;
  const to = planDeliveryChange(delivery, "CANCEL", { hasItemsToDeliver: false });
  return writeDeliveryChange(tx, {
    delivery,
    event: "CANCEL",
    to,
    actor: input.actor,
    now: new Date(),
    notes: [`Order ${order.number} has nothing left to deliver: ${input.reason}`],
  });
}
