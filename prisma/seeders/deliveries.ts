// Demo orders with a delivery in each state, through the same use cases the app runs: checkout
// (placeOrder), a card payment on the Paystack emulator (startCardPayment → hosted page →
// confirmPayment), createReadyDeliveries, then schedule / dispatch / deliver / fail / return.
import type { Db } from "@/lib/db";
import { placeOrder } from "@/lib/checkout/place-order";
import { createReadyDeliveries } from "@/lib/deliveries/create-ready-deliveries";
import { deliverDelivery } from "@/lib/deliveries/deliver-delivery";
import { dispatchDelivery } from "@/lib/deliveries/dispatch-delivery";
import { failDelivery } from "@/lib/deliveries/fail-delivery";
import { returnDelivery } from "@/lib/deliveries/return-delivery";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import type { TDeliveryActor } from "@/lib/deliveries/schemas";
import type { DeliveryTimeSlot } from "@/lib/generated/prisma/enums";
import { checkoutPayWithCard } from "@/lib/integrations/paystack/emulator";
import { isPaystackEmulated } from "@/lib/integrations/paystack/client";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { startCardPayment } from "@/lib/payments/start-payment";
import { DEMO_DELIVERIES, DEMO_DELIVERY_CUSTOMER, DEMO_RIDER, type TDemoDelivery } from "../seed-data/deliveries.ts";

const DAY = 86_400_000;
const DEMO_CARD = { number: "4084084084084081", expiry: "12/30", cvv: "408" };

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

type TActors = { admin: TDeliveryActor & { type: "ADMIN" }; rider: TDeliveryActor & { type: "RIDER" } };

/**
 * One order per DEMO_DELIVERIES row, found again by its idempotency key on later runs; a
 * delivery already past PENDING is left alone, so a second run changes nothing. Only with the
 * emulator (demo money must never reach a real Paystack account).
 */
export async function seedDemoDeliveries(db: Db, adminId: string): Promise<{ created: number; skipped?: string }> {
  if (!isPaystackEmulated())
    return { created: 0, skipped: "Paystack is live: demo orders are paid on the emulator only" };
  const customer = await db.user.findUniqueOrThrow({
    where: { email: DEMO_DELIVERY_CUSTOMER },
    select: { id: true, addresses: { where: { isDefault: true }, select: { id: true } } },
  });
  const riderId = (await db.user.findUniqueOrThrow({ where: { email: DEMO_RIDER }, select: { id: true } })).id;
  const actors: TActors = { admin: { type: "ADMIN", id: adminId }, rider: { type: "RIDER", id: riderId } };
  // Well-stocked in-stock variants (the first run picks them; later runs find their orders by key).
  const variants = await db.variant.findMany({
    where: { availability: "IN_STOCK", isActive: true, stockOnHand: { gte: 8 }, product: { status: "ACTIVE" } },
    orderBy: { sku: "asc" },
    take: DEMO_DELIVERIES.length,
    select: { id: true },
  });

  let created = 0;
  for (const [i, plan] of DEMO_DELIVERIES.entries()) {
    const idempotencyKey = `seed-delivery-${plan.key}`;
    const existing = await db.order.findUnique({
      where: { customerId_idempotencyKey: { customerId: customer.id, idempotencyKey } },
      select: { id: true, delivery: { select: { status: true } } },
    });
    if (existing?.delivery && (existing.delivery.status !== "PENDING" || plan.status === "PENDING")) continue;
    const isNew = !existing?.delivery;
    const variant = variants[i % variants.length];
    if (!variant) break;
    const pickup = plan.pickupPointSlug
      ? await db.pickupPoint.findUniqueOrThrow({ where: { slug: plan.pickupPointSlug }, select: { id: true } })
      : null;
    const placed = await placeOrder(
      {
        customerId: customer.id,
        idempotencyKey,
        lines: [{ variantId: variant.id, quantity: 1 }],
        delivery: pickup
          ? { method: "PICKUP", pickupPointId: pickup.id }
          : { method: "HOME", addressId: customer.addresses[0]!.id },
      },
      db,
    );
    if (placed.order.status === "PENDING_PAYMENT") {
      const started = await startCardPayment({ orderNumber: placed.order.number, customerId: customer.id }, db);
      await checkoutPayWithCard(started.accessCode, DEMO_CARD);
      await confirmPayment({ reference: started.reference, source: "callback" }, db);
    }
    await createReadyDeliveries({ orderIds: [placed.order.id] }, db);
    const delivery = await db.delivery.findUniqueOrThrow({
      where: { orderId: placed.order.id },
      select: { id: true, status: true, deliveryCode: true },
    });
    const isWalked = delivery.status === "PENDING" && plan.status !== "PENDING";
    if (isWalked) await walk(db, { ...delivery, plan, actors });
    if (isNew || isWalked) created++;
  }
  return { created };
}

async function walk(
  db: Db,
  input: {
    id: string;
    deliveryCode: string;
    plan: TDemoDelivery;
    actors: TActors;
  },
) {
  const { id: deliveryId, plan, actors } = input;
  // Tomorrow afternoon for the one still waiting; today's morning round for the others.
  const today = Math.floor(Date.now() / DAY) * DAY;
  const [date, timeSlot]: [string, DeliveryTimeSlot] =
    plan.status === "SCHEDULED" ? [isoDay(today + DAY), "AFTERNOON"] : [isoDay(today), "MORNING"];
  await scheduleDelivery({ deliveryId, actor: actors.admin, date, timeSlot, riderId: actors.rider.id }, db);
  if (plan.status === "SCHEDULED") return;
  await dispatchDelivery({ deliveryId, actor: actors.rider }, db);
  if (plan.status === "DELIVERED")
    await deliverDelivery({ deliveryId, actor: actors.rider, code: input.deliveryCode }, db);
  if (plan.failure)
    await failDelivery({ deliveryId, actor: actors.rider, reason: plan.failure.reason, note: plan.failure.note }, db);
  if (plan.returnNote) await returnDelivery({ deliveryId, actor: actors.admin, note: plan.returnNote }, db);
}
