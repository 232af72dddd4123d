import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLineReadyForDelivery } from "@/lib/deliveries/delivery-readiness";
import {
  assertMayAct,
  assertSomethingToDeliver,
  liveLines,
  lockDelivery,
  lockDeliveryOrder,
  notifyDeliveryCustomer,
  planDeliveryChange,
  type TDeliveryStatusChange,
  writeDeliveryChange,
} from "@/lib/deliveries/delivery-status-step";
import { DELIVERY_TIME_SLOTS } from "@/lib/deliveries/delivery-transitions";
import { type TDispatchDeliveryInput, ZDispatchDeliveryInput } from "@/lib/deliveries/schemas";
import { formatMoney } from "@/lib/money";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";

export type TDispatchDeliveryResult = TDeliveryStatusChange & { linesDispatched: number };

/**
 * SCHEDULED → OUT_FOR_DELIVERY: the rider has the parcel (HOME: on the way to the customer;
 * PICKUP: on the way to, or at, the pickup point). In the same transaction: the attempt
 * counted; on the first attempt every live line OUT_FOR_DELIVERY through the line lifecycle
 * and the order re-derived (after a failed attempt they are still out: the line lifecycle has
 * no way back, and to the customer the order is still "out for delivery"); the customer sent
 * the delivery code (the order's own status message is not sent: this one replaces it).
 * Refused while anything is owed or a line is not in Accra; a rider only dispatches their own.
 */
export async function dispatchDelivery(
  input: TDispatchDeliveryInput,
  db: Db = prisma,
): Promise<TDispatchDeliveryResult> {
  const args = ZDispatchDeliveryInput.parse(input);
  const now = args.now ?? new Date();
  return inTransaction(db, async (tx) => {
    assertMayAct(args.actor, "DISPATCH");
    const delivery = await lockDelivery(tx, args);
    const to = planDeliveryChange(delivery, "DISPATCH");
    const order = await lockDeliveryOrder(tx, delivery.orderId);
    assertSomethingToDeliver(order);
    if (order.balanceDueMinor > 0)
      throw new AppError(
        "INVALID_STATE",
        `Order ${order.number} still has ${formatMoney(order.balanceDueMinor)} to pay: it cannot go out before the balance is paid.`,
      );
    const live = liveLines(order);
    const waiting = live.filter((l) => l.status !== "OUT_FOR_DELIVERY" && !isLineReadyForDelivery(l));
    if (waiting.length > 0)
      throw new AppError(
        "INVALID_STATE",
        `${waiting.length} item(s) of order ${order.number} are not in Accra yet: the delivery cannot go out.`,
      );

    const attempt = delivery.attempts + 1;
    const toDispatch = live.filter((l) => l.status !== "OUT_FOR_DELIVERY");
    for (const l of toDispatch)
      await transitionLine(tx, {
        lineId: l.id,
        event: "DISPATCH",
        actor: args.actor,
        note: `delivery attempt ${attempt}`,
      });
    if (toDispatch.length > 0)
      await syncOrderStatus(tx, { orderId: order.id, actor: args.actor, note: "out for delivery", notify: false });

    const change = await writeDeliveryChange(tx, {
      delivery,
      event: "DISPATCH",
      to,
      actor: args.actor,
      now,
      data: { attempts: attempt },
      notes: [`Attempt ${attempt}.`, args.note],
    });

    const place = await tx.delivery.findUniqueOrThrow({
      where: { id: delivery.id },
      select: {
        rider: { select: { name: true, phone: true } },
        pickupPoint: { select: { name: true, address: true, city: true, openingHours: true } },
      },
    });
    const isPickup = delivery.method === "PICKUP";
    await notifyDeliveryCustomer(tx, order, {
      templateKey: isPickup ? "delivery.ready_for_collection" : "delivery.out_for_delivery",
      data: {
        method: delivery.method,
        deliveryCode: delivery.deliveryCode,
        attempt,
        ...(delivery.timeSlot ? { slot: DELIVERY_TIME_SLOTS[delivery.timeSlot].label } : {}),
        ...(!isPickup && place.rider ? { riderName: place.rider.name, riderPhone: place.rider.phone } : {}),
        ...(isPickup && place.pickupPoint
          ? {
              pickupPoint: place.pickupPoint.name,
              pickupAddress: `${place.pickupPoint.address}, ${place.pickupPoint.city}`,
              openingHours: place.pickupPoint.openingHours,
            }
          : {}),
      },
      dedupeKey: `delivery:${delivery.id}:dispatched:${attempt}`,
    });
    return { ...change, linesDispatched: toDispatch.length };
  });
}
