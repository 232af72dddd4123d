// The ops list of deliveries (/admin/deliveries) and its server actions on the real database:
// filters by status, rider, day and search return the right rows, counts per status ignore
// the status filter, keyset pagination never repeats a row; and the actions (through the
// real action() wrapper) refuse anyone but ops, move deliveries only through the lifecycle
// use cases, and write an audit row. Only Next's request plumbing is replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { placeOrder } from "@/lib/checkout/place-order";
import { createReadyDeliveries } from "@/lib/deliveries/create-ready-deliveries";
import { deliverDelivery } from "@/lib/deliveries/deliver-delivery";
import { dispatchDelivery } from "@/lib/deliveries/dispatch-delivery";
import { failDelivery } from "@/lib/deliveries/fail-delivery";
import { ADMIN_DELIVERIES_PAGE_SIZE, listAdminDeliveries } from "@/lib/deliveries/list-admin-deliveries";
import { listRiders } from "@/lib/deliveries/list-riders";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { uniq } from "../factories/catalog";
import { checkoutKey, createTestAddress, createTestZone } from "../factories/checkout";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { scheduleDeliveryAction, returnDeliveryAction, resetDeliveryCodeLockAction } =
  await import("@/app/admin/deliveries/actions");

setupOwnPaystackIntegration("admin_deliveries");
const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customer = await asUser({});
const riderAName = `Kofi ${uniq("rider")}`;
const riderA = await createTestUser({ name: riderAName, roles: ["RIDER"] });
const riderB = await createTestUser({ name: `Akua ${uniq("rider")}`, roles: ["RIDER"] });
const admin = { type: "ADMIN" as const, id: ops.id };

beforeEach(() => {
  caller = null;
});

/** A paid in-stock order (home delivery in `zoneId`, or pickup) and its delivery. */
async function paidDelivery(zoneId: string | null, customerName?: string) {
  const s = await shopFor([{ stockOnHand: 10, priceMinor: 10_000 }]);
  if (customerName) await prisma.user.update({ where: { id: s.shopper.id }, data: { name: customerName } });
  const lines = [{ variantId: s.variants[0]!.id, quantity: 1 }];
  const placed = zoneId
    ? await placeOrder({
        customerId: s.shopper.id,
        idempotencyKey: checkoutKey(),
        lines,
        delivery: {
          method: "HOME",
          addressId: (await createTestAddress({ userId: s.shopper.id, zoneId })).id,
        },
      })
    : await s.place(lines);
  const paid = await payByCard(placed.order.number, s.shopper.id);
  expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
  const { created } = await createReadyDeliveries({ orderIds: [placed.order.id] });
  expect(created).toHaveLength(1);
  const d = await prisma.delivery.findUniqueOrThrow({ where: { orderId: placed.order.id } });
  return { s, order: placed.order, d };
}

// One zone of this file's own, so the filters see only these deliveries.
const zone = await createTestZone();
const pending = await paidDelivery(zone.id, `Yaw ${uniq("customer")}`);
const scheduled = await paidDelivery(zone.id);
await scheduleDelivery({
  deliveryId: scheduled.d.id,
  actor: admin,
  date: inDays(1),
  timeSlot: "MORNING",
  riderId: riderA.id,
});
const failed = await paidDelivery(zone.id);
await scheduleDelivery({
  deliveryId: failed.d.id,
  actor: admin,
  date: inDays(2),
  timeSlot: "EVENING",
  riderId: riderB.id,
});
await dispatchDelivery({ deliveryId: failed.d.id, actor: { type: "RIDER", id: riderB.id } });
await failDelivery({ deliveryId: failed.d.id, actor: { type: "RIDER", id: riderB.id }, reason: "NOT_HOME" });
const pickup = await paidDelivery(null);

describe("listAdminDeliveries", () => {
  it("filters by zone and status; the counts per status ignore the status filter", async () => {
    const all = await listAdminDeliveries({ zoneId: zone.id });
    expect(all.rows.map((r) => r.id).sort()).toEqual([pending.d.id, scheduled.d.id, failed.d.id].sort());
    expect(all.statusCounts).toMatchObject({ PENDING: 1, SCHEDULED: 1, FAILED: 1, DELIVERED: 0 });
    const onlyScheduled = await listAdminDeliveries({ zoneId: zone.id, status: "SCHEDULED" });
    expect(onlyScheduled.rows.map((r) => r.id)).toEqual([scheduled.d.id]);
    expect(onlyScheduled.statusCounts).toEqual(all.statusCounts);
    expect(all.zones).toContainEqual({ id: zone.id, name: zone.name });
  });

  it("filters by rider, scheduled day and method", async () => {
    const a = await listAdminDeliveries({ riderId: riderA.id });
    expect(a.rows.map((r) => r.id)).toEqual([scheduled.d.id]);
    expect(a.rows[0]).toMatchObject({
      status: "SCHEDULED",
      rider: { id: riderA.id, name: riderAName },
      scheduledDate: inDays(1),
      timeSlot: "MORNING",
      slotLabel: "Morning (9:00–12:00)",
      events: expect.arrayContaining(["SCHEDULE", "DISPATCH"]),
    });
    const day2 = await listAdminDeliveries({ zoneId: zone.id, date: inDays(2) });
    expect(day2.rows.map((r) => r.id)).toEqual([failed.d.id]);
    expect((await listAdminDeliveries({ zoneId: zone.id, method: "PICKUP" })).rows).toEqual([]);
  });

  it("searches by order number and customer name, with what the row shows", async () => {
    const byNumber = await listAdminDeliveries({ q: failed.order.number.toLowerCase() });
    expect(byNumber.rows).toHaveLength(1);
    expect(byNumber.rows[0]).toMatchObject({
      id: failed.d.id,
      orderNumber: failed.order.number,
      method: "HOME",
      zoneName: zone.name,
      pickupPointName: null,
      addressSummary: "Accra",
      status: "FAILED",
      failureReason: "NOT_HOME",
      rider: { id: riderB.id },
      isCodeLocked: false,
      events: expect.arrayContaining(["SCHEDULE", "RETURN"]),
    });
    const shopper = await prisma.user.findUniqueOrThrow({ where: { id: pending.s.shopper.id } });
    const byName = await listAdminDeliveries({ q: shopper.name.slice(0, -2).toUpperCase() });
    expect(byName.rows.map((r) => r.id)).toEqual([pending.d.id]);
    expect(byName.rows[0]!.customer).toEqual({
      name: shopper.name,
      phone: (await prisma.order.findUniqueOrThrow({ where: { id: pending.order.id } })).contactPhone,
    });
    const byPickup = await listAdminDeliveries({ q: pickup.order.number, method: "PICKUP" });
    expect(byPickup.rows[0]).toMatchObject({ id: pickup.d.id, pickupPointName: pickup.s.point.name, zoneName: null });
  });

  it("pages by keyset: 50 a page, no row twice, every row once", async () => {
    // Bare fixture rows in a zone of their own, half of them created at the same instant
    // (the id breaks the tie).
    const pageZone = await createTestZone();
    const shopper = await prisma.user.findUniqueOrThrow({ where: { id: pending.s.shopper.id } });
    const at = new Date();
    const ids: string[] = [];
    for (let i = 0; i < ADMIN_DELIVERIES_PAGE_SIZE + 12; i++) {
      const order = await prisma.order.create({
        data: {
          number: uniq("LDP").toUpperCase(),
          customerId: shopper.id,
          subtotalMinor: 1_000,
          totalMinor: 1_000,
          balanceDueMinor: 0,
          deliveryMethod: "HOME",
          deliveryZoneId: pageZone.id,
          contactPhone: "+233244000111",
          contactEmail: shopper.email,
        },
      });
      const d = await prisma.delivery.create({
        data: {
          orderId: order.id,
          method: "HOME",
          zoneId: pageZone.id,
          address: { area: "Osu", city: "Accra" },
          deliveryCode: "123456",
          ...(i % 2 === 0 ? { createdAt: at } : {}),
        },
      });
      ids.push(d.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAdminDeliveries({ zoneId: pageZone.id, ...(cursor ? { cursor } : {}) });
      expect(page.rows.length).toBeLessThanOrEqual(ADMIN_DELIVERIES_PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(ids.sort());
  });

  it("lists riders: RIDER users and ops admins, not finance admins or customers", async () => {
    const riders = await listRiders();
    const riderIds = riders.map((r) => r.id);
    expect(riderIds).toEqual(expect.arrayContaining([riderA.id, riderB.id, ops.id]));
    expect(riderIds).not.toContain(finance.id);
    expect(riderIds).not.toContain(customer.id);
  });
});

describe("delivery actions", () => {
  it.each([
    ["anonymous", null, "UNAUTHORIZED"],
    ["a customer", customer, "FORBIDDEN"],
    ["a finance-only admin", finance, "FORBIDDEN"],
  ] as [string, TSessionUser | null, string][])("%s is refused and nothing changes", async (_who, who, code) => {
    caller = who;
    const r = await scheduleDeliveryAction({
      deliveryId: pending.d.id,
      date: inDays(1),
      timeSlot: "AFTERNOON",
      riderId: riderA.id,
    });
    expect(r).toMatchObject({ ok: false, code });
    expect(await returnDeliveryAction({ deliveryId: failed.d.id, note: "not mine" })).toMatchObject({
      ok: false,
      code,
    });
    expect((await prisma.delivery.findUniqueOrThrow({ where: { id: pending.d.id } })).status).toBe("PENDING");
    expect(await prisma.auditLog.count({ where: { entityId: { in: [pending.d.id, failed.d.id] } } })).toBe(0);
  });

  it("shows field errors and the use case's refusal as values", async () => {
    caller = ops;
    const missing = await scheduleDeliveryAction({
      deliveryId: pending.d.id,
      date: "",
      timeSlot: "MORNING",
      riderId: "",
    });
    expect(missing).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (!missing.ok)
      expect(missing.fieldErrors).toMatchObject({ date: "Choose a delivery date", riderId: "Choose a rider" });
    const past = await scheduleDeliveryAction({
      deliveryId: pending.d.id,
      date: inDays(-2),
      timeSlot: "MORNING",
      riderId: riderA.id,
    });
    expect(past).toEqual({
      ok: false,
      code: "BAD_REQUEST",
      message: "That day has passed: choose today or a later day.",
    });
    const notRider = await scheduleDeliveryAction({
      deliveryId: pending.d.id,
      date: inDays(1),
      timeSlot: "MORNING",
      riderId: finance.id,
    });
    expect(notRider).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    const noNote = await returnDeliveryAction({ deliveryId: failed.d.id, note: "" });
    expect(noNote).toMatchObject({ ok: false, fieldErrors: { note: expect.any(String) } });
    const notLocked = await resetDeliveryCodeLockAction({ deliveryId: pending.d.id });
    expect(notLocked).toMatchObject({ ok: false, code: "INVALID_STATE" });
    expect(await prisma.auditLog.count({ where: { entityId: { in: [pending.d.id, failed.d.id] } } })).toBe(0);
  });

  it("an ops admin schedules, returns and resets a lock; each is audited with who and from where", async () => {
    caller = ops;
    const r = await scheduleDeliveryAction({
      deliveryId: pending.d.id,
      date: inDays(3),
      timeSlot: "AFTERNOON",
      riderId: riderB.id,
    });
    expect(r).toEqual({ ok: true, data: { id: pending.d.id, from: "PENDING", to: "SCHEDULED" } });
    const d = await prisma.delivery.findUniqueOrThrow({ where: { id: pending.d.id } });
    expect(d).toMatchObject({ status: "SCHEDULED", riderId: riderB.id, timeSlot: "AFTERNOON" });
    const [audit] = await prisma.auditLog.findMany({ where: { entityId: pending.d.id } });
    expect(audit).toMatchObject({
      action: "delivery.schedule",
      entityType: "Delivery",
      actorId: ops.id,
      ip: "203.0.113.7",
    });
    expect(audit!.data).toMatchObject({ before: { status: "PENDING" }, after: { status: "SCHEDULED" } });
    const event = await prisma.deliveryEvent.findFirst({
      where: { deliveryId: pending.d.id, toStatus: "SCHEDULED" },
      orderBy: { createdAt: "desc" },
    });
    expect(event).toMatchObject({ actorType: "ADMIN", actorId: ops.id });

    const returned = await returnDeliveryAction({ deliveryId: failed.d.id, note: "Unreachable after three calls" });
    expect(returned).toMatchObject({ ok: true, data: { from: "FAILED", to: "RETURNED" } });
    expect((await prisma.auditLog.findMany({ where: { entityId: failed.d.id } })).map((a) => a.action)).toEqual([
      "delivery.return",
    ]);

    // Lock the scheduled delivery: out with rider A, five wrong codes.
    await dispatchDelivery({ deliveryId: scheduled.d.id, actor: { type: "RIDER", id: riderA.id } });
    const code = (await prisma.delivery.findUniqueOrThrow({ where: { id: scheduled.d.id } })).deliveryCode;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 5; i++)
      await deliverDelivery({ deliveryId: scheduled.d.id, actor: admin, code: wrong }).catch(() => undefined);
    const locked = await listAdminDeliveries({ q: scheduled.order.number });
    expect(locked.rows[0]).toMatchObject({ isCodeLocked: true, status: "OUT_FOR_DELIVERY" });
    const reset = await resetDeliveryCodeLockAction({ deliveryId: scheduled.d.id, note: "Checked the ID" });
    expect(reset).toEqual({ ok: true, data: { id: scheduled.d.id } });
    expect((await listAdminDeliveries({ q: scheduled.order.number })).rows[0]!.isCodeLocked).toBe(false);
    expect((await prisma.auditLog.findMany({ where: { entityId: scheduled.d.id } })).map((a) => a.action)).toEqual([
      "delivery.reset_code_lock",
    ]);
  });
});
