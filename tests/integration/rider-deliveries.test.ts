// The rider page (/rider) on the real database: the list shows only the signed-in rider's
// deliveries, split into today / upcoming / done today; each rider action (through the real
// action() wrapper) moves only their own deliveries through the lifecycle use cases — wrong
// codes count down and lock, someone else's delivery is "not found" — and the RBAC rule lets
// riders and ops admins in, nobody else. Also the board's bulk-assign. Only Next's request
// plumbing is replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { requireRiderPage } from "@/lib/auth/guards";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { createReadyDeliveries } from "@/lib/deliveries/create-ready-deliveries";
import { deliverDelivery } from "@/lib/deliveries/deliver-delivery";
import { dispatchDelivery } from "@/lib/deliveries/dispatch-delivery";
import { listRiderDeliveries } from "@/lib/deliveries/list-rider-deliveries";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import { AppError } from "@/lib/errors";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { createTestVendor, uniq } from "../factories/catalog";
import { checkoutKey, createTestAddress, createTestZone } from "../factories/checkout";
import { placeOrder } from "@/lib/checkout/place-order";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { dispatchRiderDeliveryAction, deliverRiderDeliveryAction, failRiderDeliveryAction, returnRiderDeliveryAction } =
  await import("@/app/rider/actions");
const { bulkScheduleDeliveriesAction } = await import("@/app/admin/deliveries/actions");

setupOwnPaystackIntegration("rider_deliveries");
const DAY = 86_400_000;
// One clock for the whole file, so a run across midnight (UTC = Accra) sees the same "today".
const NOW = new Date();
const day = (n: number) => new Date(NOW.getTime() + n * DAY).toISOString().slice(0, 10);
const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const riderA = await asUser({ name: `Kwabena ${uniq("rider")}`, roles: ["RIDER"] });
const riderB = await asUser({ name: `Esi ${uniq("rider")}`, roles: ["RIDER"] });
const ops = await asUser({ name: `Ops ${uniq("rider")}`, roles: ["ADMIN"], adminPermissions: ["OPS"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customer = await asUser({});
const vendor = await createTestVendor();
const vendorOwner = await asUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendor.id, role: "OWNER" } });
const admin = { type: "ADMIN" as const, id: ops.id };
const zone = await createTestZone();

beforeEach(() => {
  caller = null;
});

/** A paid in-stock home-delivery order (two units) and its delivery, scheduled for `date` with `riderId`. */
async function delivery(riderId: string | null, date = day(0), timeSlot: "MORNING" | "AFTERNOON" = "MORNING") {
  const s = await shopFor([{ stockOnHand: 10, priceMinor: 10_000 }]);
  const address = await createTestAddress({ userId: s.shopper.id, zoneId: zone.id });
  const placed = await placeOrder({
    customerId: s.shopper.id,
    idempotencyKey: checkoutKey(),
    lines: [{ variantId: s.variants[0]!.id, quantity: 2 }],
    delivery: { method: "HOME", addressId: address.id },
  });
  const paid = await payByCard(placed.order.number, s.shopper.id);
  expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
  await createReadyDeliveries({ orderIds: [placed.order.id] });
  const d = await prisma.delivery.findUniqueOrThrow({ where: { orderId: placed.order.id } });
  if (riderId) await scheduleDelivery({ deliveryId: d.id, actor: admin, date, timeSlot, riderId, now: NOW });
  return { s, order: placed.order, d, address };
}

async function out(riderId: string) {
  const x = await delivery(riderId);
  await dispatchDelivery({ deliveryId: x.d.id, actor: { type: "RIDER", id: riderId }, now: NOW });
  return x;
}

const statusOf = async (id: string) => (await prisma.delivery.findUniqueOrThrow({ where: { id } })).status;
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("listRiderDeliveries", () => {
  it("shows only my deliveries: today's run in slot order, upcoming, and what I closed today", async () => {
    const rider = await asUser({ roles: ["RIDER"] });
    const afternoon = await delivery(rider.id, day(0), "AFTERNOON");
    const morning = await delivery(rider.id, day(0), "MORNING");
    const tomorrow = await delivery(rider.id, day(1));
    const someoneElses = await delivery(riderB.id, day(0));
    const carried = await delivery(rider.id);
    await dispatchDelivery({ deliveryId: carried.d.id, actor: { type: "RIDER", id: rider.id }, now: NOW });
    await deliverDelivery({
      deliveryId: carried.d.id,
      actor: { type: "RIDER", id: rider.id },
      code: carried.d.deliveryCode,
      now: NOW,
    });
    // delivered "yesterday" by this clock: not in today's done list
    const old = await delivery(rider.id);
    await dispatchDelivery({ deliveryId: old.d.id, actor: { type: "RIDER", id: rider.id }, now: NOW });
    await deliverDelivery({
      deliveryId: old.d.id,
      actor: { type: "RIDER", id: rider.id },
      code: old.d.deliveryCode,
      now: new Date(NOW.getTime() - 2 * DAY),
    });

    const list = await listRiderDeliveries({ riderId: rider.id, now: NOW });
    expect(list.today).toBe(day(0));
    expect(list.toDo.map((d) => d.id)).toEqual([morning.d.id, afternoon.d.id]);
    expect(list.upcoming.map((d) => d.id)).toEqual([tomorrow.d.id]);
    expect(list.doneToday.map((d) => d.id)).toEqual([carried.d.id]);
    const all = [...list.toDo, ...list.upcoming, ...list.doneToday].map((d) => d.id);
    expect(all).not.toContain(someoneElses.d.id);

    const card = list.toDo[0]!;
    expect(card).toMatchObject({
      orderNumber: morning.order.number,
      status: "SCHEDULED",
      method: "HOME",
      itemCount: 2,
      amountToCollectMinor: 0,
      slotLabel: "Morning (9:00–12:00)",
      codeTriesLeft: 5,
      isCodeLocked: false,
      events: expect.arrayContaining(["DISPATCH"]),
    });
    expect(card.place.mapsUrl).toMatch(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
    expect(card).not.toHaveProperty("deliveryCode");
    expect(JSON.stringify(list)).not.toContain(morning.d.deliveryCode);
    expect(list.doneToday[0]!.closedAt).toBe(NOW.toISOString());
  });

  it("an empty day is empty", async () => {
    const idle = await asUser({ roles: ["RIDER"] });
    expect(await listRiderDeliveries({ riderId: idle.id, now: NOW })).toEqual({
      today: day(0),
      toDo: [],
      upcoming: [],
      doneToday: [],
    });
  });
});

describe("rider actions", () => {
  it("out for delivery, then delivered with the customer's code; someone else's delivery is not found", async () => {
    const { d, order } = await delivery(riderA.id);
    caller = riderB;
    expect(await dispatchRiderDeliveryAction({ deliveryId: d.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Delivery not found.",
    });
    caller = riderA;
    expect(await dispatchRiderDeliveryAction({ deliveryId: d.id })).toEqual({
      ok: true,
      data: { id: d.id, from: "SCHEDULED", to: "OUT_FOR_DELIVERY" },
    });
    caller = riderB;
    expect(await deliverRiderDeliveryAction({ deliveryId: d.id, code: d.deliveryCode })).toMatchObject({
      code: "NOT_FOUND",
    });
    caller = riderA;
    expect(await deliverRiderDeliveryAction({ deliveryId: d.id, code: "12ab" })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { code: "Enter the customer's 6-digit delivery code" },
    });
    expect(await deliverRiderDeliveryAction({ deliveryId: d.id, code: d.deliveryCode })).toEqual({
      ok: true,
      data: { id: d.id, from: "OUT_FOR_DELIVERY", to: "DELIVERED" },
    });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("DELIVERED");
    const events = await prisma.deliveryEvent.findMany({ where: { deliveryId: d.id }, orderBy: { createdAt: "asc" } });
    expect(events.slice(-2).map((e) => [e.event, e.actorType, e.actorId])).toEqual([
      ["DISPATCH", "RIDER", riderA.id],
      ["DELIVER", "RIDER", riderA.id],
    ]);
  });

  it("a wrong code says how many tries are left; the fifth locks it until an admin resets it", async () => {
    const { d } = await out(riderA.id);
    caller = riderA;
    const bad = wrong(d.deliveryCode);
    expect(await deliverRiderDeliveryAction({ deliveryId: d.id, code: bad })).toEqual({
      ok: false,
      code: "BAD_REQUEST",
      message: "That delivery code is wrong: 4 tries left before the delivery is locked.",
    });
    for (let i = 0; i < 3; i++) await deliverRiderDeliveryAction({ deliveryId: d.id, code: bad });
    expect((await deliverRiderDeliveryAction({ deliveryId: d.id, code: bad })) as { message: string }).toMatchObject({
      message: expect.stringContaining("locked: ask an admin to reset it"),
    });
    const locked = await deliverRiderDeliveryAction({ deliveryId: d.id, code: d.deliveryCode });
    expect(locked).toMatchObject({ ok: false, code: "INVALID_STATE", message: expect.stringContaining("reset") });
    expect(await statusOf(d.id)).toBe("OUT_FOR_DELIVERY");
    const card = (await listRiderDeliveries({ riderId: riderA.id, now: NOW })).toDo.find((x) => x.id === d.id)!;
    expect(card).toMatchObject({ isCodeLocked: true, codeTriesLeft: 0 });
    expect(card.events).not.toContain("DELIVER");
  });

  it("failed with a reason (OTHER needs a note); only ops return it to the hub, and only the ones they carry", async () => {
    const { d } = await out(riderA.id);
    caller = riderA;
    expect(await failRiderDeliveryAction({ deliveryId: d.id, reason: "OTHER" })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { note: "Say what happened" },
    });
    expect(await failRiderDeliveryAction({ deliveryId: d.id, reason: "NOT_HOME", note: "Gate locked" })).toEqual({
      ok: true,
      data: { id: d.id, from: "OUT_FOR_DELIVERY", to: "FAILED" },
    });
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
      failureReason: "NOT_HOME",
      failureNote: "Gate locked",
    });
    // a rider brings it back; returning it (no more attempts) is an operations decision
    expect(await returnRiderDeliveryAction({ deliveryId: d.id, note: "Back at the hub" })).toMatchObject({
      code: "FORBIDDEN",
    });
    caller = ops;
    expect(await returnRiderDeliveryAction({ deliveryId: d.id, note: "Back at the hub" })).toMatchObject({
      code: "NOT_FOUND",
    });

    const own = await out(ops.id);
    await failDeliveryAs(ops, own.d.id);
    expect(await returnRiderDeliveryAction({ deliveryId: own.d.id, note: "Refused twice" })).toEqual({
      ok: true,
      data: { id: own.d.id, from: "FAILED", to: "RETURNED" },
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "delivery.return", entityId: own.d.id } });
    expect(audit.actorId).toBe(ops.id);
  });

  it("an ops admin carrying a delivery is its rider here; others' stay not found to them", async () => {
    const mine = await delivery(ops.id);
    const theirs = await delivery(riderA.id);
    caller = ops;
    expect(await dispatchRiderDeliveryAction({ deliveryId: mine.d.id })).toMatchObject({ ok: true });
    expect(await dispatchRiderDeliveryAction({ deliveryId: theirs.d.id })).toMatchObject({ code: "NOT_FOUND" });
    const events = await prisma.deliveryEvent.findMany({ where: { deliveryId: mine.d.id, event: "DISPATCH" } });
    expect(events.map((e) => e.actorType)).toEqual(["RIDER"]);
  });
});

async function failDeliveryAs(user: TSessionUser, deliveryId: string) {
  const before = caller;
  caller = user;
  expect(await failRiderDeliveryAction({ deliveryId, reason: "REFUSED" })).toMatchObject({ ok: true });
  caller = before;
}

describe("who may use the rider page", () => {
  const cases: [string, () => TSessionUser | null, string][] = [
    ["anonymous", () => null, "UNAUTHORIZED"],
    ["a customer", () => customer, "FORBIDDEN"],
    ["a vendor owner", () => vendorOwner, "FORBIDDEN"],
    ["a finance admin", () => finance, "FORBIDDEN"],
  ];

  it.each(cases)("%s is refused every rider action", async (_, who, code) => {
    const { d } = await out(riderA.id);
    caller = who();
    expect(await dispatchRiderDeliveryAction({ deliveryId: d.id })).toMatchObject({ ok: false, code });
    expect(await deliverRiderDeliveryAction({ deliveryId: d.id, code: d.deliveryCode })).toMatchObject({ code });
    expect(await failRiderDeliveryAction({ deliveryId: d.id, reason: "NOT_HOME" })).toMatchObject({ code });
    expect(await returnRiderDeliveryAction({ deliveryId: d.id, note: "Nope nope" })).toMatchObject({ code });
    expect(await statusOf(d.id)).toBe("OUT_FOR_DELIVERY");
  });

  it("the page guard: sign-in for anonymous, 404 for the others, riders and ops in", async () => {
    const outcome = async (user: TSessionUser | null) => {
      try {
        await requireRiderPage("/rider", { user });
        return "ok";
      } catch (e) {
        if (e instanceof AppError) return e.code;
        const digest = (e as { digest?: string }).digest ?? "";
        if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
        if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "notFound";
        throw e;
      }
    };
    expect(await outcome(null)).toBe("redirect");
    for (const u of [customer, vendorOwner, finance]) expect(await outcome(u)).toBe("notFound");
    for (const u of [riderA, ops]) expect(await outcome(u)).toBe("ok");
  });
});

describe("bulk-assign on the board", () => {
  it("assigns every selected delivery it can and says which it refused and why", async () => {
    const rider = await asUser({ roles: ["RIDER"] });
    const pending = await delivery(null);
    const pending2 = await delivery(null);
    const scheduled = await delivery(riderA.id, day(2), "AFTERNOON");
    const done = await out(riderA.id);
    await deliverDelivery({ deliveryId: done.d.id, actor: admin, code: done.d.deliveryCode });

    caller = riderA;
    const ids = [pending.d.id, pending2.d.id, scheduled.d.id, done.d.id];
    expect(await bulkScheduleDeliveriesAction({ deliveryIds: ids, riderId: rider.id })).toMatchObject({
      code: "FORBIDDEN",
    });
    caller = finance;
    expect(await bulkScheduleDeliveriesAction({ deliveryIds: ids, riderId: rider.id })).toMatchObject({
      code: "FORBIDDEN",
    });
    caller = ops;
    // without a day and slot: the scheduled one keeps its own, the pending ones have none
    const rideOnly = await bulkScheduleDeliveriesAction({ deliveryIds: ids, riderId: rider.id });
    expect(rideOnly.ok && rideOnly.data.assigned.map((a) => a.id)).toEqual([scheduled.d.id]);
    expect(rideOnly.ok && rideOnly.data.refused.map((r) => r.id)).toEqual([pending.d.id, pending2.d.id, done.d.id]);

    const r = await bulkScheduleDeliveriesAction({
      deliveryIds: [pending.d.id, pending2.d.id, done.d.id],
      riderId: rider.id,
      date: day(1),
      timeSlot: "EVENING",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.assigned.map((a) => a.id)).toEqual([pending.d.id, pending2.d.id]);
    expect(r.data.refused).toEqual([
      {
        id: done.d.id,
        orderNumber: done.order.number,
        message: "This delivery was already delivered: nothing more can happen to it.",
      },
    ]);
    expect(r.data.summary).toBe(
      `2 assigned, 1 refused: ${done.order.number} — This delivery was already delivered: nothing more can happen to it.`,
    );
    const rows = await prisma.delivery.findMany({
      where: { id: { in: [pending.d.id, pending2.d.id, scheduled.d.id] } },
    });
    for (const row of rows) expect(row).toMatchObject({ status: "SCHEDULED", riderId: rider.id });
    expect(rows.find((x) => x.id === scheduled.d.id)!.timeSlot).toBe("AFTERNOON");
    expect(await statusOf(done.d.id)).toBe("DELIVERED");
    const audit = await prisma.auditLog.findMany({ where: { action: "delivery.bulk_schedule", actorId: ops.id } });
    expect(audit).toHaveLength(2);

    expect(
      await bulkScheduleDeliveriesAction({ deliveryIds: [pending.d.id], riderId: rider.id, date: day(1) }),
    ).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(await bulkScheduleDeliveriesAction({ deliveryIds: [], riderId: rider.id })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
    });
  });
});
