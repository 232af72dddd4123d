// Demo batches in every state, carrying real paid orders: each is created with the soonest
// cut-off of its origin (so checkout puts the pre-orders in it), filled through checkout and a
// card payment on the Paystack emulator, then moved with the same use cases the admin's
// buttons run — close (one under its minimum), ship, arrive, deliver and complete, cancel
// (refunding every paid line). Found again by code on later runs: a second run changes nothing.
import type { Db } from "@/lib/db";
import { createBatch } from "@/lib/batches/create-batch";
import { transitionBatch } from "@/lib/batches/transition-batch";
import { placeOrder } from "@/lib/checkout/place-order";
import { createReadyDeliveries } from "@/lib/deliveries/create-ready-deliveries";
import { deliverDelivery } from "@/lib/deliveries/deliver-delivery";
import { dispatchDelivery } from "@/lib/deliveries/dispatch-delivery";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import { checkoutPayWithCard } from "@/lib/integrations/paystack/emulator";
import { isPaystackEmulated } from "@/lib/integrations/paystack/client";
import { procureVendorLine } from "@/lib/orders/procure-vendor-lines";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { startCardPayment } from "@/lib/payments/start-payment";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DEMO_CARD = { number: "4084084084084081", expiry: "12/30", cvv: "408" };
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Kofi: Ama's orders are the delivery demo (one delivery in each state). */
const CUSTOMER = "customer@londom.test";

type TState = "DRAFT" | "CLOSED" | "IN_TRANSIT" | "ARRIVED" | "COMPLETED" | "CANCELLED";
type TPlan = {
  code: string;
  origin: string;
  state: TState;
  /** Units per paid order; DEPOSIT orders pay 30 % now and the rest on arrival. */
  orders: { quantity: number; plan?: "FULL" | "DEPOSIT" }[];
  minUnits?: number;
  arrivalInDays: [number, number];
  carrier?: [string, string];
  cancelReason?: string;
};

const PLANS: TPlan[] = [
  { code: "LDN-SEA-DRAFT1", origin: "LDN", state: "DRAFT", orders: [], minUnits: 120, arrivalInDays: [40, 54] },
  {
    code: "MAN-AIR-GROUP1",
    origin: "MAN",
    state: "CLOSED",
    orders: [{ quantity: 2 }, { quantity: 1 }],
    minUnits: 25,
    arrivalInDays: [9, 14],
  },
  {
    code: "DXB-AIR-TRANS1",
    origin: "DXB",
    state: "IN_TRANSIT",
    orders: [{ quantity: 1 }, { quantity: 2 }, { quantity: 1, plan: "DEPOSIT" }],
    arrivalInDays: [3, 6],
    carrier: ["Emirates SkyCargo", "EK176-55120934"],
  },
  {
    code: "CAN-AIR-HUB01",
    origin: "CAN",
    state: "ARRIVED",
    orders: [{ quantity: 1, plan: "DEPOSIT" }, { quantity: 2 }],
    arrivalInDays: [1, 2],
    carrier: ["DHL Global Forwarding", "DHL1187730455"],
  },
  {
    code: "NYC-AIR-DONE01",
    origin: "NYC",
    state: "COMPLETED",
    orders: [{ quantity: 1 }],
    arrivalInDays: [1, 2],
    carrier: ["UPS Air Freight", "1Z999AA10123456784"],
  },
  {
    code: "LDN-AIR-CANC01",
    origin: "LDN",
    state: "CANCELLED",
    orders: [{ quantity: 1 }, { quantity: 1 }],
    arrivalInDays: [10, 15],
    cancelReason: "The airline cancelled our consolidated freight slot; a new batch opens next week.",
  },
];

/** Only with the emulator: demo money must never reach a real Paystack account. */
export async function seedBatchOrders(db: Db, adminId: string): Promise<{ created: number; skipped?: string }> {
  if (!isPaystackEmulated()) return { created: 0, skipped: "Paystack is live: demo batches stay empty" };
  const actor = { type: "ADMIN" as const, id: adminId };
  const customer = await db.user.findUniqueOrThrow({
    where: { email: CUSTOMER },
    select: { id: true, addresses: { where: { isDefault: true }, select: { id: true } } },
  });
  let created = 0;
  for (const plan of PLANS) {
    if (await db.batch.findUnique({ where: { code: plan.code }, select: { id: true } })) continue;
    const origin = await db.origin.findUniqueOrThrow({ where: { code: plan.origin }, select: { id: true } });
    const soonest = await db.batch.findFirst({
      where: { originId: origin.id, status: "OPEN", cutoffAt: { gt: new Date() } },
      orderBy: { cutoffAt: "asc" },
      select: { cutoffAt: true },
    });
    // Sooner than the origin's open batches, so checkout puts these pre-orders in this one.
    const cutoffAt = new Date(Math.min(Date.now() + 2 * HOUR, (soonest?.cutoffAt.getTime() ?? Infinity) - HOUR));
    const batch = await createBatch(
      {
        code: plan.code,
        originId: origin.id,
        shippingMethod: plan.code.includes("-SEA-") ? "SEA" : "AIR",
        cutoffAt,
        arrivalWindowStart: new Date(cutoffAt.getTime() + plan.arrivalInDays[0] * DAY),
        arrivalWindowEnd: new Date(cutoffAt.getTime() + plan.arrivalInDays[1] * DAY),
        ...(plan.minUnits ? { minUnits: plan.minUnits } : {}),
        status: plan.state === "DRAFT" ? "DRAFT" : "OPEN",
        actor,
      },
      db,
    );
    created++;
    if (plan.state === "DRAFT") continue;
    const variants = await db.variant.findMany({
      where: { availability: "PRE_ORDER", isActive: true, product: { status: "ACTIVE", originId: origin.id } },
      orderBy: { sku: "asc" },
      take: plan.orders.length,
      select: { id: true },
    });
    const orders: { id: string; number: string; customerId: string }[] = [];
    for (const [i, o] of plan.orders.entries()) {
      const placed = await placeOrder(
        {
          customerId: customer.id,
          idempotencyKey: `seed-batch-${plan.code}-${i}`,
          lines: [{ variantId: variants[i % variants.length]!.id, quantity: o.quantity }],
          delivery: { method: "HOME", addressId: customer.addresses[0]!.id },
          paymentPlan: o.plan ?? "FULL",
        },
        db,
      );
      const started = await startCardPayment({ orderNumber: placed.order.number, customerId: customer.id }, db);
      await checkoutPayWithCard(started.accessCode, DEMO_CARD);
      await confirmPayment({ reference: started.reference, source: "callback" }, db);
      orders.push({ id: placed.order.id, number: placed.order.number, customerId: customer.id });
    }
    if (plan.state === "CANCELLED") {
      await transitionBatch({ batchId: batch.id, event: "CANCEL", actor, reason: plan.cancelReason! }, db);
      continue;
    }
    await transitionBatch({ batchId: batch.id, event: "CLOSE", actor }, db);
    if (plan.state === "CLOSED") continue;
    // The vendors hand everything over before the flight.
    const lines = await db.orderLine.findMany({
      where: { batchId: batch.id, status: "CONFIRMED" },
      select: { id: true, vendorId: true },
    });
    for (const l of lines)
      await procureVendorLine({ vendorId: l.vendorId, lineId: l.id, actor: { type: "VENDOR" } }, db);
    const [carrier, trackingNumber] = plan.carrier!;
    await transitionBatch({ batchId: batch.id, event: "SHIP", actor, carrier, trackingNumber }, db);
    if (plan.state === "IN_TRANSIT") continue;
    await transitionBatch({ batchId: batch.id, event: "ARRIVE", actor }, db);
    if (plan.state === "ARRIVED") continue;
    // COMPLETED: every order delivered to the door, then the batch closes its books.
    const today = Math.floor(Date.now() / DAY) * DAY;
    for (const o of orders) {
      const due = await db.order.findUniqueOrThrow({ where: { id: o.id }, select: { balanceDueMinor: true } });
      if (due.balanceDueMinor > 0) {
        const balance = await startCardPayment(
          { orderNumber: o.number, customerId: o.customerId, kind: "BALANCE" },
          db,
        );
        await checkoutPayWithCard(balance.accessCode, DEMO_CARD);
        await confirmPayment({ reference: balance.reference, source: "callback" }, db);
      }
      await createReadyDeliveries({ orderIds: [o.id] }, db);
      const d = await db.delivery.findUniqueOrThrow({
        where: { orderId: o.id },
        select: { id: true, deliveryCode: true },
      });
      const rider = await db.user.findFirstOrThrow({ where: { roles: { has: "RIDER" } }, select: { id: true } });
      await scheduleDelivery(
        {
          deliveryId: d.id,
          actor,
          date: isoDay(today),
          timeSlot: "MORNING",
          riderId: rider.id,
          // booked "at the start of the day", so an evening seed run may still use the morning slot
          now: new Date(today),
        },
        db,
      );
      await dispatchDelivery({ deliveryId: d.id, actor: { type: "RIDER", id: rider.id } }, db);
      await deliverDelivery({ deliveryId: d.id, actor: { type: "RIDER", id: rider.id }, code: d.deliveryCode }, db);
    }
    await transitionBatch({ batchId: batch.id, event: "COMPLETE", actor }, db);
  }
  return { created };
}
