import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import {
  changeDeliveryStatus,
  lockDeliveryOrder,
  notifyDeliveryCustomer,
  type TDeliveryStatusChange,
} from "@/lib/deliveries/delivery-status-step";
import { type TReturnDeliveryInput, ZReturnDeliveryInput } from "@/lib/deliveries/schemas";

/**
 * FAILED → RETURNED: no more attempts (refused, unreachable, wrong address after trying); the
 * parcel stays with us. In the same transaction: its event with the reason, and the customer
 * told. Only admins and the platform decide this. What happens to the money is not decided
 * here: the order's lines are still out for delivery until ops refund or re-deliver them.
 */
export async function returnDelivery(input: TReturnDeliveryInput, db: Db = prisma): Promise<TDeliveryStatusChange> {
  const args = ZReturnDeliveryInput.parse(input);
  const now = args.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const change = await changeDeliveryStatus(tx, { ...args, event: "RETURN", now });
    const order = await lockDeliveryOrder(tx, change.delivery.orderId);
    await notifyDeliveryCustomer(tx, order, {
      templateKey: "delivery.returned",
      data: { method: change.delivery.method, reason: args.note },
      dedupeKey: `delivery:${change.delivery.id}:returned`,
    });
    return change;
  });
}
