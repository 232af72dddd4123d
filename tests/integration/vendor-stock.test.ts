// Vendor stock (issue 11 §4) through the real server actions and use cases: adjustments with
// each reason, "set to N", refusals that change nothing, concurrent adjustments that never
// lose a movement, thresholds, the low-stock alert (on an adjustment and on a paid sale, once
// per crossing), the movement history, and tenancy: a member of vendor A acting on vendor B's
// variant gets "not found" and nothing changes. Only Next's request plumbing is replaced.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { adjustStock } from "@/lib/inventory/adjust-stock";
import { listVariantMovements, MOVEMENTS_PAGE_SIZE } from "@/lib/inventory/list-variant-movements";
import { listVendorStock } from "@/lib/inventory/list-vendor-stock";
import { getVendorStockVariantOrThrow } from "@/lib/inventory/get-vendor-stock-variant";
import { commitReservation, reserveForLine } from "@/lib/inventory/reservations";
import { createTestProduct, createTestVendor } from "../factories/catalog";
import { createTestOrder } from "../factories/orders";
import { createTestUser, sessionUserFor } from "../factories/users";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { adjustStockAction, setLowStockThresholdAction } = await import("@/app/vendor/stock/actions");

let pool: PrismaClient;
beforeAll(() => {
  pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
});
afterAll(async () => {
  await pool.$disconnect();
});

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  sessionUserFor({ userId: (await createTestUser(opts)).id });

const vendorA = await createTestVendor();
const vendorB = await createTestVendor();
const ownerA = await asUser({ name: "Ama Owner", membership: { vendorId: vendorA.id, role: "OWNER" } });
const staffA = await asUser({ name: "Kojo Staff", membership: { vendorId: vendorA.id, role: "STAFF" } });
const ownerB = await asUser({ membership: { vendorId: vendorB.id, role: "OWNER" } });
const customer = await asUser({});

beforeEach(() => {
  caller = ownerA;
});

/** One in-stock variant of vendor A (or `vendorId`) with `stock` on hand and threshold `lowStockAt`. */
async function variantWith(stock: number, lowStockAt = 3, vendorId = vendorA.id) {
  const { variants, product } = await createTestProduct({ vendorId, variants: [{ stockOnHand: stock }] });
  const v = await prisma.variant.update({ where: { id: variants[0]!.id }, data: { lowStockAt } });
  return { ...v, product };
}

const stockOf = async (id: string) =>
  prisma.variant.findUniqueOrThrow({ where: { id }, select: { stockOnHand: true, reserved: true, lowStockAt: true } });
const movesOf = (variantId: string) =>
  prisma.inventoryMovement.findMany({ where: { variantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const lowStockAlerts = (variantId: string) =>
  prisma.notification.findMany({
    where: { templateKey: "vendor.low_stock", dedupeKey: { startsWith: `low-stock:${variantId}:` } },
    orderBy: { createdAt: "asc" },
  });

async function holdUnits(variantId: string, quantity: number) {
  const { order, lines } = await createTestOrder({ lines: [{ variantId, quantity }] });
  return reserveForLine({
    orderId: order.id,
    orderLineId: lines[0]!.id,
    variantId,
    quantity,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
}

describe("adjusting stock on hand", () => {
  it("records each reason as a movement with who, the signed quantity, the stock after and the note", async () => {
    const v = await variantWith(10, 0);
    const steps = [
      ["RESTOCK", 5, 15],
      ["RETURN", 1, 16],
      ["DAMAGED", -2, 14],
      ["LOST", -1, 13],
      ["CORRECTION", -3, 10],
      ["ADJUSTMENT", 4, 14],
    ] as const;
    for (const [reason, quantity, after] of steps) {
      const r = await adjustStockAction({ variantId: v.id, mode: "delta", quantity, reason, note: `${reason} note` });
      expect(r).toMatchObject({ ok: true, data: { stockOnHand: after, delta: quantity } });
    }
    const moves = await movesOf(v.id);
    expect(moves.map((m) => [m.reason, m.quantity, m.stockAfter, m.note, m.actorId])).toEqual(
      steps.map(([reason, q, after]) => [reason, q, after, `${reason} note`, ownerA.id]),
    );
  });

  it('"set to N" computes the change from the stock on hand and refuses a no-op', async () => {
    const v = await variantWith(10);
    const r = await adjustStockAction({ variantId: v.id, mode: "set", quantity: 7, reason: "CORRECTION" });
    expect(r).toMatchObject({ ok: true, data: { stockOnHand: 7, delta: -3 } });
    const up = await adjustStockAction({ variantId: v.id, mode: "set", quantity: 12, reason: "RESTOCK" });
    expect(up).toMatchObject({ ok: true, data: { stockOnHand: 12, delta: 5 } });
    const same = await adjustStockAction({ variantId: v.id, mode: "set", quantity: 12, reason: "CORRECTION" });
    expect(same).toMatchObject({ ok: false, code: "INVALID_STATE", message: "Stock on hand is already 12." });
    expect((await movesOf(v.id)).map((m) => [m.reason, m.quantity, m.stockAfter])).toEqual([
      ["CORRECTION", -3, 7],
      ["RESTOCK", 5, 12],
    ]);
  });

  it("refuses below what unpaid checkouts hold, below 0, the wrong direction for a reason and bad input — changing nothing", async () => {
    const v = await variantWith(5);
    await holdUnits(v.id, 3);
    const held = await adjustStockAction({ variantId: v.id, mode: "set", quantity: 2, reason: "CORRECTION" });
    expect(held).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      message: "Stock cannot go below 3: 3 units are held by unpaid checkouts.",
    });
    const lost = await adjustStockAction({ variantId: v.id, mode: "delta", quantity: -3, reason: "LOST" });
    expect(lost).toMatchObject({ ok: false, code: "INVALID_STATE" });

    const empty = await variantWith(1);
    const belowZero = await adjustStockAction({ variantId: empty.id, mode: "delta", quantity: -2, reason: "DAMAGED" });
    expect(belowZero).toMatchObject({ ok: false, message: "Stock on hand cannot go below 0 (1 on hand)." });

    const wrongWay = await adjustStockAction({ variantId: v.id, mode: "delta", quantity: 2, reason: "DAMAGED" });
    expect(wrongWay).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    const received = await adjustStockAction({ variantId: v.id, mode: "delta", quantity: -1, reason: "RESTOCK" });
    expect(received).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    const zero = await adjustStockAction({ variantId: v.id, mode: "delta", quantity: 0, reason: "ADJUSTMENT" });
    expect(zero).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { quantity: expect.any(String) } });
    // @ts-expect-error SALE is not a vendor's reason
    const sale = await adjustStockAction({ variantId: v.id, mode: "delta", quantity: -1, reason: "SALE" });
    expect(sale).toMatchObject({ ok: false, code: "BAD_REQUEST" });

    expect(await stockOf(v.id)).toMatchObject({ stockOnHand: 5, reserved: 3 });
    expect(await stockOf(empty.id)).toMatchObject({ stockOnHand: 1 });
    expect(await movesOf(v.id)).toHaveLength(0);
  });

  it("a pre-order variant has no stock to adjust", async () => {
    const { variants } = await createTestProduct({ vendorId: vendorA.id, variants: [{ availability: "PRE_ORDER" }] });
    const r = await adjustStockAction({ variantId: variants[0]!.id, mode: "delta", quantity: 2, reason: "RESTOCK" });
    expect(r).toMatchObject({ ok: false, code: "INVALID_STATE" });
  });

  it("concurrent adjustments never lose a movement: the final stock is the sum and every one is recorded", async () => {
    const v = await variantWith(100, 0);
    const deltas = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? -2 : i % 3 === 1 ? 5 : -1));
    const results = await Promise.all(
      deltas.map((delta, i) =>
        adjustStock(
          {
            variantId: v.id,
            delta,
            reason: delta > 0 ? "RESTOCK" : "CORRECTION",
            vendorId: vendorA.id,
            actorId: ownerA.id,
            reference: `c-${i}`,
          },
          pool,
        ),
      ),
    );
    const sum = deltas.reduce((a, b) => a + b, 0);
    expect((await stockOf(v.id)).stockOnHand).toBe(100 + sum);
    const moves = await movesOf(v.id);
    expect(moves).toHaveLength(deltas.length);
    expect(new Set(results.map((r) => r.movementId)).size).toBe(deltas.length);
    // Each movement's stockAfter is the running total in the order they committed.
    const byStockAfter = [...moves].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(new Set(byStockAfter.map((m) => m.stockAfter)).size).toBeGreaterThan(1);
    expect(moves.reduce((a, m) => a + m.quantity, 0)).toBe(sum);
  });
});

describe("low-stock threshold and alert", () => {
  it("sets the threshold per variant; refuses a negative one with a field error", async () => {
    const v = await variantWith(10);
    expect(await setLowStockThresholdAction({ variantId: v.id, lowStockAt: 6 })).toMatchObject({
      ok: true,
      data: { lowStockAt: 6 },
    });
    expect((await stockOf(v.id)).lowStockAt).toBe(6);
    expect(await setLowStockThresholdAction({ variantId: v.id, lowStockAt: -1 })).toMatchObject({
      ok: false,
      fieldErrors: { lowStockAt: expect.any(String) },
    });
    expect((await stockOf(v.id)).lowStockAt).toBe(6);
  });

  it("alerts once when an adjustment crosses to the threshold, stays quiet while it hovers, and alerts again on a new crossing", async () => {
    const v = await variantWith(10, 3);
    const adjust = (quantity: number, reason: "CORRECTION" | "RESTOCK" = "CORRECTION") =>
      adjustStockAction({ variantId: v.id, mode: "delta", quantity, reason });
    await adjust(-6); // 4: above
    expect(await lowStockAlerts(v.id)).toHaveLength(0);
    const crossed = await adjust(-1); // 3: at the threshold
    expect(crossed).toMatchObject({ ok: true, data: { isLowStockAlerted: true } });
    let alerts = await lowStockAlerts(v.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      vendorId: vendorA.id,
      channel: "EMAIL",
      topic: "VENDOR_OPERATIONS",
      recipient: vendorA.contactEmail,
      data: { sku: v.sku, stockOnHand: 3, available: 3, lowStockAt: 3, productTitle: v.product.title },
    });
    const crossingMove = (await movesOf(v.id)).at(-1)!;
    expect(alerts[0]!.dedupeKey).toBe(`low-stock:${v.id}:${crossingMove.id}:EMAIL`);

    await adjust(-1); // 2: still low, no new alert
    await adjust(1, "RESTOCK"); // 3: still low
    expect(await lowStockAlerts(v.id)).toHaveLength(1);
    await adjust(5, "RESTOCK"); // 8: above again
    await adjust(-6); // 2: a new crossing
    alerts = await lowStockAlerts(v.id);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]!.data).toMatchObject({ stockOnHand: 2, available: 2 });
  });

  it("counts units held by unpaid checkouts: available, not on hand, is what crosses", async () => {
    const v = await variantWith(10, 3);
    await holdUnits(v.id, 5); // available 5
    const r = await adjustStockAction({ variantId: v.id, mode: "delta", quantity: -2, reason: "DAMAGED" }); // 8 on hand, 3 available
    expect(r).toMatchObject({ ok: true, data: { isLowStockAlerted: true } });
    expect((await lowStockAlerts(v.id))[0]!.data).toMatchObject({ stockOnHand: 8, reserved: 5, available: 3 });
  });

  it("alerts when a paid sale takes the variant to its threshold, once; a sale below it alerts nothing", async () => {
    const v = await variantWith(6, 3);
    const first = await holdUnits(v.id, 3); // held: nothing sold yet
    expect(await lowStockAlerts(v.id)).toHaveLength(0);
    await commitReservation({ reservationId: first.id }); // 3 left: crossed by this sale
    await commitReservation({ reservationId: first.id }); // committing again changes nothing
    const alerts = await lowStockAlerts(v.id);
    expect(alerts).toHaveLength(1);
    const sale = (await movesOf(v.id)).find((m) => m.reason === "SALE")!;
    expect(alerts[0]!.dedupeKey).toBe(`low-stock:${v.id}:${sale.id}:EMAIL`);
    expect(alerts[0]!.data).toMatchObject({ stockOnHand: 3, available: 3 });

    const second = await holdUnits(v.id, 1);
    await commitReservation({ reservationId: second.id }); // 2 left: already low
    expect(await lowStockAlerts(v.id)).toHaveLength(1);
    expect(await stockOf(v.id)).toMatchObject({ stockOnHand: 2, reserved: 0 });
  });

  it("an archived product's variant does not alert", async () => {
    const v = await variantWith(5, 3);
    await prisma.product.update({ where: { id: v.productId }, data: { status: "ARCHIVED" } });
    const r = await adjustStockAction({ variantId: v.id, mode: "delta", quantity: -3, reason: "LOST" });
    expect(r).toMatchObject({ ok: true, data: { stockOnHand: 2, isLowStockAlerted: false } });
    expect(await lowStockAlerts(v.id)).toHaveLength(0);
  });
});

describe("who may change stock", () => {
  it("a member of another vendor gets not found for every action, and nothing changes", async () => {
    const theirs = await variantWith(10, 3, vendorB.id);
    caller = ownerA;
    const adjusted = await adjustStockAction({ variantId: theirs.id, mode: "delta", quantity: -8, reason: "LOST" });
    expect(adjusted).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const set = await adjustStockAction({ variantId: theirs.id, mode: "set", quantity: 1, reason: "CORRECTION" });
    expect(set).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const threshold = await setLowStockThresholdAction({ variantId: theirs.id, lowStockAt: 9 });
    expect(threshold).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getVendorStockVariantOrThrow({ vendorId: vendorA.id, variantId: theirs.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await stockOf(theirs.id)).toEqual({ stockOnHand: 10, reserved: 0, lowStockAt: 3 });
    expect(await movesOf(theirs.id)).toHaveLength(0);
    expect(await lowStockAlerts(theirs.id)).toHaveLength(0);

    // …and the other way round, the owner of B on A's variant.
    const mine = await variantWith(4, 3);
    caller = ownerB;
    expect(
      await adjustStockAction({ variantId: mine.id, mode: "delta", quantity: 1, reason: "RESTOCK" }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await stockOf(mine.id)).stockOnHand).toBe(4);
  });

  it("staff may adjust and set thresholds; a customer and a signed-out caller are refused", async () => {
    const v = await variantWith(10);
    caller = staffA;
    expect(await adjustStockAction({ variantId: v.id, mode: "delta", quantity: 2, reason: "RESTOCK" })).toMatchObject({
      ok: true,
    });
    expect(await setLowStockThresholdAction({ variantId: v.id, lowStockAt: 1 })).toMatchObject({ ok: true });
    caller = customer;
    expect(await adjustStockAction({ variantId: v.id, mode: "delta", quantity: 5, reason: "RESTOCK" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await setLowStockThresholdAction({ variantId: v.id, lowStockAt: 7 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    caller = null;
    expect(await adjustStockAction({ variantId: v.id, mode: "delta", quantity: 5, reason: "RESTOCK" })).toMatchObject({
      ok: false,
      code: "UNAUTHORIZED",
    });
    expect(await stockOf(v.id)).toMatchObject({ stockOnHand: 12, lowStockAt: 1 });
    expect((await movesOf(v.id)).map((m) => m.actorId)).toEqual([staffA.id]);
  });
});

describe("reads", () => {
  it("the movement history is newest first in keyset pages, names the team member, and is the vendor's only", async () => {
    const v = await variantWith(0, 0);
    const admin = await createTestUser({ name: "Platform Person", roles: ["ADMIN"], adminPermissions: ["OPS"] });
    for (let i = 0; i < MOVEMENTS_PAGE_SIZE + 3; i++) {
      await adjustStock({
        variantId: v.id,
        delta: 1,
        reason: "RESTOCK",
        vendorId: vendorA.id,
        actorId: i === 0 ? admin.id : staffA.id,
        reference: `PO-${i}`,
      });
    }
    const first = await listVariantMovements({ vendorId: vendorA.id, variantId: v.id });
    expect(first.rows).toHaveLength(MOVEMENTS_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({
      reference: `PO-${MOVEMENTS_PAGE_SIZE + 2}`,
      stockAfter: 53,
      who: "Kojo Staff",
    });
    const second = await listVariantMovements({ vendorId: vendorA.id, variantId: v.id, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect(second.rows.map((m) => m.reference)).toEqual(["PO-2", "PO-1", "PO-0"]);
    expect(second.rows.at(-1)!.who).toBe("Londom team");
    const all = [...first.rows, ...second.rows].map((m) => m.stockAfter);
    expect(all).toEqual([...all].sort((a, b) => b - a));

    const other = await listVariantMovements({ vendorId: vendorB.id, variantId: v.id });
    expect(other.rows).toHaveLength(0);
  });

  it("the stock list shows the vendor's in-stock variants with available stock, filters low ones and searches", async () => {
    const vendor = await createTestVendor();
    const { variants, product } = await createTestProduct({
      vendorId: vendor.id,
      title: "Kente scarf",
      variants: [{ stockOnHand: 10, sku: `KS-OK-${vendor.id}` }, { stockOnHand: 2 }, { availability: "PRE_ORDER" }],
    });
    await createTestProduct({ vendorId: vendorB.id, variants: [{ stockOnHand: 1 }] });
    await holdUnits(variants[0]!.id, 8); // 10 on hand, 2 available: low
    const all = await listVendorStock({ vendorId: vendor.id });
    expect(all.counts).toEqual({ all: 2, low: 2 });
    expect(all.rows.map((r) => [r.variantId, r.stockOnHand, r.reserved, r.available, r.productTitle])).toEqual([
      [variants[0]!.id, 10, 8, 2, product.title],
      [variants[1]!.id, 2, 0, 2, product.title],
    ]);
    await prisma.variant.update({ where: { id: variants[1]!.id }, data: { lowStockAt: 1 } });
    expect((await listVendorStock({ vendorId: vendor.id, low: "1" })).rows.map((r) => r.variantId)).toEqual([
      variants[0]!.id,
    ]);
    expect((await listVendorStock({ vendorId: vendor.id, q: "ks-ok" })).rows).toHaveLength(1);
    expect((await listVendorStock({ vendorId: vendor.id, q: "kente" })).rows).toHaveLength(2);
    expect((await listVendorStock({ vendorId: vendor.id, q: "100%" })).rows).toHaveLength(0);
    // A cursor from another vendor's variant does not leak its position or rows.
    const theirs = await variantWith(1, 0, vendorB.id);
    expect((await listVendorStock({ vendorId: vendor.id, cursor: theirs.id })).rows).toHaveLength(0);
  });
});
