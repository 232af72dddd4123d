// Storefront read models on the real database: what shoppers can see, category trees,
// related products, the batch a pre-order ships in, and per-variant availability.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCategoryPage } from "@/lib/catalog/get-category-page";
import { getProductPage } from "@/lib/catalog/get-product-page";
import { getVendorPage } from "@/lib/catalog/get-vendor-page";
import { getVendorOverviewCounts } from "@/lib/metrics/get-vendor-overview-counts";
import { listProductsPage } from "@/lib/catalog/list-products-page";
import { listRelatedProducts } from "@/lib/catalog/list-related-products";
import { createTestCategory, createTestOrigin, createTestProduct, createTestVendor, uniq } from "../factories/catalog";
import { createTestBatch } from "../factories/batches";

const DAY = 86_400_000;
const now = () => new Date();

async function categoryTree() {
  const root = await createTestCategory({ name: "Root" });
  const child = await createTestCategory({ name: "Child", parentId: root.id });
  const grandchild = await createTestCategory({ name: "Grandchild", parentId: child.id });
  return { root, child, grandchild };
}

describe("category pages", () => {
  it("include products of the category and all its descendants, and list direct subcategories", async () => {
    const { root, child, grandchild } = await categoryTree();
    const vendor = await createTestVendor();
    const inRoot = await createTestProduct({ vendorId: vendor.id, categoryId: root.id });
    const inChild = await createTestProduct({ vendorId: vendor.id, categoryId: child.id });
    const inGrandchild = await createTestProduct({ vendorId: vendor.id, categoryId: grandchild.id });
    const elsewhere = await createTestProduct({ vendorId: vendor.id });

    const page = await getCategoryPage(root.slug, "featured", 1);
    const ids = page?.products.items.map((p) => p.id) ?? [];
    expect(ids.sort()).toEqual([inRoot.product.id, inChild.product.id, inGrandchild.product.id].sort());
    expect(ids).not.toContain(elsewhere.product.id);
    expect(page?.products.total).toBe(3);
    expect(page?.subcategories.map((c) => c.id)).toEqual([child.id]);
    expect(page?.subcategories[0]?.productCount).toBe(2);

    const childPage = await getCategoryPage(child.slug, "featured", 1);
    expect(childPage?.ancestors.map((c) => c.id)).toEqual([root.id, child.id]);
    expect(childPage?.products.items.map((p) => p.id).sort()).toEqual(
      [inChild.product.id, inGrandchild.product.id].sort(),
    );
  });

  it("lists only ACTIVE products of ACTIVE vendors with an active variant", async () => {
    const { root } = await categoryTree();
    const active = await createTestProduct({ categoryId: root.id });
    await createTestProduct({ categoryId: root.id, status: "DRAFT" });
    await createTestProduct({ categoryId: root.id, status: "ARCHIVED" });
    await createTestProduct({ categoryId: root.id, variants: [{ isActive: false }] });
    const suspended = await createTestVendor({ status: "SUSPENDED" });
    await createTestProduct({ categoryId: root.id, vendorId: suspended.id });

    const page = await getCategoryPage(root.slug, "newest", 1);
    expect(page?.products.items.map((p) => p.id)).toEqual([active.product.id]);
    expect(page?.category.productCount).toBe(1);
  });

  it("sorts by the cheapest active variant and pages without overlap", async () => {
    const { root } = await categoryTree();
    const prices = [50_00, 10_00, 30_00];
    for (const priceMinor of prices) {
      await createTestProduct({
        categoryId: root.id,
        variants: [{ priceMinor }, { priceMinor: priceMinor + 500_00 }],
      });
    }
    const asc = await getCategoryPage(root.slug, "price_asc", 1);
    expect(asc?.products.items.map((p) => p.priceMinor)).toEqual([10_00, 30_00, 50_00]);
    const desc = await getCategoryPage(root.slug, "price_desc", 1);
    expect(desc?.products.items.map((p) => p.priceMinor)).toEqual([50_00, 30_00, 10_00]);

    const first = await listProductsPage({
      categoryIds: [root.id],
      sort: "price_asc",
      page: 1,
      pageSize: 2,
      now: now(),
    });
    const second = await listProductsPage({
      categoryIds: [root.id],
      sort: "price_asc",
      page: 2,
      pageSize: 2,
      now: now(),
    });
    expect(first.pageCount).toBe(2);
    expect([...first.items, ...second.items].map((p) => p.priceMinor)).toEqual([10_00, 30_00, 50_00]);
  });

  it("answers null for an unknown slug", async () => {
    expect(await getCategoryPage(uniq("missing"), "featured", 1)).toBeNull();
  });
});

describe("product page", () => {
  it("hides DRAFT products and products of non-active vendors", async () => {
    const draft = await createTestProduct({ status: "DRAFT" });
    expect(await getProductPage(draft.product.slug)).toBeNull();
    const pending = await createTestVendor({ status: "PENDING" });
    const ofPending = await createTestProduct({ vendorId: pending.id });
    expect(await getProductPage(ofPending.product.slug)).toBeNull();
    expect(await getVendorPage(pending.slug, "featured", 1)).toBeNull();
  });

  it("related products never include the product itself (same category first, then same vendor)", async () => {
    const category = await createTestCategory();
    const vendor = await createTestVendor();
    const main = await createTestProduct({ vendorId: vendor.id, categoryId: category.id });
    const sibling = await createTestProduct({ categoryId: category.id });
    const sameVendor = await createTestProduct({ vendorId: vendor.id });

    const related = await listRelatedProducts({
      productId: main.product.id,
      categoryId: category.id,
      vendorId: vendor.id,
      now: now(),
    });
    const ids = related.map((r) => r.id);
    expect(ids).not.toContain(main.product.id);
    expect(ids[0]).toBe(sibling.product.id);
    expect(ids).toContain(sameVendor.product.id);

    const page = await getProductPage(main.product.slug);
    expect(page?.related.map((r) => r.id)).not.toContain(main.product.id);
  });

  it("a pre-order ships in the OPEN batch of its origin with the soonest future cut-off", async () => {
    const origin = await createTestOrigin();
    const { product } = await createTestProduct({
      originId: origin.id,
      variants: [{ availability: "PRE_ORDER" }],
    });
    const t = Date.now();
    const window = (d: number) => ({
      arrivalWindowStart: new Date(t + d * DAY),
      arrivalWindowEnd: new Date(t + (d + 7) * DAY),
    });
    await createTestBatch({ originId: origin.id, cutoffAt: new Date(t + 10 * DAY), ...window(30) });
    const soonest = await createTestBatch({
      originId: origin.id,
      cutoffAt: new Date(t + 3 * DAY),
      ...window(20),
    });
    await createTestBatch({
      originId: origin.id,
      status: "DRAFT",
      cutoffAt: new Date(t + 1 * DAY),
      ...window(20),
    });
    // still OPEN but past its cut-off (the close job has not run yet): not taking orders
    await createTestBatch({ originId: origin.id, cutoffAt: new Date(t - 1 * DAY), ...window(20) });
    // another origin's batch closes sooner, but is not this product's
    await createTestBatch({
      originId: (await createTestOrigin()).id,
      cutoffAt: new Date(t + DAY),
      ...window(20),
    });

    const page = await getProductPage(product.slug);
    expect(page?.openBatch?.id).toBe(soonest.id);
    expect(page?.variants[0]?.status).toBe("PRE_ORDER");

    const listing = await getCategoryPage(
      (await prisma.category.findUniqueOrThrow({ where: { id: product.categoryId } })).slug,
      "featured",
      1,
    );
    expect(listing?.products.items[0]?.batchCutoffAt).toBe(soonest.cutoffAt.toISOString());
  });

  it("reports each variant's availability: low stock, sold out, batch full, no open batch", async () => {
    const origin = await createTestOrigin();
    const { product, variants } = await createTestProduct({
      originId: origin.id,
      variants: [
        { stockOnHand: 2 },
        { stockOnHand: 0 },
        { availability: "PRE_ORDER", batchCap: 3 },
        { availability: "PRE_ORDER" },
      ],
    });
    const withoutBatch = await getProductPage(product.slug);
    expect(withoutBatch?.variants.map((v) => v.status)).toEqual(["LOW_STOCK", "SOLD_OUT", "NO_BATCH", "NO_BATCH"]);
    expect(withoutBatch?.variants[0]?.remaining).toBe(2);

    const batch = await createTestBatch({ originId: origin.id });
    await prisma.batchAllocation.create({
      data: { batchId: batch.id, variantId: variants[2]!.id, reserved: 1, sold: 2 },
    });
    const withBatch = await getProductPage(product.slug);
    expect(withBatch?.variants.map((v) => [v.status, v.isPurchasable])).toEqual([
      ["LOW_STOCK", true],
      ["SOLD_OUT", false],
      ["BATCH_FULL", false],
      ["PRE_ORDER", true],
    ]);
  });

  it("picks the size chart of the nearest category up the tree", async () => {
    const chart = {
      columns: ["Size", "Chest (cm)"],
      rows: [
        ["S", "88"],
        ["M", "96"],
      ],
    };
    const root = await prisma.category.create({ data: { slug: uniq("cat"), name: "Clothing", sizeChart: chart } });
    const leaf = await createTestCategory({ parentId: root.id });
    const { product } = await createTestProduct({ categoryId: leaf.id });
    const page = await getProductPage(product.slug);
    expect(page?.sizeChart).toEqual(chart);
    expect(page?.breadcrumbs.map((b) => b.slug)).toEqual([root.slug, leaf.slug]);
  });
});

describe("dashboard counts", () => {
  it("counts only the given vendor's products", async () => {
    const vendor = await createTestVendor();
    await createTestProduct({ vendorId: vendor.id });
    await createTestProduct({ vendorId: vendor.id, status: "DRAFT" });
    await createTestProduct();
    const counts = await getVendorOverviewCounts({ vendorId: vendor.id });
    expect(counts).toMatchObject({ activeProducts: 1, draftProducts: 1, openLines: 0 });
  });
});
