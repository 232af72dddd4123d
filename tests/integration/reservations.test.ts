import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { type OrderLine, PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  commitReservation,
  releaseReservation,
  reserveForLine,
  type TReserveForLineInput,
} from "@/lib/inventory/reservations";
import { transitionBatch } from "@/lib/batches/transition-batch";
import { createTestCustomer, createTestOrder } from "../factories/orders";
import { createTestProduct } from "../factories/catalog";
import { createTestBatch } from "../factories/batches";

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

/** reserveForLine's input for exactly what `line` ordered (its order, variant and quantity), held for an hour. */
function reserveInput(
  line: Pick<OrderLine, "id" | "orderId" | "variantId" | "quantity">,
  overrides: Partial<TReserveForLineInput> = {},
): TReserveForLineInput {
  return {
    orderId: line.orderId,
    orderLineId: line.id,
    variantId: line.variantId,
    quantity: line.quantity,
    expiresAt: inAnHour(),
    ...overrides,
  };
}

// The concurrency tests need real parallel connections: a client with a pool of 30.
let pool: PrismaClient;
beforeAll(() => {
  pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 30 }) });
});
afterAll(async () => {
  await pool.$disconnect();
});

/** Orders with one line each, for one customer (order i buys `quantity(i)` of `variantIds[i % n]`). */
async function ordersFor(variantIds: string[], count: number, quantity: (i: number) => number = () => 1) {
  const customer = await createTestCustomer();
  const one = async (i: number) => {
    const line = { variantId: variantIds[i % variantIds.length]!, quantity: quantity(i) };
    const { order, lines } = await createTestOrder({ customerId: customer.id, lines: [line] });
    return { orderId: order.id, orderLineId: lines[0]!.id, ...line };
  };
  const out = [];
  // Ten at a time (the app client's pool): fixture setup, not the race under test.
  for (let i = 0; i < count; i += 10) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, k) => one(i + k)))));
  }
  return out;
}

function reserveAllConcurrently(
  lines: { orderId: string; orderLineId: string; variantId: string; quantity: number }[],
  batchId?: string,
) {
  return Promise.allSettled(
    lines.map((l) =>
      pool.$transaction((tx) => reserveForLine({ ...l, expiresAt: inAnHour(), ...(batchId ? { batchId } : {}) }, tx), {
        maxWait: 30_000,
        timeout: 30_000,
      }),
    ),
  );
}

function expectOnlyOutOfStock(results: PromiseSettledResult<unknown>[]) {
  for (const r of results) {
    if (r.status === "rejected") {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe("OUT_OF_STOCK");
    }
  }
}

describe("reserveForLine under concurrency", () => {
  it("200 concurrent checkouts on 5 hot variants with 10 each: exactly 50 succeed, never oversold", async () => {
    const { variants } = await createTestProduct({
      variants: Array.from({ length: 5 }, () => ({ stockOnHand: 10 })),
    });
    const lines = await ordersFor(
      variants.map((v) => v.id),
      200,
    );

    const results = await reserveAllConcurrently(lines);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(50);
    expectOnlyOutOfStock(results);
    const after = await prisma.variant.findMany({ where: { id: { in: variants.map((v) => v.id) } } });
    for (const v of after) {
      expect(v.reserved).toBe(10);
      expect(v.stockOnHand).toBe(10);
    }
    const held = await prisma.reservation.groupBy({
      by: ["variantId"],
      where: { variantId: { in: variants.map((v) => v.id) }, status: "ACTIVE" },
      _sum: { quantity: true },
    });
    expect(held.map((h) => h._sum.quantity)).toEqual([10, 10, 10, 10, 10]);
  });

  it("mixed quantities: the reserved total equals the successful holds and never exceeds stock", async () => {
    const { variants } = await createTestProduct({ variants: [{ stockOnHand: 17 }] });
    const variantId = variants[0]!.id;
    const lines = await ordersFor([variantId], 40, (i) => (i % 3) + 1);
    const results = await reserveAllConcurrently(lines);
    expectOnlyOutOfStock(results);
    const won = results
      .flatMap((r, i) => (r.status === "fulfilled" ? [lines[i]!.quantity] : []))
      .reduce((a, b) => a + b, 0);
    const v = await prisma.variant.findUniqueOrThrow({ where: { id: variantId } });
    expect(v.reserved).toBe(won);
    expect(v.reserved).toBeLessThanOrEqual(17);
    // With 1–3 unit requests until the end, at most 2 units can be left unsold.
    expect(17 - v.reserved).toBeLessThanOrEqual(2);
  });

  it("respects a batch cap under concurrency (cap 7, 40 buyers → 7 holds)", async () => {
    const { variants, originId } = await createTestProduct({
      variants: [{ availability: "PRE_ORDER", batchCap: 7 }],
    });
    const batch = await createTestBatch({ originId });
    const lines = await ordersFor([variants[0]!.id], 40);

    const results = await reserveAllConcurrently(lines, batch.id);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    expectOnlyOutOfStock(results);
    const alloc = await prisma.batchAllocation.findUniqueOrThrow({
      where: { batchId_variantId: { batchId: batch.id, variantId: variants[0]!.id } },
    });
    expect(alloc).toMatchObject({ reserved: 7, sold: 0 });
  });
});

describe("reserve, commit, release", () => {
  it("in-stock: commit sells (stock and reserved down, SALE movement), release frees; both idempotent", async () => {
    const { variants } = await createTestProduct({ variants: [{ stockOnHand: 10 }] });
    const v = variants[0]!;
    const { order, lines } = await createTestOrder({
      lines: [
        { variantId: v.id, quantity: 3 },
        { variantId: v.id, quantity: 2 },
      ],
    });
    const r1 = await reserveForLine(reserveInput(lines[0]!));
    const r2 = await reserveForLine(reserveInput(lines[1]!));
    expect(r1).toMatchObject({ kind: "STOCK", status: "ACTIVE", quantity: 3, batchId: null });
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      stockOnHand: 10,
      reserved: 5,
    });

    const committed = await commitReservation({ reservationId: r1.id });
    expect(committed.status).toBe("COMMITTED");
    expect(committed.resolvedAt).toBeInstanceOf(Date);
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      stockOnHand: 7,
      reserved: 2,
    });
    const sale = await prisma.inventoryMovement.findMany({ where: { variantId: v.id, reason: "SALE" } });
    expect(sale).toEqual([expect.objectContaining({ quantity: -3, stockAfter: 7, reference: order.number })]);

    await commitReservation({ reservationId: r1.id }); // again: no second sale
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      stockOnHand: 7,
      reserved: 2,
    });
    expect(await prisma.inventoryMovement.count({ where: { variantId: v.id, reason: "SALE" } })).toBe(1);

    expect((await releaseReservation({ reservationId: r2.id, to: "RELEASED" })).status).toBe("RELEASED");
    expect((await releaseReservation({ reservationId: r2.id, to: "EXPIRED" })).status).toBe("RELEASED"); // already resolved: unchanged
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      stockOnHand: 7,
      reserved: 0,
    });
    await expect(commitReservation({ reservationId: r2.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(releaseReservation({ reservationId: r1.id, to: "RELEASED" })).resolves.toMatchObject({
      status: "COMMITTED",
    });
  });

  it("refuses more than is available with OUT_OF_STOCK { variantId, available }", async () => {
    const { variants } = await createTestProduct({ variants: [{ stockOnHand: 4 }] });
    const v = variants[0]!;
    const { lines } = await createTestOrder({
      lines: [
        { variantId: v.id, quantity: 3 },
        { variantId: v.id, quantity: 2 },
      ],
    });
    await reserveForLine(reserveInput(lines[0]!));
    const err = await reserveForLine(reserveInput(lines[1]!)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "OUT_OF_STOCK", details: { variantId: v.id, available: 1 } });
    // The failed attempt left nothing behind (its transaction rolled back).
    expect(await prisma.reservation.count({ where: { orderLineId: lines[1]!.id } })).toBe(0);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: v.id } })).reserved).toBe(3);

    // A caller that catches the refusal and carries on in the same transaction finds nothing left behind.
    await prisma.$transaction(async (tx) => {
      await expect(reserveForLine(reserveInput(lines[1]!), tx)).rejects.toMatchObject({ code: "OUT_OF_STOCK" });
      expect(await tx.reservation.count({ where: { orderLineId: lines[1]!.id } })).toBe(0);
      expect((await tx.variant.findUniqueOrThrow({ where: { id: v.id } })).reserved).toBe(3);
    });
  });

  it("rejects bad input, inactive items and a second reservation for the same line", async () => {
    const { variants } = await createTestProduct({
      variants: [{ stockOnHand: 5 }, { stockOnHand: 5, isActive: false }],
    });
    const { lines } = await createTestOrder({
      lines: [{ variantId: variants[0]!.id }, { variantId: variants[1]!.id }],
    });
    const base = reserveInput(lines[0]!);
    await expect(reserveForLine({ ...base, quantity: 0 })).rejects.toThrow();
    await expect(reserveForLine({ ...base, quantity: 1.5 })).rejects.toThrow();
    await expect(reserveForLine({ ...base, variantId: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(reserveForLine(reserveInput(lines[1]!))).rejects.toMatchObject({
      code: "OUT_OF_STOCK",
      details: { available: 0 },
    });
    await reserveForLine(base);
    await expect(reserveForLine(base)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: variants[0]!.id } })).reserved).toBe(1);
  });

  it("pre-order with a cap: holds, sells and releases against the batch allocation", async () => {
    const { variants, originId } = await createTestProduct({
      variants: [{ availability: "PRE_ORDER", batchCap: 5 }],
    });
    const v = variants[0]!;
    const batch = await createTestBatch({ originId });
    const { lines } = await createTestOrder({
      lines: [
        { variantId: v.id, quantity: 3 },
        { variantId: v.id, quantity: 3 },
        { variantId: v.id, quantity: 2 },
      ],
    });
    const alloc = () =>
      prisma.batchAllocation.findUniqueOrThrow({
        where: { batchId_variantId: { batchId: batch.id, variantId: v.id } },
      });

    // No batchId given: the origin's open batch is used.
    const r1 = await reserveForLine(reserveInput(lines[0]!));
    expect(r1).toMatchObject({ kind: "BATCH", batchId: batch.id });
    expect(await alloc()).toMatchObject({ reserved: 3, sold: 0 });
    await commitReservation({ reservationId: r1.id });
    expect(await alloc()).toMatchObject({ reserved: 0, sold: 3 });
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: v.id } })).stockOnHand).toBe(0);

    await expect(reserveForLine(reserveInput(lines[1]!, { batchId: batch.id }))).rejects.toMatchObject({
      code: "OUT_OF_STOCK",
      details: { variantId: v.id, available: 2 },
    });
    const r3 = await reserveForLine(reserveInput(lines[2]!, { batchId: batch.id }));
    expect(await alloc()).toMatchObject({ reserved: 2, sold: 3 });
    await releaseReservation({ reservationId: r3.id, to: "RELEASED" });
    expect(await alloc()).toMatchObject({ reserved: 0, sold: 3 });
  });

  it("pre-order without a cap: no limit, still counted per batch", async () => {
    const { variants, originId } = await createTestProduct({ variants: [{ availability: "PRE_ORDER" }] });
    const batch = await createTestBatch({ originId });
    const { lines } = await createTestOrder({ lines: [{ variantId: variants[0]!.id, quantity: 500 }] });
    const r = await reserveForLine(reserveInput(lines[0]!));
    expect(r).toMatchObject({ kind: "BATCH", batchId: batch.id, quantity: 500 });
    await commitReservation({ reservationId: r.id });
    expect(
      await prisma.batchAllocation.findUniqueOrThrow({
        where: { batchId_variantId: { batchId: batch.id, variantId: variants[0]!.id } },
      }),
    ).toMatchObject({
      reserved: 0,
      sold: 500,
    });
  });

  it("pre-order refuses when no batch of the origin is open, or the given batch is closed or elsewhere", async () => {
    const { variants, originId } = await createTestProduct({
      variants: [{ availability: "PRE_ORDER", batchCap: 10 }],
    });
    const v = variants[0]!;
    const { order, lines } = await createTestOrder({ lines: [{ variantId: v.id, quantity: 1 }] });
    const base = reserveInput(lines[0]!);
    await expect(reserveForLine(base)).rejects.toMatchObject({ code: "INVALID_STATE" });

    const draft = await createTestBatch({ originId, status: "DRAFT" });
    await expect(reserveForLine({ ...base, batchId: draft.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const closed = await createTestBatch({ originId });
    await transitionBatch({ batchId: closed.id, event: "CLOSE", actor: { type: "ADMIN" } });
    await expect(reserveForLine({ ...base, batchId: closed.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const other = await createTestProduct({ variants: [] });
    const elsewhere = await createTestBatch({ originId: other.originId });
    await expect(reserveForLine({ ...base, batchId: elsewhere.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await prisma.reservation.count({ where: { orderId: order.id } })).toBe(0);
  });
});
