import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { prisma } from "@/lib/db";
import { createProduct } from "@/lib/catalog/create-product";
import { updateProduct } from "@/lib/catalog/update-product";
import { createCategory, upsertCategory } from "@/lib/catalog/create-category";
import { createVendor } from "@/lib/vendors/create-vendor";
import { upsertDeliveryZone, upsertPickupPoint } from "@/lib/deliveries/zones";
import type { TCreateProductInput } from "@/lib/catalog/schemas";
import { createTestCategory, createTestOrigin, createTestVendor, uniq } from "../factories/catalog";
import { createTestUser } from "../factories/users";

async function productInput(overrides: Partial<TCreateProductInput> = {}): Promise<TCreateProductInput> {
  const vendor = await createTestVendor();
  const category = await createTestCategory();
  const sku = uniq("sku");
  return {
    vendorId: vendor.id,
    categoryId: category.id,
    title: `Linen Shirt ${sku}`,
    description: "A breezy linen shirt.",
    status: "ACTIVE",
    optionNames: ["Size", "Colour"],
    variants: [
      {
        sku: `${sku}-M-SAND`,
        options: { Size: "M", Colour: "Sand" },
        priceMinor: 45_000,
        availability: "IN_STOCK",
        stockOnHand: 7,
      },
      {
        sku: `${sku}-L-SAND`,
        options: { Size: "L", Colour: "Sand" },
        priceMinor: 45_000,
        availability: "PRE_ORDER",
        batchCap: 20,
      },
    ],
    ...overrides,
  };
}

describe("createProduct", () => {
  it("creates the product, variants and an INITIAL movement for in-stock units", async () => {
    const input = await productInput();
    const created = await createProduct(input);
    expect(created.slug).toMatch(/^linen-shirt-/);
    expect(created.variants).toHaveLength(2);

    const variants = await prisma.variant.findMany({
      where: { productId: created.id },
      orderBy: { position: "asc" },
      include: { inventoryMovements: true },
    });
    expect(variants[0]).toMatchObject({ availability: "IN_STOCK", stockOnHand: 7, batchCap: null, title: "M / Sand" });
    expect(variants[0]!.inventoryMovements).toEqual([
      expect.objectContaining({ reason: "INITIAL", quantity: 7, stockAfter: 7 }),
    ]);
    expect(variants[1]).toMatchObject({ availability: "PRE_ORDER", stockOnHand: 0, batchCap: 20 });
    expect(variants[1]!.inventoryMovements).toEqual([]);
    const product = await prisma.product.findUniqueOrThrow({ where: { id: created.id } });
    expect(product.publishedAt).not.toBeNull();
  });

  it("generates a unique slug from the title", async () => {
    const first = await productInput();
    const a = await createProduct(first);
    const second = await productInput({ title: first.title });
    const b = await createProduct(second);
    expect(b.slug).toBe(`${a.slug}-2`);
  });

  it("rejects a SKU another product already uses with CONFLICT", async () => {
    const first = await productInput();
    await createProduct(first);
    const second = await productInput({
      variants: [{ ...first.variants[0]!, sku: first.variants[0]!.sku.toLowerCase() }],
    });
    await expect(createProduct(second)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.product.count({ where: { vendorId: second.vendorId } })).toBe(0);
  });

  it("rejects a taken slug with CONFLICT", async () => {
    const first = await createProduct(await productInput());
    await expect(createProduct(await productInput({ slug: first.slug }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("validates prices, options and SKUs before touching the database", async () => {
    const input = await productInput();
    const [v0, v1] = input.variants as [
      TCreateProductInput["variants"][number],
      TCreateProductInput["variants"][number],
    ];
    const bad: Partial<TCreateProductInput>[] = [
      { variants: [{ ...v0, priceMinor: 450.5 }] },
      { variants: [{ ...v0, priceMinor: -1 }] },
      { variants: [{ ...v0, compareAtMinor: 10 }] },
      { variants: [v0, { ...v1, sku: v0.sku }] },
      { variants: [v0, { ...v1, options: { Size: "M", Colour: "Sand" } }] },
      { variants: [{ ...v0, options: { Size: "M" } }] },
      { variants: [] },
    ];
    for (const overrides of bad) {
      await expect(createProduct({ ...input, ...overrides })).rejects.toBeInstanceOf(ZodError);
    }
  });

  it("answers NOT_FOUND for an unknown category", async () => {
    await expect(createProduct(await productInput({ categoryId: "missing" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("updateProduct", () => {
  it("updates fields, records stock edits as ADJUSTMENT and deactivates dropped variants", async () => {
    const input = await productInput();
    const created = await createProduct(input);
    const [v0, v1] = input.variants as [
      TCreateProductInput["variants"][number],
      TCreateProductInput["variants"][number],
    ];
    const newSku = uniq("sku");
    await updateProduct({
      productId: created.id,
      vendorId: input.vendorId,
      title: "Renamed Linen Shirt",
      isFeatured: true,
      variants: [
        {
          sku: v0.sku,
          options: { Size: "M", Colour: "Sand" },
          priceMinor: 48_000,
          availability: "IN_STOCK",
          stockOnHand: 10,
        },
        {
          sku: newSku,
          options: { Size: "XL", Colour: "Sand" },
          priceMinor: 48_000,
          availability: "IN_STOCK",
          stockOnHand: 3,
        },
      ],
    });
    const variants = await prisma.variant.findMany({
      where: { productId: created.id },
      include: { inventoryMovements: { orderBy: { createdAt: "asc" } } },
    });
    const bySku = new Map(variants.map((v) => [v.sku, v]));
    const kept = bySku.get(v0.sku.toUpperCase())!;
    expect(kept).toMatchObject({ stockOnHand: 10, priceMinor: 48_000, isActive: true });
    expect(kept.inventoryMovements.map((m) => [m.reason, m.quantity])).toEqual([
      ["INITIAL", 7],
      ["ADJUSTMENT", 3],
    ]);
    expect(bySku.get(v1.sku.toUpperCase())).toMatchObject({ isActive: false });
    expect(bySku.get(newSku.toUpperCase())!.inventoryMovements).toEqual([
      expect.objectContaining({ reason: "INITIAL", quantity: 3 }),
    ]);
    const product = await prisma.product.findUniqueOrThrow({ where: { id: created.id } });
    expect(product).toMatchObject({ title: "Renamed Linen Shirt", isFeatured: true });
  });

  it("answers NOT_FOUND for another vendor's product", async () => {
    const created = await createProduct(await productInput());
    const other = await createTestVendor();
    await expect(updateProduct({ productId: created.id, vendorId: other.id, title: "Hijacked" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });
});

describe("createVendor", () => {
  it("creates the vendor with its OWNER and default payout recipient", async () => {
    const origin = await createTestOrigin();
    const owner = await createTestUser();
    const name = `Shop ${uniq("v")}`;
    const vendor = await createVendor({
      name,
      contactEmail: "Shop@Example.test",
      originId: origin.id,
      status: "ACTIVE",
      ownerUserId: owner.id,
      payoutRecipient: {
        type: "MOBILE_MONEY",
        accountName: "Ama Shop",
        accountNumber: "0244123456",
        bankCode: "MTN",
        bankName: "MTN Mobile Money",
      },
    });
    expect(vendor.slug).toMatch(/^shop-/);
    const row = await prisma.vendor.findUniqueOrThrow({
      where: { id: vendor.id },
      include: { memberships: true, payoutRecipients: true },
    });
    expect(row.contactEmail).toBe("shop@example.test");
    expect(row.approvedAt).not.toBeNull();
    expect(row.memberships).toEqual([expect.objectContaining({ userId: owner.id, role: "OWNER" })]);
    expect(row.payoutRecipients).toEqual([expect.objectContaining({ type: "MOBILE_MONEY", isDefault: true })]);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(user.roles).toContain("VENDOR");
    await expect(
      createVendor({ name, slug: vendor.slug, contactEmail: "x@y.test", originId: origin.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("categories and delivery options", () => {
  it("creates a category tree with a validated size chart", async () => {
    const root = await createCategory({
      name: `Shoes ${uniq("c")}`,
      sizeChart: {
        columns: ["UK", "EU"],
        rows: [
          ["7", "40.5"],
          ["8", "42"],
        ],
      },
    });
    const child = await createCategory({ name: `Sneakers ${uniq("c")}`, parentId: root.id });
    expect(child.parentId).toBe(root.id);
    await expect(
      createCategory({ name: "Broken", sizeChart: { columns: ["UK", "EU"], rows: [["7"]] } }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(createCategory({ name: "Orphan", parentId: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const again = await upsertCategory({ slug: root.slug, name: "Shoes (renamed)", sizeChart: null });
    expect(again.id).toBe(root.id);
  });

  it("upserts zones and pickup points by slug", async () => {
    const slug = uniq("zone");
    const a = await upsertDeliveryZone({ slug, name: "Test Zone", region: "Greater Accra", feeMinor: 2500 });
    const b = await upsertDeliveryZone({ slug, name: "Test Zone", region: "Greater Accra", feeMinor: 3000 });
    expect(b).toMatchObject({ id: a.id, feeMinor: 3000 });
    await expect(
      upsertDeliveryZone({ slug: uniq("zone"), name: "Bad", region: "X1", feeMinor: 12.5 }),
    ).rejects.toBeInstanceOf(ZodError);
    const point = await upsertPickupPoint({
      slug: uniq("pp"),
      name: "Hub",
      address: "1 Liberation Rd",
      city: "Accra",
      phone: "+233302000000",
      openingHours: "9–5",
      zoneSlug: slug,
    });
    expect((await prisma.pickupPoint.findUniqueOrThrow({ where: { id: point.id } })).zoneId).toBe(a.id);
    await expect(
      upsertPickupPoint({
        slug: uniq("pp"),
        name: "Hub",
        address: "1 Liberation Rd",
        city: "Accra",
        phone: "+233302000000",
        openingHours: "9–5",
        zoneSlug: "no-such-zone",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
