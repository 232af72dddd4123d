import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import {
  changeDeliveryStatus,
  lockDeliveryOrder,
  notifyDeliveryCustomer,
  type TDeliveryStatusChange,
} from "@/lib/deliveries/delivery-status-step";
import { DELIVERY_FAILURE_REASONS } from "@/lib/deliveries/delivery-transitions";
import { type TFailDeliveryInput, ZFailDeliveryInput } from "@/lib/deliveries/schemas";

/**
 * OUT_FOR_DELIVERY → FAILED with the reason (NOT_HOME, REFUSED, WRONG_ADDRESS, or OTHER with a
 * note): the parcel comes back to the hub. In the same transaction: reason and note on the
 * delivery, its event, and the customer told we will be in touch. The lines and the order
 * stay out for delivery (the line lifecycle has no way back); ops schedule it again or return
 * it. A rider only fails their own deliveries.
 */
export async function failDelivery(input: TFailDeliveryInput, db: Db = prisma): Promise<TDeliveryStatusChange> {
  const args = ZFailDeliveryInput.parse(input);
  const now = args.now ?? new Date();
  const label = DELIVERY_FAILURE_REASONS[args.reason];
  return inTransaction(db, async (tx) => {
    const change = await changeDeliveryStatus(tx, {
      deliveryId: args.deliveryId,
      actor: args.actor,
      event: "FAIL",
      now,
      prepare: () => ({
        data: { failureReason: args.reason, failureNote: args.note ?? null },
        notes: [`${label}${args.note ? `: ${args.note}` : "."}`],
      }),
    });
    const order = await lockDeliveryOrder(tx, change.delivery.orderId);
    await notifyDeliveryCustomer(tx, order, {
      templateKey: "delivery.failed",
      data: {
        method: change.delivery.method,
        reason: args.reason,
        reasonLabel: label,
        attempt: change.delivery.attempts,
      },
      dedupeKey: `delivery:${change.delivery.id}:failed:${change.delivery.attempts}`,
    });
    return change;
  });
}
