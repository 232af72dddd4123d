import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { quoteCart } from "@/lib/cart/quote-cart";
import { getServerCart, mergeServerCart, replaceServerCart } from "@/lib/cart/server-cart";
import { CART_MAX_QUANTITY } from "@/lib/cart/schema";
import { createTestBatch } from "../factories/batches";
import { createSearchProduct, createSearchShop } from "../factories/search";

const DAY = 86_400_000;

async function shopWithBatch(cutoffInDays: number | null) {
  const shop = await createSearchShop();
  const batch =
    cutoffInDays === null
      ? null
      : await createTestBatch({
          originId: shop.origin.id,
          cutoffAt: new Date(Date.now() + cutoffInDays * DAY),
        });
  return { ...shop, batch };
}

describe("quoteCart", () => {
  let a: Awaited<ReturnType<typeof shopWithBatch>>;
  let b: Awaited<ReturnType<typeof shopWithBatch>>;
  let inStock: string, preOrder: string, capped: string, preB: string, inStockB: string;

  beforeAll(async () => {
    a = await shopWithBatch(5);
    b = await shopWithBatch(12);
    const p1 = await createSearchProduct({
      ...a.ids,
      title: "Kente scarf",
      image: true,
      variants: [
        { priceMinor: 12_500, stockOnHand: 5, reserved: 1, size: "M" },
        { priceMinor: 20_000, availability: "PRE_ORDER" },
        { priceMinor: 30_000, availability: "PRE_ORDER", batchCap: 4 },
      ],
    });
    [inStock, preOrder, capped] = p1.variants.map((v) => v.id) as [string, string, string];
    const p2 = await createSearchProduct({
      ...b.ids,
      title: "Shea butter",
      variants: [{ priceMinor: 4_000, availability: "PRE_ORDER" }, { priceMinor: 3_500 }],
    });
    [preB, inStockB] = p2.variants.map((v) => v.id) as [string, string];
  });

  it("groups by vendor and shipment with totals", async () => {
    const q = await quoteCart({
      lines: [
        { variantId: inStock, quantity: 2 },
        { variantId: preOrder, quantity: 1 },
        { variantId: preB, quantity: 3 },
        { variantId: inStockB, quantity: 1 },
      ],
    });
    expect(q.hasChanges).toBe(false);
    expect(q.subtotalMinor).toBe(2 * 12_500 + 20_000 + 3 * 4_000 + 3_500);
    expect(q.itemCount).toBe(7);
    expect(q.vendors.map((v) => [v.vendorId, v.subtotalMinor])).toEqual([
      [a.vendor.id, 45_000],
      [b.vendor.id, 15_500],
    ]);
    const [va] = q.vendors;
    expect(va?.shipments.map((s) => [s.key, s.subtotalMinor, s.variantIds])).toEqual([
      ["IN_STOCK", 25_000, [inStock]],
      [`batch:${a.batch!.id}`, 20_000, [preOrder]],
    ]);
    // across vendors: in stock first, then batches by cut-off
    expect(q.shipments.map((s) => [s.key, s.subtotalMinor, s.itemCount])).toEqual([
      ["IN_STOCK", 28_500, 3],
      [`batch:${a.batch!.id}`, 20_000, 1],
      [`batch:${b.batch!.id}`, 12_000, 3],
    ]);
    expect(q.shipments[1]?.batch).toMatchObject({ code: a.batch!.code, cutoffAt: a.batch!.cutoffAt.toISOString() });
    const line = q.lines[0]!;
    expect(line).toMatchObject({
      productTitle: "Kente scarf",
      options: { Size: "M" },
      unitPriceMinor: 12_500,
      lineTotalMinor: 25_000,
      maxQuantity: 4,
    });
    expect(line.image?.url).toMatch(/^\/media\//);
  });

  it("reports a changed price", async () => {
    const q = await quoteCart({ lines: [{ variantId: inStock, quantity: 1, expectedPriceMinor: 11_000 }] });
    expect(q.hasChanges).toBe(true);
    expect(q.lines[0]?.changes).toEqual([{ kind: "PRICE_CHANGED", previousMinor: 11_000, currentMinor: 12_500 }]);
    expect(q.lines[0]?.isOrderable).toBe(true);
  });

  it("reduces quantities above stock, batch cap and the cart limit", async () => {
    await prisma.batchAllocation.create({ data: { batchId: a.batch!.id, variantId: capped, reserved: 1, sold: 1 } });
    const q = await quoteCart({
      lines: [
        { variantId: inStock, quantity: 9 },
        { variantId: capped, quantity: 3 },
        { variantId: preOrder, quantity: CART_MAX_QUANTITY + 5 },
      ],
    });
    expect(q.lines.map((l) => [l.quantity, l.changes])).toEqual([
      [4, [{ kind: "QUANTITY_REDUCED", requested: 9, available: 4, reason: "STOCK" }]],
      [2, [{ kind: "QUANTITY_REDUCED", requested: 3, available: 2, reason: "BATCH_CAP" }]],
      [
        CART_MAX_QUANTITY,
        [{ kind: "QUANTITY_REDUCED", requested: CART_MAX_QUANTITY + 5, available: CART_MAX_QUANTITY, reason: "LIMIT" }],
      ],
    ]);
    expect(q.subtotalMinor).toBe(4 * 12_500 + 2 * 30_000 + CART_MAX_QUANTITY * 20_000);
  });

  it("marks sold-out, inactive, draft, archived and suspended-vendor lines unavailable", async () => {
    const shop = await shopWithBatch(5);
    const mk = async (over: Parameters<typeof createSearchProduct>[0]["variants"], status?: "DRAFT" | "ARCHIVED") =>
      (
        await createSearchProduct({
          ...shop.ids,
          title: "Thing",
          variants: over,
          ...(status ? { status } : {}),
        })
      ).variants[0]!.id;
    const soldOut = await mk([{ stockOnHand: 3, reserved: 3 }]);
    const inactive = await mk([{ isActive: false }]);
    const draft = await mk([{}], "DRAFT");
    const archived = await mk([{}], "ARCHIVED");
    const full = await mk([{ availability: "PRE_ORDER", batchCap: 2 }]);
    await prisma.batchAllocation.create({ data: { batchId: shop.batch!.id, variantId: full, sold: 2 } });
    const suspendedShop = await shopWithBatch(null);
    const suspended = (await createSearchProduct({ ...suspendedShop.ids, title: "Gone" })).variants[0]!.id;
    await prisma.vendor.update({ where: { id: suspendedShop.vendor.id }, data: { status: "SUSPENDED" } });

    const q = await quoteCart({
      lines: [soldOut, inactive, draft, archived, full, suspended, "no-such-variant"].map((variantId) => ({
        variantId,
        quantity: 1,
      })),
    });
    expect(q.lines.map((l) => l.changes)).toEqual([
      [{ kind: "UNAVAILABLE", reason: "SOLD_OUT" }],
      [{ kind: "UNAVAILABLE", reason: "INACTIVE" }],
      [{ kind: "UNAVAILABLE", reason: "PRODUCT_UNAVAILABLE" }],
      [{ kind: "UNAVAILABLE", reason: "PRODUCT_UNAVAILABLE" }],
      [{ kind: "UNAVAILABLE", reason: "BATCH_FULL" }],
      [{ kind: "UNAVAILABLE", reason: "VENDOR_UNAVAILABLE" }],
    ]);
    expect(q.lines.every((l) => !l.isOrderable && l.quantity === 0 && l.shipmentKey === null)).toBe(true);
    expect(q.unknownVariantIds).toEqual(["no-such-variant"]);
    expect(q.subtotalMinor).toBe(0);
    expect(q.vendors[0]?.unavailableVariantIds).toHaveLength(5);
  });

  it("reports a closed batch (no open batch for the origin) and a batch change", async () => {
    const shop = await shopWithBatch(null);
    const pre = (await createSearchProduct({ ...shop.ids, title: "Pre", variants: [{ availability: "PRE_ORDER" }] }))
      .variants[0]!.id;
    // a batch that is past its cut-off (or CLOSED) does not take pre-orders
    const old = await createTestBatch({ originId: shop.origin.id, cutoffAt: new Date(Date.now() - DAY) });
    const closedEarly = await createTestBatch({
      originId: shop.origin.id,
      cutoffAt: new Date(Date.now() + DAY),
    });
    await prisma.batch.update({ where: { id: closedEarly.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const closed = await quoteCart({ lines: [{ variantId: pre, quantity: 1, expectedBatchId: old.id }] });
    expect(closed.lines[0]?.changes).toEqual([{ kind: "BATCH_CLOSED", previousBatchId: old.id }]);
    expect(closed.lines[0]?.isOrderable).toBe(false);

    const next = await createTestBatch({ originId: shop.origin.id, cutoffAt: new Date(Date.now() + 20 * DAY) });
    const moved = await quoteCart({ lines: [{ variantId: pre, quantity: 1, expectedBatchId: old.id }] });
    expect(moved.lines[0]?.changes).toEqual([{ kind: "BATCH_CHANGED", previousBatchId: old.id, batchId: next.id }]);
    expect(moved.lines[0]).toMatchObject({ isOrderable: true, shipmentKey: `batch:${next.id}` });
  });

  it("adds up duplicate lines of one variant", async () => {
    const q = await quoteCart({
      lines: [
        { variantId: inStockB, quantity: 1 },
        { variantId: inStockB, quantity: 2 },
      ],
    });
    expect(q.lines).toHaveLength(1);
    expect(q.lines[0]?.quantity).toBe(3);
  });
});

describe("server cart", () => {
  async function user() {
    const id = randomUUID().slice(0, 8);
    return prisma.user.create({ data: { email: `cart-${id}@test.local`, name: `Kofi ${id}` }, select: { id: true } });
  }

  it("replaces, merges (union, larger quantity) and drops unknown variants", async () => {
    const shop = await createSearchShop();
    const { variants } = await createSearchProduct({ ...shop.ids, title: "Cart item", variants: [{}, {}, {}] });
    const [v1, v2, v3] = variants.map((v) => v.id) as [string, string, string];
    const u = await user();

    expect(
      await replaceServerCart({
        userId: u.id,
        lines: [
          { variantId: v1, quantity: 2 },
          { variantId: v2, quantity: 1 },
        ],
      }),
    ).toHaveLength(2);
    // another device signs in with its own cart
    const merged = await mergeServerCart({
      userId: u.id,
      lines: [
        { variantId: v2, quantity: 3 },
        { variantId: v3, quantity: 1 },
        { variantId: "gone-variant", quantity: 1 },
      ],
    });
    expect(merged).toEqual([
      { variantId: v2, quantity: 3 },
      { variantId: v3, quantity: 1 },
      { variantId: v1, quantity: 2 },
    ]);
    const stored = await getServerCart({ userId: u.id });
    expect(new Map(stored.map((l) => [l.variantId, l.quantity]))).toEqual(
      new Map([
        [v1, 2],
        [v2, 3],
        [v3, 1],
      ]),
    );

    await replaceServerCart({ userId: u.id, lines: [{ variantId: v3, quantity: 5 }] });
    expect(await getServerCart({ userId: u.id })).toEqual([{ variantId: v3, quantity: 5 }]);
    await replaceServerCart({ userId: u.id, lines: [] });
    expect(await getServerCart({ userId: u.id })).toEqual([]);
  });

  it("serialises concurrent writes for one customer", async () => {
    const shop = await createSearchShop();
    const { variants } = await createSearchProduct({ ...shop.ids, title: "Race", variants: [{}, {}] });
    const u = await user();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        mergeServerCart({ userId: u.id, lines: [{ variantId: variants[i % 2]!.id, quantity: i + 1 }] }),
      ),
    );
    const stored = new Map((await getServerCart({ userId: u.id })).map((l) => [l.variantId, l.quantity]));
    expect(stored).toEqual(
      new Map([
        [variants[0]!.id, 5],
        [variants[1]!.id, 6],
      ]),
    );
  });
});
