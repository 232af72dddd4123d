// The overview's "needs action" counts that link to the deliveries board and the payments
// list, on the real database: "failed today" counts deliveries still FAILED whose attempt
// failed on the Accra day of `now` (yesterday's failure is not today's; one rescheduled since
// is no longer waiting), and agrees with the board's own filter it links to; "payments needing
// review" counts Payment.needsReview. Plus the board's pickup-point filter, and the
// "ready for collection" message a pickup's customer gets when it reaches its point.
import { describe, expect, it } from "vitest";
import { inRolledBackTransaction, prisma } from "@/lib/db";
import { countFailedDeliveriesToday } from "@/lib/deliveries/count-failed-deliveries-today";
import { createReadyDeliveries } from "@/lib/deliveries/create-ready-deliveries";
import { dispatchDelivery } from "@/lib/deliveries/dispatch-delivery";
import { failDelivery } from "@/lib/deliveries/fail-delivery";
import { listAdminDeliveries } from "@/lib/deliveries/list-admin-deliveries";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { countPaymentsNeedingReview } from "@/lib/payments/count-payments-needing-review";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

setupOwnPaystackIntegration("admin_overview");
const rider = await createTestUser({ roles: ["RIDER"] });
const ops = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const admin = { type: "ADMIN" as const, id: ops.id };
const asRider = { type: "RIDER" as const, id: rider.id };

/** A paid in-stock pickup order and its (PENDING) delivery. */
async function paidPickup() {
  const s = await shopFor([{ stockOnHand: 10, priceMinor: 10_000 }]);
  const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
  const paid = await payByCard(placed.order.number, s.shopper.id);
  expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
  const { created } = await createReadyDeliveries({ orderIds: [placed.order.id] });
  expect(created).toHaveLength(1);
  const d = await prisma.delivery.findUniqueOrThrow({ where: { orderId: placed.order.id } });
  return { s, order: placed.order, d };
}

/** Scheduled for the day of `at`, out and failed at `at` (each step on that clock). */
async function failAt(deliveryId: string, at: Date) {
  const date = at.toISOString().slice(0, 10);
  await scheduleDelivery({ deliveryId, actor: admin, date, timeSlot: "MORNING", riderId: rider.id, now: at });
  await dispatchDelivery({ deliveryId, actor: asRider, now: at });
  await failDelivery({ deliveryId, actor: asRider, reason: "NOT_HOME", now: at });
}

// A day of this file's own, years ahead, so no other file's failures fall on it.
const TODAY = "2031-03-17";
const at = (iso: string) => new Date(iso);

describe("deliveries failed today", () => {
  it("counts those still failed whose attempt failed today in Accra, as the board's filter lists them", async () => {
    const yesterday = await paidPickup();
    const today = await paidPickup();
    const rescheduled = await paidPickup();
    await failAt(yesterday.d.id, at("2031-03-16T23:59:00.000Z"));
    await failAt(today.d.id, at(`${TODAY}T00:05:00.000Z`));
    await failAt(rescheduled.d.id, at(`${TODAY}T09:30:00.000Z`));
    await scheduleDelivery({
      deliveryId: rescheduled.d.id,
      actor: admin,
      date: "2031-03-18",
      timeSlot: "AFTERNOON",
      riderId: rider.id,
      now: at(`${TODAY}T10:00:00.000Z`),
    });

    const noon = at(`${TODAY}T12:00:00.000Z`);
    expect(await countFailedDeliveriesToday({ now: noon })).toEqual({ count: 1, day: TODAY });
    // Late in the Accra day (= UTC) it is still the same day; the next morning it is not.
    expect((await countFailedDeliveriesToday({ now: at(`${TODAY}T23:59:59.000Z`) })).count).toBe(1);
    expect(await countFailedDeliveriesToday({ now: at("2031-03-18T00:00:01.000Z") })).toEqual({
      count: 0,
      day: "2031-03-18",
    });
    expect(await countFailedDeliveriesToday({ now: at("2031-03-16T18:00:00.000Z") })).toEqual({
      count: 1,
      day: "2031-03-16",
    });

    // The overview links to /admin/deliveries?status=FAILED&failedOn=<day>: the same rows.
    const listed = await listAdminDeliveries({ status: "FAILED", failedOn: TODAY });
    expect(listed.rows.map((r) => r.id)).toEqual([today.d.id]);
    // Without the status, the day's failures include the one rescheduled since.
    const anyStatus = await listAdminDeliveries({ failedOn: TODAY });
    expect(anyStatus.rows.map((r) => r.id).sort()).toEqual([today.d.id, rescheduled.d.id].sort());
    expect(anyStatus.statusCounts).toMatchObject({ FAILED: 1, SCHEDULED: 1 });
  });
});

describe("payments needing review", () => {
  it("counts payments flagged needsReview, and only those", async () => {
    const { order } = await paidPickup();
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    // In one REPEATABLE READ snapshot (rolled back), so other files' payments cannot move the count.
    const [before, flagged, cleared] = await inRolledBackTransaction(prisma, async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      const b = await countPaymentsNeedingReview(tx);
      await tx.payment.update({ where: { id: payment.id }, data: { needsReview: true, reviewReason: "amount" } });
      const f = await countPaymentsNeedingReview(tx);
      await tx.payment.update({ where: { id: payment.id }, data: { needsReview: false } });
      return [b, f, await countPaymentsNeedingReview(tx)];
    });
    expect(flagged).toBe(before! + 1);
    expect(cleared).toBe(before);
  });
});

describe("pickup on the board", () => {
  it("filters by pickup point", async () => {
    const one = await paidPickup();
    const other = await paidPickup();
    const listed = await listAdminDeliveries({ pickupPointId: one.s.point.id });
    expect(listed.rows.map((r) => r.id)).toEqual([one.d.id]);
    expect(listed.rows[0]).toMatchObject({ method: "PICKUP", pickupPointName: one.s.point.name });
    expect((await listAdminDeliveries({ pickupPointId: other.s.point.id })).rows.map((r) => r.id)).toEqual([
      other.d.id,
    ]);
  });

  it("tells the customer it is ready for collection at its point, with the code, when it gets there", async () => {
    const { s, d } = await paidPickup();
    const sent = () =>
      prisma.notification.findMany({ where: { userId: s.shopper.id, templateKey: "delivery.ready_for_collection" } });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await scheduleDelivery({ deliveryId: d.id, actor: admin, date: tomorrow, timeSlot: "MORNING", riderId: rider.id });
    expect(await sent()).toEqual([]);
    await dispatchDelivery({ deliveryId: d.id, actor: asRider });
    const rows = await sent();
    expect(rows.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    for (const n of rows)
      expect(n.data).toMatchObject({
        method: "PICKUP",
        deliveryCode: d.deliveryCode,
        pickupPoint: s.point.name,
        pickupAddress: `${s.point.address}, ${s.point.city}`,
      });
    expect(
      await prisma.notification.count({ where: { userId: s.shopper.id, templateKey: "delivery.out_for_delivery" } }),
    ).toBe(0);
  });
});
