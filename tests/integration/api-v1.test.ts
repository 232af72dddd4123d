// The JSON API's route handlers, called directly with a Request (no server needed).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProducts } from "@/app/api/v1/products/route";
import { GET as getProduct } from "@/app/api/v1/products/[slug]/route";
import { GET as getCategories } from "@/app/api/v1/categories/route";
import { GET as getSuggest } from "@/app/api/v1/search/suggest/route";
import { POST as postQuote } from "@/app/api/v1/cart/quote/route";
import { createTestBatch } from "../factories/batches";
import { createTestCategory } from "../factories/catalog";
import { createSearchProduct, createSearchShop, searchToken } from "../factories/search";

const url = (path: string, query: Record<string, string> = {}) =>
  `http://test.local${path}?${new URLSearchParams(query)}`;
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("/api/v1", () => {
  const tok = searchToken();
  let shop: Awaited<ReturnType<typeof createSearchShop>>;
  let slug = "";
  let variantId = "";

  beforeAll(async () => {
    const parent = await createTestCategory({ name: `Parent ${tok}` });
    shop = await createSearchShop({ vendorName: `Zed ${tok} Traders`, parentCategoryId: parent.id });
    await createTestBatch({ originId: shop.origin.id });
    for (let i = 0; i < 5; i++) {
      const { product, variants } = await createSearchProduct({
        ...shop.ids,
        title: `${tok} lamp ${i}`,
        variants: [{ priceMinor: 1_000 * (i + 1) }, { availability: "PRE_ORDER", priceMinor: 9_000 }],
      });
      slug ||= product.slug;
      variantId ||= variants[0]!.id;
    }
  });

  it("GET /products searches with filters, sort and cursor, with cache headers", async () => {
    const res = await getProducts(
      new Request(url("/api/v1/products", { q: tok, sort: "price_asc", limit: "2" })),
      undefined,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    const body = await res.json();
    expect(body.total).toBe(5);
    expect(body.items.map((i: { priceMinor: number }) => i.priceMinor)).toEqual([1_000, 2_000]);
    expect(body.facets.vendor[0]).toMatchObject({ value: shop.vendor.slug, count: 5 });
    const next = await getProducts(
      new Request(
        url("/api/v1/products", { q: tok, sort: "price_asc", limit: "2", cursor: body.nextCursor, facets: "false" }),
      ),
      undefined,
    );
    const page2 = await next.json();
    expect(page2.items.map((i: { priceMinor: number }) => i.priceMinor)).toEqual([3_000, 4_000]);
    expect(page2.facets).toBeNull();
    // prices in the URL are GHS: 20–40 GHS = 2,000–4,000 pesewas → lamps 2, 3 and 4
    const priced = await (
      await getProducts(new Request(url("/api/v1/products", { q: tok, minPrice: "20", maxPrice: "40" })), undefined)
    ).json();
    expect(priced.total).toBe(3);
  });

  it("GET /products answers 400 with a message for malformed parameters, and caps limit", async () => {
    const malformed: Record<string, string>[] = [
      { sort: "cheapest" },
      { limit: "ten" },
      { minPrice: "-5" },
      { minPrice: "50", maxPrice: "10" },
      { availability: "soon" },
      { category: "Not A Slug!" },
      { cursor: "%%%" },
      { cursor: "eyJ2IjoxfQ" },
      { q: "x".repeat(1001) },
    ];
    for (const query of malformed) {
      const res = await getProducts(new Request(url("/api/v1/products", query)), undefined);
      expect(res.status, JSON.stringify(query)).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.message.length).toBeGreaterThan(3);
    }
    const capped = await getProducts(new Request(url("/api/v1/products", { q: tok, limit: "1000" })), undefined);
    expect(capped.status).toBe(200);
    for (const q of [`'; DROP TABLE "Product"; --`, "🙂🙂", "a".repeat(999)]) {
      const res = await getProducts(new Request(url("/api/v1/products", { q })), undefined);
      expect(res.status).toBe(200);
    }
  });

  it("GET /products/[slug] returns the product with variants and its open batch; 404 JSON otherwise", async () => {
    const res = await getProduct(new Request(url(`/api/v1/products/${slug}`)), ctx(slug));
    expect(res.status).toBe(200);
    const { product } = await res.json();
    expect(product.slug).toBe(slug);
    expect(product.variants).toHaveLength(2);
    expect(product.openBatch?.cutoffAt).toBeTruthy();
    for (const bad of ["no-such-product-here", "Bad Slug", "x".repeat(500)]) {
      const missing = await getProduct(new Request(url(`/api/v1/products/x`)), ctx(bad));
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("GET /categories returns the tree", async () => {
    const body = await (await getCategories(new Request(url("/api/v1/categories")), undefined)).json();
    const parent = body.categories.find((c: { name: string }) => c.name === `Parent ${tok}`);
    expect(parent.children).toEqual([
      expect.objectContaining({ slug: shop.category.slug, productCount: 5, children: [] }),
    ]);
    expect(parent.productCount).toBe(5);
  });

  it("GET /search/suggest returns products, categories and vendors for a prefix", async () => {
    const body = await (
      await getSuggest(new Request(url("/api/v1/search/suggest", { q: tok.slice(0, 6) })), undefined)
    ).json();
    expect(body.products.length).toBeGreaterThan(0);
    expect(body.products[0].title).toContain(tok);
    const vendors = await (await getSuggest(new Request(url("/api/v1/search/suggest", { q: tok })), undefined)).json();
    expect(vendors.vendors).toEqual([{ slug: shop.vendor.slug, name: `Zed ${tok} Traders` }]);
    expect(vendors.categories).toEqual([expect.objectContaining({ name: `Parent ${tok}` })]);
    const empty = await (await getSuggest(new Request(url("/api/v1/search/suggest", { q: "  " })), undefined)).json();
    expect(empty.products).toEqual([]);
  });

  it("POST /cart/quote reprices lines; malformed bodies are 400", async () => {
    const res = await postQuote(
      new Request(url("/api/v1/cart/quote"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lines: [{ variantId, quantity: 2, expectedPriceMinor: 500 }] }),
      }),
      undefined,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const quote = await res.json();
    expect(quote.subtotalMinor).toBe(2_000);
    expect(quote.lines[0].changes).toEqual([{ kind: "PRICE_CHANGED", previousMinor: 500, currentMinor: 1_000 }]);
    for (const body of [
      "{",
      JSON.stringify({ lines: [{ variantId, quantity: 0 }] }),
      JSON.stringify({ lines: "x" }),
      JSON.stringify({ lines: Array.from({ length: 51 }, (_, i) => ({ variantId: `v${i}`, quantity: 1 })) }),
    ]) {
      const bad = await postQuote(
        new Request(url("/api/v1/cart/quote"), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }),
        undefined,
      );
      expect(bad.status).toBe(400);
    }
  });
});
