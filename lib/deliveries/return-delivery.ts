import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import {
  changeDeliveryStatus,
  liveLines,
  lockDeliveryOrder,
  notifyDeliveryCustomer,
  type TDeliveryStatusChange,
} from "@/lib/deliveries/delivery-status-step";
import { type TReturnDeliveryInput, ZReturnDeliveryInput } from "@/lib/deliveries/schemas";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";

export type TReturnDeliveryResult = TDeliveryStatusChange & { linesBackAtHub: number };

/**
 * FAILED → RETURNED: no more attempts (refused, unreachable, wrong address after trying); the
 * parcel stays with us. In the same transaction: its event with the reason, every line still
 * out for delivery back to ARRIVED through the line lifecycle (each with its OrderEvent: the
 * goods are at the hub again), the order re-derived (READY_FOR_DELIVERY; its own status
 * message is not sent, the delivery's "returned" message says it), and the customer told.
 * Only admins and the platform decide this. What happens to the money is not decided here:
 * ops refund or re-deliver the order from the hub.
 */
export async function returnDelivery(input: TReturnDeliveryInput, db: Db = prisma): Promise<TReturnDeliveryResult> {
  const args = ZReturnDeliveryInput.parse(input);
  const now = args.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const change = await changeDeliveryStatus(tx, { ...args, event: "RETURN", now });
    const order = await lockDeliveryOrder(tx, change.delivery.orderId);
    const out = liveLines(order).filter((l) => l.status === "OUT_FOR_DELIVERY");
    for (const l of out)
      await transitionLine(tx, { lineId: l.id, event: "BACK_TO_HUB", actor: args.actor, note: args.note });
    if (out.length > 0)
      await syncOrderStatus(tx, { orderId: order.id, actor: args.actor, note: "delivery returned", notify: false });
    await notifyDeliveryCustomer(tx, order, {
      templateKey: "delivery.returned",
      data: { method: change.delivery.method, reason: args.note },
      dedupeKey: `delivery:${change.delivery.id}:returned`,
    });
    return { ...change, linesBackAtHub: out.length };
  });
}
