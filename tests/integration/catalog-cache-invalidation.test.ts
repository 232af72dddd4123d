// Write paths must expire the cached catalog reads they change (product, stock, batch), so
// a storefront page never shows a stale price or a closed batch for longer than the request
// that changed it. next/cache is replaced by a recorder: the writes themselves hit PostgreSQL.
import { beforeEach, describe, expect, it, vi } from "vitest";

const expired: string[] = [];
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string) => void expired.push(tag),
  unstable_cache: <T>(fn: T) => fn,
}));

const { updateProduct } = await import("@/lib/catalog/update-product");
const { adjustStock } = await import("@/lib/inventory/adjust-stock");
const { transitionBatch } = await import("@/lib/batches/transition-batch");
const { CATALOG_TAGS } = await import("@/lib/catalog/cache/catalog-cache");
const { createTestProduct, createTestOrigin } = await import("../factories/catalog");
const { createTestBatch } = await import("../factories/batches");

beforeEach(() => {
  expired.length = 0;
});

describe("catalog cache invalidation", () => {
  it("a product change expires that product and every listing showing products", async () => {
    const { product } = await createTestProduct();
    await updateProduct({
      productId: product.id,
      vendorId: product.vendorId,
      title: "Renamed for the cache test",
    });
    expect(expired).toEqual(
      expect.arrayContaining([CATALOG_TAGS.products, CATALOG_TAGS.stock, CATALOG_TAGS.product(product.id)]),
    );
  });

  it("a stock change expires the stock-bearing reads", async () => {
    const { variants } = await createTestProduct();
    const variant = variants[0]!;
    await adjustStock({ variantId: variant.id, delta: 5, reason: "RESTOCK" });
    expect(expired).toContain(CATALOG_TAGS.stock);
  });

  it("a batch transition expires the batch reads (closing soon, pre-order batch on product pages)", async () => {
    const origin = await createTestOrigin();
    const batch = await createTestBatch({ originId: origin.id });
    expired.length = 0;
    await transitionBatch({ batchId: batch.id, event: "CLOSE", actor: { type: "ADMIN" } });
    expect(expired).toContain(CATALOG_TAGS.batches);
  });

  it("a refused write expires nothing", async () => {
    const { variants } = await createTestProduct();
    await expect(adjustStock({ variantId: variants[0]!.id, delta: -1_000, reason: "CORRECTION" })).rejects.toThrow();
    expect(expired).toEqual([]);
  });
});
