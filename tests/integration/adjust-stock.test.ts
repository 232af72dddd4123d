import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { adjustStock } from "@/lib/inventory/adjust-stock";
import { reserveForLine } from "@/lib/inventory/reservations";
import { createTestOrder } from "../factories/orders";
import { createTestProduct } from "../factories/catalog";

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

// Concurrent decrements need real parallel connections.
let pool: PrismaClient;
beforeAll(() => {
  pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
});
afterAll(async () => {
  await pool.$disconnect();
});

describe("adjustStock", () => {
  it("moves stock with a movement and never below what checkouts hold", async () => {
    const { variants } = await createTestProduct({
      variants: [{ stockOnHand: 5 }, { availability: "PRE_ORDER" }],
    });
    const v = variants[0]!;
    const { order, lines } = await createTestOrder({ lines: [{ variantId: v.id, quantity: 4 }] });
    await reserveForLine({
      orderId: order.id,
      orderLineId: lines[0]!.id,
      variantId: v.id,
      quantity: 4,
      expiresAt: inAnHour(),
    });

    const up = await adjustStock({ variantId: v.id, delta: 6, reason: "RESTOCK", reference: "PO-1" });
    expect(up).toMatchObject({ stockOnHand: 11, reserved: 4 });
    const down = await adjustStock({ variantId: v.id, delta: -7, reason: "CORRECTION", note: "counted" });
    expect(down).toMatchObject({ stockOnHand: 4, reserved: 4 });
    await expect(adjustStock({ variantId: v.id, delta: -1, reason: "ADJUSTMENT" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      details: { stockOnHand: 4, reserved: 4 },
    });
    await expect(adjustStock({ variantId: v.id, delta: 0, reason: "ADJUSTMENT" })).rejects.toThrow();
    // @ts-expect-error SALE is reserved for commitReservation
    await expect(adjustStock({ variantId: v.id, delta: -1, reason: "SALE" })).rejects.toThrow();
    await expect(adjustStock({ variantId: variants[1]!.id, delta: 3, reason: "RESTOCK" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(adjustStock({ variantId: "missing", delta: 3, reason: "RESTOCK" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const moves = await prisma.inventoryMovement.findMany({
      where: { variantId: v.id },
      orderBy: { createdAt: "asc" },
    });
    expect(moves.map((m) => [m.reason, m.quantity, m.stockAfter])).toEqual([
      ["RESTOCK", 6, 11],
      ["CORRECTION", -7, 4],
    ]);
  });

  it("concurrent decrements never take stock below reserved", async () => {
    const { variants } = await createTestProduct({ variants: [{ stockOnHand: 10 }] });
    const v = variants[0]!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        pool.$transaction((tx) => adjustStock({ variantId: v.id, delta: -1, reason: "ADJUSTMENT" }, tx)),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: v.id } })).stockOnHand).toBe(0);
  });

  it("the database itself refuses reserved > stockOnHand (CHECK backstop)", async () => {
    const { variants } = await createTestProduct({ variants: [{ stockOnHand: 2 }] });
    await expect(
      prisma.$executeRaw`UPDATE "Variant" SET "reserved" = 3 WHERE "id" = ${variants[0]!.id}`,
    ).rejects.toThrow();
  });
});
