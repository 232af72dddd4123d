// The delivery lifecycle on the real database, on orders paid through the real money path
// (placeOrder → Paystack emulator → confirmPayment): creation once an order is ready (and
// only once, however often or concurrently it runs), every legal and illegal transition, the
// delivery code with its lock-out and admin reset, rider scoping, and the effects of DELIVERED
// on lines, order, events and outbox — all in the transaction that moves the delivery.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { arriveBatch } from "@/lib/batches/arrive-batch";
import { closeBatch } from "@/lib/batches/close-batch";
import { shipBatch } from "@/lib/batches/ship-batch";
import { checkoutKey, createTestAddress, createTestZone } from "../factories/checkout";
import { placeOrder } from "@/lib/checkout/place-order";
import { createReadyDeliveries } from "@/lib/deliveries/create-ready-deliveries";
import { deliverDelivery } from "@/lib/deliveries/deliver-delivery";
import { deliveryRefusal, type TDeliveryEvent } from "@/lib/deliveries/delivery-transitions";
import { dispatchDelivery } from "@/lib/deliveries/dispatch-delivery";
import { failDelivery } from "@/lib/deliveries/fail-delivery";
import { resetDeliveryCodeLock } from "@/lib/deliveries/reset-delivery-code-lock";
import { returnDelivery } from "@/lib/deliveries/return-delivery";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import type { TDeliveryActor } from "@/lib/deliveries/schemas";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { endOrderLines } from "@/lib/orders/end-order-lines";
import { getCustomerOrderOrThrow } from "@/lib/orders/get-customer-order";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { createTestBatch } from "../factories/batches";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

setupOwnPaystackIntegration("deliveries");
const ops = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const riderA = await createTestUser({ name: "Kwame Rider", roles: ["RIDER"] });
const riderB = await createTestUser({ name: "Esi Rider", roles: ["RIDER"] });
const admin: TDeliveryActor = { type: "ADMIN", id: ops.id };
const asRiderA: TDeliveryActor = { type: "RIDER", id: riderA.id };
const asRiderB: TDeliveryActor = { type: "RIDER", id: riderB.id };
const DAY = 86_400_000;
const tomorrow = () => new Date(Date.now() + DAY).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

/** Pays an order through the emulator and our confirmation, as the callback page does. */
async function pay(orderNumber: string, customerId: string, kind?: "BALANCE") {
  const paid = await payByCard(orderNumber, customerId, undefined, kind);
  expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
}

/** A paid in-stock order for home delivery (zone fee 2,500) with two lines, and its delivery. */
async function paidStockOrder() {
  const s = await shopFor([
    { stockOnHand: 10, priceMinor: 10_000 },
    { stockOnHand: 10, priceMinor: 4_000 },
  ]);
  const zone = await createTestZone({ feeMinor: 2_500 });
  const address = await createTestAddress({ userId: s.shopper.id, zoneId: zone.id });
  const placed = await placeOrder({
    customerId: s.shopper.id,
    idempotencyKey: checkoutKey(),
    lines: [
      { variantId: s.variants[0]!.id, quantity: 2 },
      { variantId: s.variants[1]!.id, quantity: 1 },
    ],
    delivery: { method: "HOME", addressId: address.id },
  });
  await pay(placed.order.number, s.shopper.id);
  return { s, zone, address, order: placed.order };
}

async function deliveryOf(orderId: string) {
  const { created } = await createReadyDeliveries({ orderIds: [orderId] });
  expect(created).toHaveLength(1);
  return prisma.delivery.findUniqueOrThrow({ where: { orderId } });
}

const schedule = (deliveryId: string, riderId = riderA.id, date = tomorrow()) =>
  scheduleDelivery({ deliveryId, actor: admin, date, timeSlot: "MORNING", riderId });
const codeOf = async (deliveryId: string) =>
  (await prisma.delivery.findUniqueOrThrow({ where: { id: deliveryId } })).deliveryCode;
const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const outbox = (userId: string, templateKey: string) =>
  prisma.notification.findMany({ where: { userId, templateKey }, orderBy: { createdAt: "asc" } });
const eventsOf = (deliveryId: string) =>
  prisma.deliveryEvent.findMany({ where: { deliveryId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** A delivery walked to `status` by the legal transitions (rider A; CANCELLED: the customer cancels). */
async function deliveryIn(status: DeliveryStatus) {
  const { s, order } = await paidStockOrder();
  const d = await deliveryOf(order.id);
  if (status === "PENDING") return { s, order, d };
  if (status === "CANCELLED") {
    await cancelOrder({ orderNumber: order.number, customerId: s.shopper.id });
    return { s, order, d };
  }
  await schedule(d.id);
  if (status === "SCHEDULED") return { s, order, d };
  await dispatchDelivery({ deliveryId: d.id, actor: asRiderA });
  if (status === "OUT_FOR_DELIVERY") return { s, order, d };
  if (status === "DELIVERED") {
    await deliverDelivery({ deliveryId: d.id, actor: asRiderA, code: d.deliveryCode });
    return { s, order, d };
  }
  await failDelivery({ deliveryId: d.id, actor: asRiderA, reason: "NOT_HOME" });
  if (status === "FAILED") return { s, order, d };
  await returnDelivery({ deliveryId: d.id, actor: admin, note: "Unreachable after three calls" });
  return { s, order, d };
}

function fire(event: TDeliveryEvent, deliveryId: string, code: string) {
  switch (event) {
    case "SCHEDULE":
      return scheduleDelivery({ deliveryId, actor: admin, date: inDays(2), timeSlot: "EVENING", riderId: riderB.id });
    case "DISPATCH":
      return dispatchDelivery({ deliveryId, actor: admin });
    case "DELIVER":
      return deliverDelivery({ deliveryId, actor: admin, code });
    case "FAIL":
      return failDelivery({ deliveryId, actor: admin, reason: "REFUSED" });
    case "RETURN":
      return returnDelivery({ deliveryId, actor: admin, note: "Customer asked us to keep it" });
  }
}

describe("createReadyDeliveries", () => {
  it("gives a paid in-stock order one delivery copied from the order, with a code, an event and a message", async () => {
    const { s, zone, order } = await paidStockOrder();
    const first = await createReadyDeliveries({ orderIds: [order.id] });
    expect(first.created).toEqual([
      { id: expect.any(String), orderId: order.id, orderNumber: order.number, method: "HOME" },
    ]);
    const d = await prisma.delivery.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(d).toMatchObject({
      status: "PENDING",
      method: "HOME",
      zoneId: zone.id,
      pickupPointId: null,
      feeMinor: 2_500,
      codeAttempts: 0,
      riderId: null,
    });
    expect(d.deliveryCode).toMatch(/^[0-9]{6}$/);
    expect(d.address).toMatchObject({ recipientName: "Ama Test", line1: "12 Oxford Street", zone: zone.name });
    expect(await eventsOf(d.id)).toEqual([
      expect.objectContaining({ event: "CREATE", fromStatus: null, toStatus: "PENDING", actorType: "SYSTEM" }),
    ]);
    const ready = await outbox(s.shopper.id, "delivery.ready");
    expect(ready.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(ready[0]!.data).toMatchObject({ orderNumber: order.number, method: "HOME", zone: zone.name });
    expect(JSON.stringify(ready[0]!.data)).not.toContain(d.deliveryCode); // the code goes out with the rider

    // A second run creates nothing and tells nobody again.
    expect((await createReadyDeliveries({ orderIds: [order.id] })).created).toEqual([]);
    expect(await prisma.delivery.count({ where: { orderId: order.id } })).toBe(1);
    expect(await outbox(s.shopper.id, "delivery.ready")).toHaveLength(2);
  });

  it("creates exactly one delivery when runs race", async () => {
    const { s, order } = await paidStockOrder();
    const runs = await Promise.all(Array.from({ length: 6 }, () => createReadyDeliveries({ orderIds: [order.id] })));
    expect(runs.flatMap((r) => r.created)).toHaveLength(1);
    expect(runs.flatMap((r) => r.failed)).toEqual([]);
    const deliveries = await prisma.delivery.findMany({ where: { orderId: order.id } });
    expect(deliveries).toHaveLength(1);
    expect(await prisma.deliveryEvent.count({ where: { deliveryId: deliveries[0]!.id } })).toBe(1);
    expect(await outbox(s.shopper.id, "delivery.ready")).toHaveLength(2);
  });

  it("leaves unpaid orders and pre-orders still abroad alone; pickup orders keep their point", async () => {
    const s = await shopFor([{ stockOnHand: 5 }, { availability: "PRE_ORDER", batchCap: 5 }]);
    await createTestBatch({ originId: s.originId });
    const unpaid = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    const preOrder = await s.place([{ variantId: s.variants[1]!.id, quantity: 1 }]);
    await pay(preOrder.order.number, s.shopper.id);
    const pickup = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    await pay(pickup.order.number, s.shopper.id);

    const run = await createReadyDeliveries({ orderIds: [unpaid.order.id, preOrder.order.id, pickup.order.id] });
    expect(run.created.map((d) => d.orderNumber)).toEqual([pickup.order.number]);
    expect(await prisma.delivery.findUniqueOrThrow({ where: { orderId: pickup.order.id } })).toMatchObject({
      method: "PICKUP",
      pickupPointId: s.point.id,
      zoneId: null,
      address: null,
      feeMinor: 0,
    });
  });

  it("delivers a deposit order once its balance is paid (at payment); a paid-up order in the same batch at arrival", async () => {
    const s = await shopFor([{ availability: "PRE_ORDER", batchCap: 10, priceMinor: 30_000 }]);
    const batch = await createTestBatch({ originId: s.originId });
    const variantId = s.variants[0]!.id;
    const deposit = await s.place([{ variantId, quantity: 1 }], { paymentPlan: "DEPOSIT" });
    await pay(deposit.order.number, s.shopper.id);
    const full = await s.place([{ variantId, quantity: 1 }]);
    await pay(full.order.number, s.shopper.id);
    const both = [deposit.order.id, full.order.id];

    // Paid, but the goods are abroad: nothing yet.
    expect((await createReadyDeliveries({ orderIds: both })).created).toEqual([]);
    await prisma.$transaction(async (tx) => {
      const lines = await tx.orderLine.findMany({ where: { batchId: batch.id }, select: { id: true } });
      for (const l of lines) await transitionLine(tx, { lineId: l.id, event: "PROCURE", actor: { type: "VENDOR" } });
    });
    await closeBatch({ batchId: batch.id, actor: admin });
    await shipBatch({ batchId: batch.id, actor: admin, carrier: "DHL", trackingNumber: "DL1" });
    await arriveBatch({ batchId: batch.id, actor: admin });

    // arrival itself created the paid-up order's delivery; the sweep then finds nothing to add
    expect(await prisma.delivery.count({ where: { orderId: full.order.id } })).toBe(1);
    expect((await createReadyDeliveries({ orderIds: both })).created).toEqual([]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: deposit.order.id } })).toMatchObject({
      status: "IN_PROGRESS",
      balanceDueMinor: expect.any(Number),
    });
    expect(await prisma.delivery.count({ where: { orderId: deposit.order.id } })).toBe(0);

    // paying the balance made it ready, and the payment's own transaction created its delivery
    await pay(deposit.order.number, s.shopper.id, "BALANCE");
    expect(await prisma.delivery.count({ where: { orderId: deposit.order.id } })).toBe(1);
    expect((await createReadyDeliveries({ orderIds: both })).created).toEqual([]);
  });
});

describe("the happy path", () => {
  it("schedules, dispatches with the code and delivers: lines, order, events and outbox in one go", async () => {
    const { s, order } = await paidStockOrder();
    const d = await deliveryOf(order.id);

    const scheduled = await schedule(d.id);
    expect(scheduled).toMatchObject({ from: "PENDING", to: "SCHEDULED", event: "SCHEDULE" });
    expect(scheduled.delivery).toMatchObject({ riderId: riderA.id, timeSlot: "MORNING" });
    expect(scheduled.delivery.scheduledFor).toEqual(new Date(`${tomorrow()}T09:00:00.000Z`));
    expect(scheduled.delivery).not.toHaveProperty("deliveryCode");
    const slotNote = await outbox(s.shopper.id, "delivery.scheduled");
    expect(slotNote).toHaveLength(2);
    expect(slotNote[0]!.data).toMatchObject({ orderNumber: order.number, slot: "Morning (9:00–12:00)" });

    const out = await dispatchDelivery({ deliveryId: d.id, actor: asRiderA });
    expect(out).toMatchObject({ to: "OUT_FOR_DELIVERY", linesDispatched: 2 });
    expect(out.delivery).toMatchObject({ attempts: 1, dispatchedAt: expect.any(Date) });
    const withCode = await outbox(s.shopper.id, "delivery.out_for_delivery");
    expect(withCode.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(withCode[0]!.data).toMatchObject({ deliveryCode: d.deliveryCode, riderName: "Kwame Rider", attempt: 1 });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "OUT_FOR_DELIVERY",
    });

    // The customer reads the code from the SMS to the rider.
    const code = (withCode.find((n) => n.channel === "SMS")!.data as { deliveryCode: string }).deliveryCode;
    const done = await deliverDelivery({ deliveryId: d.id, actor: asRiderA, code });
    expect(done).toMatchObject({ from: "OUT_FOR_DELIVERY", to: "DELIVERED", linesDelivered: 2 });
    expect(done.delivery.deliveredAt).toBeInstanceOf(Date);

    const lines = await prisma.orderLine.findMany({ where: { orderId: order.id } });
    for (const l of lines) {
      expect(l.status).toBe("DELIVERED");
      expect(l.deliveredAt).toBeInstanceOf(Date); // the holdback window starts here
    }
    const o = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(o.status).toBe("DELIVERED");
    const types = o.events.map((e) => e.type);
    expect(types.filter((t) => t === "line.dispatch")).toHaveLength(2);
    expect(types.filter((t) => t === "line.deliver")).toHaveLength(2);
    expect(types).toEqual(expect.arrayContaining(["order.dispatch", "order.deliver"]));
    expect(o.events.find((e) => e.type === "line.deliver")).toMatchObject({ actorType: "RIDER", actorId: riderA.id });

    expect((await eventsOf(d.id)).map((e) => `${e.event}:${e.fromStatus}>${e.toStatus}:${e.actorType}`)).toEqual([
      "CREATE:null>PENDING:SYSTEM",
      "SCHEDULE:PENDING>SCHEDULED:ADMIN",
      "DISPATCH:SCHEDULED>OUT_FOR_DELIVERY:RIDER",
      "DELIVER:OUT_FOR_DELIVERY>DELIVERED:RIDER",
    ]);
    expect(await outbox(s.shopper.id, "delivery.delivered")).toHaveLength(2);
    // The delivery's own messages replace the order's generic ones (one SMS per event, not two).
    expect(await outbox(s.shopper.id, "order.out_for_delivery")).toEqual([]);
    expect(await outbox(s.shopper.id, "order.delivered")).toEqual([]);
  });

  it("after a failed attempt: reason kept on the timeline, rescheduled, sent out again and delivered", async () => {
    const { s, order, d } = await deliveryIn("OUT_FOR_DELIVERY");
    const failed = await failDelivery({
      deliveryId: d.id,
      actor: asRiderA,
      reason: "WRONG_ADDRESS",
      note: "No house 12 on that street",
    });
    expect(failed.delivery).toMatchObject({
      status: "FAILED",
      failureReason: "WRONG_ADDRESS",
      failureNote: "No house 12 on that street",
      failedAt: expect.any(Date),
    });
    const failNote = await outbox(s.shopper.id, "delivery.failed");
    expect(failNote).toHaveLength(2);
    expect(failNote[0]!.data).toMatchObject({ reason: "WRONG_ADDRESS", attempt: 1 });
    // The parcel is back at the hub, but the order is still "out for delivery" to the customer.
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("OUT_FOR_DELIVERY");

    const again = await schedule(d.id, riderB.id, inDays(2));
    expect(again.delivery).toMatchObject({ riderId: riderB.id, failureReason: null, failureNote: null });
    const second = await dispatchDelivery({ deliveryId: d.id, actor: asRiderB });
    expect(second).toMatchObject({ linesDispatched: 0 });
    expect(second.delivery.attempts).toBe(2);
    expect(await outbox(s.shopper.id, "delivery.out_for_delivery")).toHaveLength(4); // one per attempt and channel
    await deliverDelivery({ deliveryId: d.id, actor: asRiderB, code: d.deliveryCode });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("DELIVERED");

    const timeline = await eventsOf(d.id);
    expect(timeline.map((e) => e.event)).toEqual([
      "CREATE",
      "SCHEDULE",
      "DISPATCH",
      "FAIL",
      "SCHEDULE",
      "DISPATCH",
      "DELIVER",
    ]);
    expect(timeline[3]!.note).toBe("The address was wrong or could not be found: No house 12 on that street");
  });

  it("a failed delivery can be returned: closed, the customer told", async () => {
    const { s, d } = await deliveryIn("FAILED");
    await expect(returnDelivery({ deliveryId: d.id, actor: admin, note: "" })).rejects.toMatchObject({
      name: "ZodError",
    });
    const r = await returnDelivery({ deliveryId: d.id, actor: admin, note: "Refused twice" });
    expect(r.delivery).toMatchObject({ status: "RETURNED", returnedAt: expect.any(Date) });
    expect((await outbox(s.shopper.id, "delivery.returned"))[0]!.data).toMatchObject({ reason: "Refused twice" });
  });

  it("a returned delivery brings its lines back to the hub (ARRIVED) and the order to ready, with events", async () => {
    const { order, d } = await deliveryIn("FAILED");
    const linesBefore = await prisma.orderLine.findMany({ where: { orderId: order.id } });
    expect(linesBefore.map((l) => l.status)).toEqual(["OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY"]);
    const r = await returnDelivery({ deliveryId: d.id, actor: admin, note: "Unreachable after three calls" });
    expect(r).toMatchObject({ to: "RETURNED", linesBackAtHub: 2 });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(after.lines.map((l) => l.status)).toEqual(["ARRIVED", "ARRIVED"]);
    expect(after.status).toBe("READY_FOR_DELIVERY");
    const events = await prisma.orderEvent.findMany({
      where: { orderId: order.id, type: { in: ["line.back_to_hub", "order.ready"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorType])).toEqual([
      ["line.back_to_hub", "OUT_FOR_DELIVERY", "ARRIVED", "ADMIN"],
      ["line.back_to_hub", "OUT_FOR_DELIVERY", "ARRIVED", "ADMIN"],
      ["order.ready", "OUT_FOR_DELIVERY", "READY_FOR_DELIVERY", "ADMIN"],
    ]);
    // The same order never gets a second delivery from the sweep: it already has its (closed) one.
    expect((await createReadyDeliveries({ orderIds: [order.id] })).created).toEqual([]);
  });

  it("a reschedule before it leaves moves the slot; the very same slot and rider again is refused", async () => {
    const { s, d } = await deliveryIn("SCHEDULED");
    const moved = await scheduleDelivery({
      deliveryId: d.id,
      actor: admin,
      date: inDays(3),
      timeSlot: "AFTERNOON",
      riderId: riderA.id,
    });
    expect(moved).toMatchObject({ from: "SCHEDULED", to: "SCHEDULED" });
    expect(moved.delivery.scheduledFor).toEqual(new Date(`${inDays(3)}T12:00:00.000Z`));
    expect(await outbox(s.shopper.id, "delivery.scheduled")).toHaveLength(4);
    await expect(
      scheduleDelivery({ deliveryId: d.id, actor: admin, date: inDays(3), timeSlot: "AFTERNOON", riderId: riderA.id }),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "This delivery is already scheduled for that slot with that rider.",
    });
  });
});

describe("illegal transitions", () => {
  const STATES: DeliveryStatus[] = [
    "PENDING",
    "SCHEDULED",
    "OUT_FOR_DELIVERY",
    "DELIVERED",
    "FAILED",
    "RETURNED",
    "CANCELLED",
  ];
  const EVENTS: TDeliveryEvent[] = ["SCHEDULE", "DISPATCH", "DELIVER", "FAIL", "RETURN"];

  it.each(STATES)("from %s every other event is refused with a sentence and changes nothing", async (status) => {
    const { d } = await deliveryIn(status);
    const before = await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } });
    const eventsBefore = await prisma.deliveryEvent.count({ where: { deliveryId: d.id } });
    const illegal = EVENTS.filter((e) => deliveryRefusal(status, e) !== null);
    expect(illegal.length).toBeGreaterThan(0);
    for (const event of illegal) {
      await expect(fire(event, d.id, d.deliveryCode), `${status} + ${event}`).rejects.toMatchObject({
        code: "INVALID_STATE",
        message: deliveryRefusal(status, event),
      });
    }
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).toEqual(before);
    expect(await prisma.deliveryEvent.count({ where: { deliveryId: d.id } })).toBe(eventsBefore);
  });

  it("refuses a day that has passed or is too far ahead, and someone who does not deliver", async () => {
    const { s, d } = await deliveryIn("PENDING");
    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    await expect(
      scheduleDelivery({ deliveryId: d.id, actor: admin, date: yesterday, timeSlot: "EVENING", riderId: riderA.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "That day has passed: choose today or a later day." });
    await expect(
      scheduleDelivery({ deliveryId: d.id, actor: admin, date: inDays(45), timeSlot: "EVENING", riderId: riderA.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(schedule(d.id, s.shopper.id)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Test Shopper is not a rider or an operations admin: choose someone who delivers.",
    });
    // An operations admin may take a delivery out themselves.
    expect((await schedule(d.id, ops.id)).delivery.riderId).toBe(ops.id);
  });
});

describe("cancelled orders", () => {
  it("a customer cancelling a paid in-stock order closes its scheduled delivery in the same transaction", async () => {
    const { s, order, d } = await deliveryIn("SCHEDULED");
    expect((await getCustomerOrderOrThrow({ customerId: s.shopper.id, number: order.number })).delivery).toMatchObject({
      status: "SCHEDULED",
      code: d.deliveryCode,
    });
    await cancelOrder({ orderNumber: order.number, customerId: s.shopper.id });

    const closed = await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(closed).toMatchObject({ status: "CANCELLED", cancelledAt: expect.any(Date), riderId: riderA.id });
    const last = (await eventsOf(d.id)).at(-1)!;
    expect(last).toMatchObject({ event: "CANCEL", fromStatus: "SCHEDULED", toStatus: "CANCELLED" });
    expect(last).toMatchObject({ actorType: "CUSTOMER", actorId: s.shopper.id });
    expect(last.note).toBe(`Order ${order.number} has nothing left to deliver: Cancelled by the customer`);
    await expect(dispatchDelivery({ deliveryId: d.id, actor: asRiderA })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "This delivery was cancelled with its order: it is closed.",
    });
    // The customer no longer sees a code for a parcel that is not coming.
    expect((await getCustomerOrderOrThrow({ customerId: s.shopper.id, number: order.number })).delivery).toMatchObject({
      status: "CANCELLED",
      code: null,
    });
  });

  it("an item ending leaves the delivery to the rest of the order", async () => {
    const { order, d } = await deliveryIn("PENDING");
    const [first] = await prisma.orderLine.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
    await prisma.$transaction((tx) =>
      endOrderLines(tx, {
        orderId: order.id,
        lineIds: [first!.id],
        event: "MARK_UNAVAILABLE",
        reason: "Damaged in the warehouse",
        actor: admin,
      }),
    );
    expect((await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("PENDING");
    const out = await schedule(d.id).then(() => dispatchDelivery({ deliveryId: d.id, actor: asRiderA }));
    expect(out.linesDispatched).toBe(1);
  });
});

describe("the delivery code", () => {
  it("counts wrong codes, locks after five, and only an admin's reset lets the right one through", async () => {
    const { order, d } = await deliveryIn("OUT_FOR_DELIVERY");
    const code = await codeOf(d.id);
    const wrong = wrongCodeFor(code);

    await expect(deliverDelivery({ deliveryId: d.id, actor: asRiderA, code: "12345" })).rejects.toMatchObject({
      name: "ZodError", // not six digits: a typo, not a guess
    });
    for (let i = 1; i <= 4; i++) {
      const left = 5 - i;
      await expect(deliverDelivery({ deliveryId: d.id, actor: asRiderA, code: wrong })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `That delivery code is wrong: ${left} ${left === 1 ? "try" : "tries"} left before the delivery is locked.`,
        details: { attemptsLeft: left, isLocked: false },
      });
    }
    await expect(deliverDelivery({ deliveryId: d.id, actor: asRiderA, code: wrong })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "That delivery code is wrong. After 5 wrong codes the delivery is locked: ask an admin to reset it.",
    });
    const locked = await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(locked).toMatchObject({ status: "OUT_FOR_DELIVERY", codeAttempts: 5, codeLockedAt: expect.any(Date) });

    // Locked: even the right code is refused, and no more attempts are counted.
    await expect(deliverDelivery({ deliveryId: d.id, actor: asRiderA, code })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: deliveryRefusal("OUT_FOR_DELIVERY", "DELIVER", { isCodeLocked: true }),
    });
    expect((await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).codeAttempts).toBe(5);
    expect((await prisma.orderLine.findMany({ where: { orderId: order.id } })).map((l) => l.status)).toEqual([
      "OUT_FOR_DELIVERY",
      "OUT_FOR_DELIVERY",
    ]);

    await expect(resetDeliveryCodeLock({ deliveryId: d.id, actor: asRiderA })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const reset = await resetDeliveryCodeLock({ deliveryId: d.id, actor: admin, note: "Called the customer" });
    expect(reset).toMatchObject({ codeAttempts: 0, codeLockedAt: null });
    expect(reset).not.toHaveProperty("deliveryCode");
    await expect(resetDeliveryCodeLock({ deliveryId: d.id, actor: admin })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "This delivery is not locked: there is nothing to reset.",
    });

    await deliverDelivery({ deliveryId: d.id, actor: asRiderA, code });
    const timeline = (await eventsOf(d.id)).map((e) => e.event);
    expect(timeline.slice(3)).toEqual([
      "CODE_REJECTED",
      "CODE_REJECTED",
      "CODE_REJECTED",
      "CODE_REJECTED",
      "CODE_LOCKED",
      "CODE_LOCK_RESET",
      "DELIVER",
    ]);
    const resetEvent = (await eventsOf(d.id)).find((e) => e.event === "CODE_LOCK_RESET")!;
    expect(resetEvent).toMatchObject({ actorType: "ADMIN", actorId: ops.id });
    expect(resetEvent.note).toBe("Code lock reset after 5 wrong code(s). Called the customer");
  });

  it("five wrong codes at once lock the delivery exactly at five", async () => {
    const { d } = await deliveryIn("OUT_FOR_DELIVERY");
    const wrong = wrongCodeFor(await codeOf(d.id));
    const tries = await Promise.allSettled(
      Array.from({ length: 7 }, () => deliverDelivery({ deliveryId: d.id, actor: admin, code: wrong })),
    );
    expect(tries.every((t) => t.status === "rejected")).toBe(true);
    const codes = tries.map((t) => (t as PromiseRejectedResult).reason.code as string).sort();
    expect(codes).toEqual([
      "BAD_REQUEST",
      "BAD_REQUEST",
      "BAD_REQUEST",
      "BAD_REQUEST",
      "BAD_REQUEST",
      "INVALID_STATE",
      "INVALID_STATE",
    ]);
    expect((await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).codeAttempts).toBe(5);
  });
});

describe("riders", () => {
  it("move only the deliveries assigned to them; others are not found; scheduling and returns are for ops", async () => {
    const { d } = await deliveryIn("SCHEDULED"); // rider A's
    const notFound = { code: "NOT_FOUND", message: "Delivery not found." };
    await expect(dispatchDelivery({ deliveryId: d.id, actor: asRiderB })).rejects.toMatchObject(notFound);
    await expect(dispatchDelivery({ deliveryId: "no-such-delivery", actor: asRiderA })).rejects.toMatchObject(notFound);
    await expect(
      scheduleDelivery({ deliveryId: d.id, actor: asRiderA, date: inDays(2), timeSlot: "MORNING", riderId: riderA.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await dispatchDelivery({ deliveryId: d.id, actor: asRiderA });
    const code = await codeOf(d.id);
    await expect(deliverDelivery({ deliveryId: d.id, actor: asRiderB, code })).rejects.toMatchObject(notFound);
    await expect(failDelivery({ deliveryId: d.id, actor: asRiderB, reason: "NOT_HOME" })).rejects.toMatchObject(
      notFound,
    );
    // A stranger's guesses never count against the real rider.
    expect((await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).codeAttempts).toBe(0);

    await failDelivery({ deliveryId: d.id, actor: asRiderA, reason: "OTHER", note: "Gate locked, no answer" });
    await expect(
      returnDelivery({ deliveryId: d.id, actor: asRiderA, note: "Giving up on this one" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(failDelivery({ deliveryId: d.id, actor: admin, reason: "OTHER" })).rejects.toMatchObject({
      name: "ZodError", // OTHER needs a note
    });
    const events = await eventsOf(d.id);
    expect(events.filter((e) => e.actorType === "RIDER").map((e) => e.event)).toEqual(["DISPATCH", "FAIL"]);
    expect(events.filter((e) => e.actorType === "RIDER").every((e) => e.actorId === riderA.id)).toBe(true);
  });
});
