// The admin's order server actions through the real action() wrapper on paid orders (paid on
// the Paystack emulator): who may call them (support notes and resends, only ops sends money
// back), what each does through the lifecycle (refund rows, line statuses, events, outbox),
// the audit row with before/after, notes in the admin timeline, and refusals as sentences.
// Only Next's request plumbing is replaced: the session, headers() and revalidatePath().
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { describeEvent } from "@/lib/orders/customer-order-timeline";
import { getAdminOrderOrThrow } from "@/lib/orders/get-admin-order";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.11" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { addOrderNoteAction, cancelOrderAction, markLineUnavailableAction, resendNotificationAction } =
  await import("@/app/admin/orders/actions");

setupOwnPaystackIntegration("admin_order_actions");
const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"], name: "Efua Ops" });
const support = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPPORT"], name: "Kojo Support" });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customer = await asUser({});

beforeEach(() => {
  caller = null;
});

/** A paid in-stock order of two lines (GH₵ 100 × 1 and GH₵ 50 × 2, pickup: no delivery fee). */
async function paidOrder() {
  const s = await shopFor([
    { stockOnHand: 10, priceMinor: 10_000 },
    { stockOnHand: 10, priceMinor: 5_000 },
  ]);
  const placed = await s.place([
    { variantId: s.variants[0]!.id, quantity: 1 },
    { variantId: s.variants[1]!.id, quantity: 2 },
  ]);
  const paid = await payByCard(placed.order.number, s.shopper.id);
  expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
  const order = await prisma.order.findUniqueOrThrow({
    where: { id: placed.order.id },
    include: { lines: { orderBy: { lineTotalMinor: "desc" } } },
  });
  expect(order.status).toBe("PAID");
  return { s, order, lines: order.lines as [(typeof order.lines)[0], (typeof order.lines)[0]], payment: paid };
}

const snapshot = async (orderId: string, number = shared.order.number) => ({
  order: await prisma.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { status: true, balanceDueMinor: true },
  }),
  lines: (
    await prisma.orderLine.findMany({ where: { orderId }, select: { status: true }, orderBy: { id: "asc" } })
  ).map((l) => l.status),
  refunds: await prisma.refund.count({ where: { orderId } }),
  events: await prisma.orderEvent.count({ where: { orderId } }),
  notifications: await prisma.notification.count({ where: { data: { path: ["orderNumber"], equals: number } } }),
});

const shared = await paidOrder();
const sentNotification = await prisma.notification.findFirstOrThrow({
  where: { data: { path: ["orderNumber"], equals: shared.order.number }, templateKey: "payment.received" },
});
await prisma.notification.update({ where: { id: sentNotification.id }, data: { status: "SENT", sentAt: new Date() } });

describe("who may act on orders", () => {
  it.each([
    ["anonymous", null, "UNAUTHORIZED"],
    ["a customer", customer, "FORBIDDEN"],
    ["a finance-only admin", finance, "FORBIDDEN"],
  ] as [string, TSessionUser | null, string][])(
    "%s can do none of it, and nothing changes",
    async (_who, who, code) => {
      const before = await snapshot(shared.order.id);
      const audits = await prisma.auditLog.count();
      caller = who;
      const n = shared.order.number;
      expect(await addOrderNoteAction({ orderNumber: n, note: "sneaky" })).toMatchObject({ ok: false, code });
      expect(await cancelOrderAction({ orderNumber: n, reason: "not mine to cancel" })).toMatchObject({
        ok: false,
        code,
      });
      expect(
        await markLineUnavailableAction({ orderNumber: n, lineId: shared.lines[0].id, reason: "not mine either" }),
      ).toMatchObject({ ok: false, code });
      expect(
        await resendNotificationAction({ orderNumber: n, notificationId: sentNotification.id, reason: "spam them" }),
      ).toMatchObject({ ok: false, code });
      expect(await snapshot(shared.order.id)).toEqual(before);
      expect(await prisma.auditLog.count()).toBe(audits);
    },
  );

  it("a vendor owner — even of the order's own vendor — can do none of it", async () => {
    const owner = await asUser({ membership: { vendorId: shared.s.vendor.id, role: "OWNER" } });
    caller = owner;
    const before = await snapshot(shared.order.id);
    const n = shared.order.number;
    expect(await addOrderNoteAction({ orderNumber: n, note: "hello" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await cancelOrderAction({ orderNumber: n, reason: "we are closing" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await markLineUnavailableAction({ orderNumber: n, lineId: shared.lines[0].id, reason: "no stock here" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await resendNotificationAction({ orderNumber: n, notificationId: sentNotification.id, reason: "please resend" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot(shared.order.id)).toEqual(before);
  });

  it("support notes and resends, but may not cancel or end a line", async () => {
    caller = support;
    const n = shared.order.number;
    const before = await snapshot(shared.order.id);
    expect(await cancelOrderAction({ orderNumber: n, reason: "customer asked" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await markLineUnavailableAction({ orderNumber: n, lineId: shared.lines[0].id, reason: "vendor says no" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await snapshot(shared.order.id)).refunds).toBe(before.refunds);
    expect(await addOrderNoteAction({ orderNumber: n, note: "Customer called about the delivery date" })).toMatchObject(
      { ok: true },
    );
    expect(
      await resendNotificationAction({ orderNumber: n, notificationId: sentNotification.id, reason: "SMS never came" }),
    ).toMatchObject({ ok: true });
  });
});

describe("internal notes", () => {
  it("are append-only order events shown in the admin timeline with who wrote them, never to the customer", async () => {
    const { order } = await paidOrder();
    caller = support;
    const r = await addOrderNoteAction({ orderNumber: order.number, note: "  Prefers a call after 5pm  " });
    if (!r.ok) throw new Error(r.message);
    const event = await prisma.orderEvent.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(event).toMatchObject({
      orderId: order.id,
      type: "note",
      actorType: "ADMIN",
      actorId: support.id,
      note: "Prefers a call after 5pm",
    });
    caller = ops;
    await addOrderNoteAction({ orderNumber: order.number, note: "Called: fine." });
    const view = await getAdminOrderOrThrow({ number: order.number });
    const notes = view.timeline.filter((e) => e.kind === "note");
    expect(notes.map((e) => [e.note, e.actor.name])).toEqual([
      ["Prefers a call after 5pm", "Kojo Support"],
      ["Called: fine.", "Efua Ops"],
    ]);
    expect(notes.every((e) => e.label === "Internal note")).toBe(true);
    expect(describeEvent(event, null)).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "order.note", entityId: order.id } });
    expect(audit).toMatchObject({ actorId: support.id, ip: "203.0.113.11" });
    expect(audit.data).toMatchObject({ after: { note: "Prefers a call after 5pm", eventId: r.data.id } });
  });

  it("an empty note or an unknown order is a message, not a 500", async () => {
    caller = support;
    expect(await addOrderNoteAction({ orderNumber: shared.order.number, note: "   " })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { note: "Write the note" },
    });
    expect(await addOrderNoteAction({ orderNumber: "LI-NOPE", note: "hello" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "Order not found.",
    });
  });
});

describe("cancel an order", () => {
  it("ops cancel: every line ends, everything paid is refunded once, the page said so first, audited", async () => {
    const { order, lines } = await paidOrder();
    const preview = (await getAdminOrderOrThrow({ number: order.number })).cancelPreview;
    expect(preview).toMatchObject({ refusal: null, refundMinor: 20_000, balanceAfterMinor: 0 });
    expect(preview.lines.map((l) => l.id).sort()).toEqual(lines.map((l) => l.id).sort());
    expect(preview.summary).toBe("Ends 2 items and refunds GH₵ 200.00 to the customer's original payment method.");

    caller = ops;
    const r = await cancelOrderAction({ orderNumber: order.number, reason: "Vendor closed the shop" });
    if (!r.ok) throw new Error(r.message);
    expect(r.data).toMatchObject({ orderId: order.id, from: "PAID", to: "CANCELLED" });
    const after = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { lines: true, refunds: { include: { lines: true } }, events: true },
    });
    expect(after.status).toBe("CANCELLED");
    expect(after.lines.map((l) => l.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({
      amountMinor: 20_000,
      requestedById: ops.id,
      reason: "Vendor closed the shop",
    });
    expect(after.refunds[0]!.lines.reduce((a, l) => a + l.amountMinor, 0)).toBe(20_000);
    const lineEvents = after.events.filter((e) => e.type === "line.cancel");
    expect(lineEvents).toHaveLength(2);
    expect(lineEvents.every((e) => e.actorType === "ADMIN" && e.actorId === ops.id)).toBe(true);
    expect(
      await prisma.notification.count({ where: { dedupeKey: { startsWith: `order:${order.id}:status:CANCELLED` } } }),
    ).toBeGreaterThan(0);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "order.cancel", entityId: order.id } });
    expect(audit.actorId).toBe(ops.id);
    expect(audit.data).toMatchObject({
      reason: "Vendor closed the shop",
      before: { status: "PAID" },
      after: { status: "CANCELLED", refunds: [{ amountMinor: 20_000 }] },
    });

    // A second click answers the lifecycle's sentence and refunds nothing more.
    const again = await cancelOrderAction({ orderNumber: order.number, reason: "Vendor closed the shop" });
    expect(again).toEqual({ ok: false, code: "INVALID_STATE", message: "This order is already cancelled." });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect((await getAdminOrderOrThrow({ number: order.number })).cancelPreview.refusal).toBe(
      "This order is already cancelled.",
    );
  });

  it("a delivered, an out-for-delivery and a shipped order are refused with a sentence; a reason is required", async () => {
    caller = ops;
    const { order, lines } = await paidOrder();
    expect(await cancelOrderAction({ orderNumber: order.number, reason: "" })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { reason: "Say why (at least a few words)" },
    });
    // The states are set directly: the refusal reads them, it does not make them.
    const setState = async (
      status: "DELIVERED" | "OUT_FOR_DELIVERY" | "IN_PROGRESS",
      line: "DELIVERED" | "OUT_FOR_DELIVERY" | "SHIPPED",
    ) => {
      await prisma.order.update({ where: { id: order.id }, data: { status } });
      await prisma.orderLine.updateMany({ where: { id: { in: lines.map((l) => l.id) } }, data: { status: line } });
    };
    await setState("DELIVERED", "DELIVERED");
    expect(await cancelOrderAction({ orderNumber: order.number, reason: "Customer changed mind" })).toEqual({
      ok: false,
      code: "INVALID_STATE",
      message: "A delivered order cannot be cancelled.",
    });
    await setState("OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY");
    expect(await cancelOrderAction({ orderNumber: order.number, reason: "Customer changed mind" })).toMatchObject({
      message: "An order out for delivery cannot be cancelled.",
    });
    await setState("IN_PROGRESS", "SHIPPED");
    expect(await cancelOrderAction({ orderNumber: order.number, reason: "Customer changed mind" })).toMatchObject({
      code: "INVALID_STATE",
      message: "Some items have already shipped or are out for delivery; this order cannot be cancelled.",
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "order.cancel", entityId: order.id } })).toBe(0);
  });
});

describe("mark one line unavailable", () => {
  it("ends that line, refunds exactly it, tells the customer, audits before/after; a second time is refused", async () => {
    const { order, lines } = await paidOrder();
    const [big, small] = lines;
    const view = await getAdminOrderOrThrow({ number: order.number });
    const line = view.groups.flatMap((g) => g.lines).find((l) => l.id === small.id)!;
    expect(line.unavailablePreview).toMatchObject({ refundMinor: 10_000, refusal: null });
    expect(line.unavailablePreview!.summary).toBe(
      "Ends 1 item and refunds GH₵ 100.00 to the customer's original payment method.",
    );

    caller = ops;
    const r = await markLineUnavailableAction({
      orderNumber: order.number,
      lineId: small.id,
      reason: "Supplier out of stock",
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.data).toMatchObject({
      lineId: small.id,
      before: { lineStatus: "CONFIRMED", orderStatus: "PAID" },
      after: { lineStatus: "UNAVAILABLE" },
      refundMinor: 10_000,
    });
    const after = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { lines: true, refunds: { include: { lines: true } } },
    });
    expect(after.lines.find((l) => l.id === small.id)!.status).toBe("UNAVAILABLE");
    expect(after.lines.find((l) => l.id === big.id)!.status).toBe("CONFIRMED");
    expect(after.status).not.toBe("CANCELLED");
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({ amountMinor: 10_000, requestedById: ops.id });
    expect(after.refunds[0]!.lines).toEqual([expect.objectContaining({ orderLineId: small.id, amountMinor: 10_000 })]);
    const event = await prisma.orderEvent.findFirstOrThrow({
      where: { orderLineId: small.id, type: "line.mark_unavailable" },
    });
    expect(event).toMatchObject({
      actorType: "ADMIN",
      actorId: ops.id,
      note: "Supplier out of stock",
      toStatus: "UNAVAILABLE",
    });
    const told = await prisma.notification.findMany({
      where: { dedupeKey: { startsWith: `order:${order.id}:line:${small.id}:unavailable` } },
    });
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]!.data).toMatchObject({ orderNumber: order.number, refundAmount: "GH₵ 100.00" });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "order.line_unavailable", entityId: small.id },
    });
    expect(audit.data).toMatchObject({
      reason: "Supplier out of stock",
      before: { lineStatus: "CONFIRMED", orderStatus: "PAID" },
      after: { lineStatus: "UNAVAILABLE", refundMinor: 10_000 },
    });

    const again = await markLineUnavailableAction({
      orderNumber: order.number,
      lineId: small.id,
      reason: "again please",
    });
    expect(again).toEqual({
      ok: false,
      code: "INVALID_STATE",
      message: "This item has already ended (cancelled, unavailable or returned).",
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("a shipped line or another order's line is refused", async () => {
    const { order, lines } = await paidOrder();
    caller = ops;
    expect(
      await markLineUnavailableAction({ orderNumber: order.number, lineId: shared.lines[0].id, reason: "wrong order" }),
    ).toEqual({ ok: false, code: "NOT_FOUND", message: "That item is not on this order." });
    await prisma.orderLine.update({ where: { id: lines[0].id }, data: { status: "SHIPPED" } });
    expect(
      await markLineUnavailableAction({ orderNumber: order.number, lineId: lines[0].id, reason: "Vendor lost it" }),
    ).toMatchObject({
      code: "INVALID_STATE",
      message: "Only a paid item nobody has bought yet can be marked unavailable; this one is already on its way.",
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("resend a notification", () => {
  it("queues a copy with a fresh dedupe key, writes an order event and an audit row", async () => {
    const { order } = await paidOrder();
    const original = await prisma.notification.findFirstOrThrow({
      where: { data: { path: ["orderNumber"], equals: order.number }, templateKey: "payment.received", channel: "SMS" },
    });
    caller = support;
    // Still queued: it has not gone out, so there is nothing to resend yet.
    expect(
      await resendNotificationAction({ orderNumber: order.number, notificationId: original.id, reason: "never came" }),
    ).toEqual({
      ok: false,
      code: "INVALID_STATE",
      message: "This notification is still queued; it has not been sent yet.",
    });
    await prisma.notification.update({ where: { id: original.id }, data: { status: "FAILED", lastError: "carrier" } });

    const r = await resendNotificationAction({
      orderNumber: order.number,
      notificationId: original.id,
      reason: "Customer says the SMS never arrived",
    });
    if (!r.ok) throw new Error(r.message);
    const copy = await prisma.notification.findUniqueOrThrow({ where: { id: r.data.notificationId } });
    expect(copy).toMatchObject({
      status: "QUEUED",
      channel: "SMS",
      recipient: original.recipient,
      templateKey: "payment.received",
      userId: original.userId,
      topic: original.topic,
    });
    expect(copy.dedupeKey).not.toBe(original.dedupeKey);
    expect(copy.dedupeKey).toMatch(new RegExp(`^resend:${original.id}:`));
    expect(copy.data).toMatchObject({ orderNumber: order.number, resentFrom: original.id });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: original.id } })).status).toBe("FAILED");

    // Twice is two copies (each a deliberate resend), each with its own key.
    const twice = await resendNotificationAction({
      orderNumber: order.number,
      notificationId: original.id,
      reason: "Still nothing, trying again",
    });
    expect(twice).toMatchObject({ ok: true });
    expect(await prisma.notification.count({ where: { dedupeKey: { startsWith: `resend:${original.id}:` } } })).toBe(2);

    const view = await getAdminOrderOrThrow({ number: order.number });
    expect(view.timeline.filter((e) => e.label.startsWith("Notification sent again")).map((e) => e.note)).toEqual([
      "Customer says the SMS never arrived",
      "Still nothing, trying again",
    ]);
    expect(view.notifications.find((n) => n.id === copy.id)).toMatchObject({ status: "QUEUED", canResend: false });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "notification.resend", entityId: original.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit).toMatchObject({ actorId: support.id });
    expect(audit.data).toMatchObject({
      reason: "Customer says the SMS never arrived",
      after: { notificationId: copy.id, status: "QUEUED", channel: "SMS" },
    });
  });

  it("another order's notification is not found; a reason is required", async () => {
    const { order } = await paidOrder();
    caller = support;
    expect(
      await resendNotificationAction({
        orderNumber: order.number,
        notificationId: sentNotification.id,
        reason: "mixup",
      }),
    ).toEqual({ ok: false, code: "NOT_FOUND", message: "That notification does not belong to this order." });
    expect(
      await resendNotificationAction({
        orderNumber: shared.order.number,
        notificationId: sentNotification.id,
        reason: "",
      }),
    ).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { reason: "Say why (at least a few words)" } });
  });
});
