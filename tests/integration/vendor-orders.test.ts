// The vendor's orders (/vendor/orders and its packing lists) on orders paid through the real
// money path: lines grouped by batch with counts, no customer details in what the vendor
// reads, mark procured (one and bulk, with refusals), cannot source (refund, customer told,
// reason kept), and tenant isolation — another vendor's line or batch is not found and
// nothing changes. Only Next's request plumbing is replaced: the session, headers(), revalidatePath().
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { getVendorBatchPackingListOrThrow } from "@/lib/batches/get-vendor-batch-packing-list";
import { listVendorOrderLines } from "@/lib/orders/list-vendor-order-lines";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { createTestBatch } from "../factories/batches";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.21" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { markLineProcuredAction, markLinesProcuredAction, markLineCannotSourceAction } =
  await import("@/app/vendor/orders/actions");
const { GET: packingCsv } = await import("@/app/vendor/orders/batches/[code]/packing-list.csv/route");

setupOwnPaystackIntegration("vendor_orders");
const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const PRE = 20_000;
const STOCK = 10_000;

async function vendorShop() {
  const s = await shopFor([
    { availability: "PRE_ORDER", batchCap: 20, priceMinor: PRE },
    { stockOnHand: 20, priceMinor: STOCK },
  ]);
  const batch = await createTestBatch({ originId: s.originId });
  const paidOrder = async (lines: { variantId: string; quantity: number }[]) => {
    const placed = await s.place(lines);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: placed.order.id },
      include: { lines: { orderBy: { lineTotalMinor: "desc" } } },
    });
    return { order, lines: order.lines };
  };
  return { s, batch, pre: s.variants[0]!.id, stock: s.variants[1]!.id, paidOrder };
}

const a = await vendorShop();
const b = await vendorShop();
const ownerA = await asUser({ membership: { vendorId: a.s.vendor.id, role: "OWNER" } });
const staffA = await asUser({ membership: { vendorId: a.s.vendor.id, role: "STAFF" } });
const ownerB = await asUser({ membership: { vendorId: b.s.vendor.id, role: "OWNER" } });
const customer = await asUser({});

beforeEach(() => {
  caller = null;
});

const lineState = (id: string) =>
  prisma.orderLine.findUniqueOrThrow({
    where: { id },
    select: { status: true, procuredAt: true, unavailableReason: true, order: { select: { status: true } } },
  });
const footprint = async (lineId: string, orderId: string) => ({
  line: await lineState(lineId),
  events: await prisma.orderEvent.count({ where: { orderId } }),
  refunds: await prisma.refund.count({ where: { orderId } }),
  notifications: await prisma.notification.count({ where: { dedupeKey: { contains: orderId } } }),
});

describe("the vendor's order lines", () => {
  it("groups lines by batch and in stock with counts and units left, and never shows the customer", async () => {
    const v = await vendorShop();
    const { order } = await v.paidOrder([
      { variantId: v.pre, quantity: 2 },
      { variantId: v.stock, quantity: 1 },
    ]);
    await b.paidOrder([{ variantId: b.pre, quantity: 1 }]);
    const list = await listVendorOrderLines({ vendorId: v.s.vendor.id });
    expect(list.hasAny).toBe(true);
    expect(list.groups.map((g) => g.key)).toEqual(["in-stock", v.batch.code]);
    const [inStock, batch] = list.groups;
    expect(inStock).toMatchObject({ batch: null, unitsToHandOver: 1, unitsToProcure: 0 });
    expect(batch).toMatchObject({
      batch: { code: v.batch.code, status: "OPEN" },
      unitsToProcure: 2,
      counts: { "to-procure": 1, procured: 0, all: 1 },
    });
    expect(batch!.lines[0]).toMatchObject({ orderNumber: order.number, quantity: 2, procureRefusal: null });
    expect(inStock!.lines[0]!.procureRefusal).toMatch(/In-stock items are not procured/);
    expect(list.tabCounts).toMatchObject({ "to-procure": 2, procured: 0, all: 2 });
    expect((await listVendorOrderLines({ vendorId: v.s.vendor.id, tab: "procured" })).groups).toEqual([]);
    expect((await listVendorOrderLines({ vendorId: v.s.vendor.id, q: order.number.toLowerCase() })).tabCounts.all).toBe(
      2,
    );

    const customerRow = await prisma.user.findUniqueOrThrow({ where: { id: v.s.shopper.id } });
    const text =
      JSON.stringify(list) +
      JSON.stringify(await getVendorBatchPackingListOrThrow({ vendorId: v.s.vendor.id, code: v.batch.code }));
    for (const pii of [customerRow.email, customerRow.phone!, customerRow.phone!.slice(4), customerRow.name])
      expect(text).not.toContain(pii);
    for (const key of ["contactEmail", "contactPhone", "customer", "address", "recipientName"])
      expect(text).not.toContain(`"${key}"`);
    // Another vendor's lines are not in this vendor's list.
    const ids = list.groups.flatMap((g) => g.lines.map((l) => l.id));
    expect(await prisma.orderLine.count({ where: { id: { in: ids }, vendorId: { not: v.s.vendor.id } } })).toBe(0);
  });
});

describe("mark procured", () => {
  it("staff mark one line procured: PROCURED with procuredAt, an event by them, the order re-derived", async () => {
    const { order, lines } = await a.paidOrder([{ variantId: a.pre, quantity: 1 }]);
    caller = staffA;
    const r = await markLineProcuredAction({ lineId: lines[0]!.id });
    expect(r).toMatchObject({
      ok: true,
      data: { lineId: lines[0]!.id, orderNumber: order.number, orderStatus: "IN_PROGRESS" },
    });
    const after = await lineState(lines[0]!.id);
    expect(after.status).toBe("PROCURED");
    expect(after.procuredAt).toBeInstanceOf(Date);
    expect(after.order.status).toBe("IN_PROGRESS");
    const event = await prisma.orderEvent.findFirstOrThrow({
      where: { orderLineId: lines[0]!.id, type: "line.procure" },
    });
    expect(event).toMatchObject({
      actorType: "VENDOR",
      actorId: staffA.id,
      fromStatus: "CONFIRMED",
      toStatus: "PROCURED",
    });
    expect(await markLineProcuredAction({ lineId: lines[0]!.id })).toEqual({
      ok: false,
      code: "INVALID_STATE",
      message: "Already marked procured.",
    });
  });

  it("bulk: procures what it may and says why each other line was refused", async () => {
    const { lines } = await a.paidOrder([
      { variantId: a.pre, quantity: 3 },
      { variantId: a.stock, quantity: 1 },
    ]);
    const [pre, stock] = lines;
    const { lines: done } = await a.paidOrder([{ variantId: a.pre, quantity: 1 }]);
    caller = ownerA;
    expect(await markLineProcuredAction({ lineId: done[0]!.id })).toMatchObject({ ok: true });
    // A line in a batch that has shipped (forced: the batch lifecycle would not ship it unprocured).
    const shippedBatch = await createTestBatch({ originId: a.s.originId });
    const { lines: late } = await a.paidOrder([{ variantId: a.pre, quantity: 1 }]);
    await prisma.orderLine.update({ where: { id: late[0]!.id }, data: { batchId: shippedBatch.id } });
    await prisma.batch.update({ where: { id: shippedBatch.id }, data: { status: "IN_TRANSIT" } });
    const { lines: foreign } = await b.paidOrder([{ variantId: b.pre, quantity: 1 }]);
    const before = await footprint(foreign[0]!.id, foreign[0]!.orderId);

    const r = await markLinesProcuredAction({
      lineIds: [pre!.id, stock!.id, done[0]!.id, late[0]!.id, foreign[0]!.id],
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.data.procured.map((p) => p.lineId)).toEqual([pre!.id]);
    expect(r.data.refused).toEqual([
      { lineId: stock!.id, code: "INVALID_STATE", reason: expect.stringMatching(/In-stock items are not procured/) },
      { lineId: done[0]!.id, code: "INVALID_STATE", reason: "Already marked procured." },
      { lineId: late[0]!.id, code: "INVALID_STATE", reason: `Batch ${shippedBatch.code} has already shipped.` },
      { lineId: foreign[0]!.id, code: "NOT_FOUND", reason: "Order line not found." },
    ]);
    expect((await lineState(pre!.id)).status).toBe("PROCURED");
    expect((await lineState(stock!.id)).status).toBe("CONFIRMED");
    expect((await lineState(late[0]!.id)).status).toBe("CONFIRMED");
    expect(await footprint(foreign[0]!.id, foreign[0]!.orderId)).toEqual(before);
    expect(await markLinesProcuredAction({ lineIds: [] })).toMatchObject({ ok: false, code: "BAD_REQUEST" });
  });
});

describe("cannot source", () => {
  it("ends the line UNAVAILABLE, refunds it, tells the customer and keeps the reason", async () => {
    const { order, lines } = await a.paidOrder([
      { variantId: a.pre, quantity: 2 },
      { variantId: a.stock, quantity: 1 },
    ]);
    const [pre, stock] = lines;
    caller = staffA;
    expect(await markLineCannotSourceAction({ lineId: pre!.id, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Say why you cannot source it (the customer sees it)" },
    });
    const r = await markLineCannotSourceAction({ lineId: pre!.id, reason: "Supplier sold out of this size" });
    expect(r).toMatchObject({
      ok: true,
      data: { lineId: pre!.id, from: "CONFIRMED", to: "UNAVAILABLE", refundMinor: 2 * PRE },
    });
    const after = await lineState(pre!.id);
    expect(after).toMatchObject({ status: "UNAVAILABLE", unavailableReason: "Supplier sold out of this size" });
    expect((await lineState(stock!.id)).status).toBe("CONFIRMED");
    const refunds = await prisma.refund.findMany({ where: { orderId: order.id }, include: { lines: true } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amountMinor: 2 * PRE, requestedById: staffA.id });
    expect(refunds[0]!.lines).toEqual([expect.objectContaining({ orderLineId: pre!.id, amountMinor: 2 * PRE })]);
    const told = await prisma.notification.findMany({
      where: { userId: a.s.shopper.id, dedupeKey: { startsWith: `order:${order.id}:line:${pre!.id}:unavailable` } },
    });
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]!.data).toMatchObject({ orderNumber: order.number, reason: "Supplier sold out of this size" });
    expect(
      await prisma.orderEvent.findFirstOrThrow({ where: { orderLineId: pre!.id, type: "line.mark_unavailable" } }),
    ).toMatchObject({ actorType: "VENDOR", actorId: staffA.id });
    expect(await markLineCannotSourceAction({ lineId: pre!.id, reason: "again" })).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
  });
});

describe("who may work a vendor's lines", () => {
  it("another vendor's member and a customer change nothing", async () => {
    const { lines } = await a.paidOrder([{ variantId: a.pre, quantity: 1 }]);
    const line = lines[0]!;
    const before = await footprint(line.id, line.orderId);
    caller = ownerB;
    expect(await markLineProcuredAction({ lineId: line.id })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "Order line not found.",
    });
    expect(await markLineCannotSourceAction({ lineId: line.id, reason: "not mine to end" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "Order line not found.",
    });
    caller = customer;
    expect(await markLineProcuredAction({ lineId: line.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await markLinesProcuredAction({ lineIds: [line.id] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await markLineCannotSourceAction({ lineId: line.id, reason: "not mine" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    caller = null;
    expect(await markLineProcuredAction({ lineId: line.id })).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
    expect(await footprint(line.id, line.orderId)).toEqual(before);
  });
});

describe("packing list", () => {
  it("lists the vendor's lines of the batch by variant, with totals and procured state; CSV for its owner only", async () => {
    const v = await vendorShop();
    const one = await v.paidOrder([{ variantId: v.pre, quantity: 2 }]);
    const two = await v.paidOrder([{ variantId: v.pre, quantity: 1 }]);
    caller = await asUser({ membership: { vendorId: v.s.vendor.id, role: "OWNER" } });
    expect(await markLineProcuredAction({ lineId: one.lines[0]!.id })).toMatchObject({ ok: true });
    const list = await getVendorBatchPackingListOrThrow({ vendorId: v.s.vendor.id, code: v.batch.code.toLowerCase() });
    expect(list).toMatchObject({ quantity: 3, procuredQuantity: 2, ended: [] });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ quantity: 3, procuredQuantity: 2 });
    expect(list.items[0]!.lines.map((l) => [l.orderNumber, l.isProcured]).sort()).toEqual(
      [
        [one.order.number, true],
        [two.order.number, false],
      ].sort(),
    );
    await expect(
      getVendorBatchPackingListOrThrow({ vendorId: b.s.vendor.id, code: v.batch.code }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const get = (code: string) =>
      packingCsv(new Request(`http://localhost/vendor/orders/batches/${code}/packing-list.csv`), {
        params: Promise.resolve({ code }),
      });
    const ok = await get(v.batch.code);
    expect(ok.status).toBe(200);
    const csv = await ok.text();
    expect(csv).toContain("batch,order,product,variant,sku,quantity,status,procured");
    expect(csv).toContain(`${one.order.number},`);
    expect(csv).not.toContain(v.s.shopper.email);
    caller = ownerB;
    expect((await get(v.batch.code)).status).toBe(404);
    caller = customer;
    expect((await get(v.batch.code)).status).toBe(403);
  });
});
