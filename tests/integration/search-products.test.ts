import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { searchProducts } from "@/lib/search/search-products";
import { parseSearchParams, searchParams, ZSearchParams, type TSearchParamsInput } from "@/lib/search/schema";
import { createTestBatch } from "../factories/batches";
import { createTestCategory } from "../factories/catalog";
import { createSearchProduct, createSearchShop, searchToken } from "../factories/search";

const DAY = 86_400_000;

const search = (input: TSearchParamsInput, facets = false) => searchProducts(searchParams(input), facets);
const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title);

describe("searchProducts: text", () => {
  const tok = searchToken();
  let vendorSlug = "";

  beforeAll(async () => {
    const shop = await createSearchShop({ categoryName: "Footwear" });
    vendorSlug = shop.vendor.slug;
    const base = { ...shop.ids };
    await createSearchProduct({
      ...base,
      title: `Plain bag`,
      description: `The ${tok} ${tok} ${tok} ${tok} is a word in here.`,
    });
    await createSearchProduct({ ...base, title: `${tok} Canvas Tote` });
    await createSearchProduct({ ...base, title: "Leather belt", brand: tok });
    await createSearchProduct({ ...base, title: `Adidas Samba Trainers`, brand: "Adidas" });
    await createSearchProduct({ ...base, title: `Trail running jacket`, description: "Light and warm." });
    await createSearchProduct({ ...base, title: `Hidden ${tok} draft`, status: "DRAFT" });
  });

  it("ranks a title match above a brand match above description matches", async () => {
    const r = await search({ q: tok, vendor: vendorSlug });
    expect(r.matchMode).toBe("text");
    expect(titles(r)).toEqual([`${tok} Canvas Tote`, "Leather belt", "Plain bag"]);
    expect(r.total).toBe(3); // not the DRAFT product
  });

  it("matches prefixes of the word being typed", async () => {
    const r = await search({ q: tok.slice(0, 5), vendor: vendorSlug });
    expect(titles(r)).toContain(`${tok} Canvas Tote`);
    const r2 = await search({ q: "trail runn", vendor: vendorSlug });
    expect(titles(r2)).toEqual(["Trail running jacket"]);
    // stemmed whole words still match ("trainer" → "Trainers")
    expect(titles(await search({ q: "trainer", vendor: vendorSlug }))).toEqual(["Adidas Samba Trainers"]);
  });

  it("falls back to trigram similarity for typos", async () => {
    const r = await search({ q: "adidsa", vendor: vendorSlug });
    expect(r.matchMode).toBe("typo");
    expect(titles(r)).toEqual(["Adidas Samba Trainers"]);
    // swapped letters
    expect(titles(await search({ q: "samab", vendor: vendorSlug }))).toEqual(["Adidas Samba Trainers"]);
    expect(titles(await search({ q: "trial runnign", vendor: vendorSlug }))).toEqual(["Trail running jacket"]);
  });

  it("supports websearch syntax: exclusion and quoted phrases", async () => {
    const r = await search({ q: `${tok} -tote -belt`, vendor: vendorSlug });
    expect(titles(r)).not.toContain(`${tok} Canvas Tote`);
    expect(titles(r)).toContain("Plain bag");
    expect(titles(await search({ q: `"canvas tote"`, vendor: vendorSlug }))).toEqual([`${tok} Canvas Tote`]);
    // an exclusion does not flatten the ranking (ts_rank scores any NOT query ~0)
    expect(titles(await search({ q: `${tok} -belt`, vendor: vendorSlug }))).toEqual([
      `${tok} Canvas Tote`,
      "Plain bag",
    ]);
  });

  it("follows a category rename (trigger)", async () => {
    const shop = await createSearchShop();
    const renamed = searchToken();
    await createSearchProduct({ ...shop.ids, title: "Linen shirt" });
    expect((await search({ q: renamed })).total).toBe(0);
    await prisma.category.update({ where: { id: shop.category.id }, data: { name: `Shirts ${renamed}` } });
    expect(titles(await search({ q: renamed }))).toEqual(["Linen shirt"]);
  });

  it("answers odd input normally", async () => {
    const odd = [
      `'; DROP TABLE "Product"; --`,
      "🙂👟🙂",
      `"unbalanced`,
      "!:* & | <-> ()",
      "-",
      "or",
      "\\x00 %_ $1",
      "a".repeat(10_000),
      `${"shoe ".repeat(2000)}`,
    ];
    for (const q of odd) {
      const params = parseSearchParams({ q, vendor: vendorSlug });
      const r = await searchProducts(params, true);
      expect(Array.isArray(r.items)).toBe(true);
    }
    expect(ZSearchParams.safeParse({ q: "x".repeat(1001) }).success).toBe(false);
    expect(ZSearchParams.parse({ q: "y".repeat(500) }).q).toHaveLength(200);
    expect(await prisma.product.count()).toBeGreaterThan(0);
  });
});

describe("searchProducts: relevance", () => {
  // A small shop of its own (searches are scoped to its vendor): each query lists the products
  // that must come first, in order, and the description-only matches that must come last.
  let vendor = "";
  const RELEVANCE: { q: string; first: string[]; last?: string[]; anyOrder?: boolean }[] = [
    // the knit dress mentions sneakers in its description: below every real sneaker
    {
      q: "sneakers",
      first: ["Court Classic Leather Sneakers", "Retro Suede Trainers"],
      last: ["Ribbed Knit Midi Dress"],
    },
    // attributes (variant options) count: the black tote, not the tee whose description says black
    {
      q: "black",
      first: ["Canvas Shopper Tote", "Court Classic Leather Sneakers"],
      last: ["Everyday Cotton Tee"],
      anyOrder: true,
    },
    { q: "black sneakers", first: ["Court Classic Leather Sneakers"] },
    { q: "dress", first: ["Ribbed Knit Midi Dress"] },
    { q: "trainers", first: ["Retro Suede Trainers"] },
    { q: "tote", first: ["Canvas Shopper Tote"] },
    // as-you-type prefix of the category
    { q: "sneak", first: ["Court Classic Leather Sneakers", "Retro Suede Trainers"], last: ["Ribbed Knit Midi Dress"] },
  ];

  beforeAll(async () => {
    const shop = await createSearchShop({ categoryName: "Sneakers" });
    vendor = shop.vendor.slug;
    const { vendorId, originId } = shop.ids;
    const dresses = await createTestCategory({ name: "Dresses" });
    const bags = await createTestCategory({ name: "Bags" });
    const tops = await createTestCategory({ name: "Tops" });
    await createSearchProduct({
      ...shop.ids,
      title: "Court Classic Leather Sneakers",
      description: "Low-top court shoes in smooth leather.",
      variants: [
        { size: "UK 9", colour: "Black" },
        { size: "UK 8", colour: "White" },
      ],
    });
    await createSearchProduct({
      ...shop.ids,
      title: "Retro Suede Trainers",
      description: "Suede uppers, gum sole.",
      variants: [{ size: "UK 9", colour: "White" }],
    });
    await createSearchProduct({
      vendorId,
      originId,
      categoryId: dresses.id,
      title: "Ribbed Knit Midi Dress",
      description: "Wear it with sneakers by day. Sneakers, sandals or heels: sneakers suit it best. Sneakers again.",
      variants: [{ size: "M", colour: "Sage" }],
    });
    await createSearchProduct({
      vendorId,
      originId,
      categoryId: bags.id,
      title: "Canvas Shopper Tote",
      description: "Roomy and sturdy.",
      variants: [{ colour: "Black" }],
    });
    await createSearchProduct({
      vendorId,
      originId,
      categoryId: tops.id,
      title: "Everyday Cotton Tee",
      description: "Goes with black jeans, black skirts, black everything. Black is back.",
      variants: [{ size: "M", colour: "Grey" }],
    });
  });

  for (const { q, first, last = [], anyOrder = false } of RELEVANCE) {
    it(`"${q}" ranks ${first.join(", ")} first${last.length ? ` and ${last.join(", ")} last` : ""}`, async () => {
      const r = titles(await search({ q, vendor }));
      const top = r.slice(0, first.length);
      expect(anyOrder ? top.sort() : top).toEqual(anyOrder ? [...first].sort() : first);
      if (last.length) expect(r.slice(-last.length)).toEqual(last);
    });
  }

  it("finds a product again after its variants' options change (trigger)", async () => {
    const shop = await createSearchShop();
    const colour = searchToken();
    const { variants } = await createSearchProduct({
      ...shop.ids,
      title: "Linen Scarf",
      variants: [{ colour: "Blue" }],
    });
    expect((await search({ q: colour })).total).toBe(0);
    await prisma.variant.update({ where: { id: variants[0]!.id }, data: { options: { Colour: colour } } });
    expect(titles(await search({ q: colour }))).toEqual(["Linen Scarf"]);
    await prisma.variant.delete({ where: { id: variants[0]!.id } });
    const vector = await prisma.$queryRaw<{ hit: boolean }[]>`
      SELECT "searchVector" @@ to_tsquery('simple', ${colour}) AS hit FROM "Product" WHERE "title" = 'Linen Scarf' AND "vendorId" = ${shop.vendor.id}`;
    expect(vector[0]?.hit).toBe(false);
  });
});

describe("searchProducts: filters, facets and sorts", () => {
  const tok = searchToken();
  let shopA: Awaited<ReturnType<typeof createSearchShop>>;
  let shopB: Awaited<ReturnType<typeof createSearchShop>>;

  let clothing: { slug: string; name: string };

  beforeAll(async () => {
    const parent = await createTestCategory({ name: "Clothing" });
    clothing = { slug: parent.slug, name: parent.name };
    shopA = await createSearchShop({ parentCategoryId: parent.id });
    shopB = await createSearchShop();
    await createTestBatch({ originId: shopA.origin.id, cutoffAt: new Date(Date.now() + 3 * DAY) });
    await createTestBatch({ originId: shopB.origin.id, cutoffAt: new Date(Date.now() + 9 * DAY) });
    const now = Date.now();
    await createSearchProduct({
      ...shopA.ids,
      title: `${tok} Tee`,
      publishedAt: new Date(now - 3 * DAY),
      variants: [
        { size: "S", colour: "Black", priceMinor: 8_000 },
        { size: "M", colour: "White", priceMinor: 9_000, stockOnHand: 2, reserved: 2 },
      ],
    });
    await createSearchProduct({
      ...shopA.ids,
      title: `${tok} Hoodie`,
      publishedAt: new Date(now - 2 * DAY),
      variants: [{ size: "M", colour: "Black", priceMinor: 30_000, availability: "PRE_ORDER" }],
    });
    await createSearchProduct({
      ...shopB.ids,
      title: `${tok} Cap`,
      publishedAt: new Date(now - 1 * DAY),
      variants: [
        { colour: "Red", priceMinor: 5_000 },
        { colour: "Red", priceMinor: 6_000, availability: "PRE_ORDER" },
      ],
    });
    await createSearchProduct({
      ...shopB.ids,
      title: `${tok} Inactive`,
      variants: [
        { size: "M", priceMinor: 1_000, isActive: false },
        { size: "L", priceMinor: 120_000 },
      ],
    });
  });

  it("filters by category (with descendants), vendor and origin", async () => {
    const parentSlug = (
      await prisma.category.findUniqueOrThrow({
        where: { id: shopA.category.id },
        select: { parent: { select: { slug: true } } },
      })
    ).parent!.slug;
    expect(titles(await search({ q: tok, category: parentSlug, sort: "newest" }))).toEqual([
      `${tok} Hoodie`,
      `${tok} Tee`,
    ]);
    expect(titles(await search({ q: tok, vendor: shopB.vendor.slug, sort: "newest" }))).toEqual([
      `${tok} Inactive`,
      `${tok} Cap`,
    ]);
    expect((await search({ q: tok, origin: shopA.origin.code.toLowerCase() })).total).toBe(2);
    expect((await search({ q: tok, category: "no-such-category" })).total).toBe(0);
  });

  it("matches variant filters on one variant, ignoring inactive variants and sold-out stock", async () => {
    expect(titles(await search({ q: tok, size: "m", colour: "black" }))).toEqual([`${tok} Hoodie`]);
    // the Tee's M/White variant has no stock left: not "in stock"
    expect(titles(await search({ q: tok, size: "M", availability: "in_stock" }))).toEqual([]);
    expect(titles(await search({ q: tok, availability: "pre_order", sort: "price_asc" }))).toEqual([
      `${tok} Cap`,
      `${tok} Hoodie`,
    ]);
    // price range over variants; the inactive GH₵ 10 variant never matches
    expect(titles(await search({ q: tok, maxPrice: 5_500 }))).toEqual([`${tok} Cap`]);
    expect(titles(await search({ q: tok, minPrice: 100_000 }))).toEqual([`${tok} Inactive`]);
    expect(titles(await search({ q: tok, minPrice: 8_500, maxPrice: 9_500 }))).toEqual([`${tok} Tee`]);
  });

  it("shows the price and availability of the matching variants on the card", async () => {
    const [cap] = (await search({ q: `${tok} cap` })).items;
    expect(cap).toMatchObject({ priceMinor: 5_000, availability: "MIXED", vendorSlug: shopB.vendor.slug });
    expect(cap?.batchCutoffAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const [capPre] = (await search({ q: `${tok} cap`, availability: "pre_order" })).items;
    expect(capPre?.priceMinor).toBe(6_000);
    const [tee] = (await search({ q: `${tok} tee` })).items;
    expect(tee).toMatchObject({ availability: "IN_STOCK", batchCutoffAt: null });
  });

  it("sorts by price, newest and closing soon", async () => {
    expect(titles(await search({ q: tok, sort: "price_asc" }))).toEqual([
      `${tok} Cap`,
      `${tok} Tee`,
      `${tok} Hoodie`,
      `${tok} Inactive`,
    ]);
    expect(titles(await search({ q: tok, sort: "price_desc" }))).toEqual([
      `${tok} Inactive`,
      `${tok} Hoodie`,
      `${tok} Tee`,
      `${tok} Cap`,
    ]);
    expect(titles(await search({ q: tok, sort: "newest" }))[0]).toBe(`${tok} Inactive`);
    // Hoodie: pre-order, batch closes in 3 days; Cap: in 9 days; the others have no pre-order
    expect(titles(await search({ q: tok, sort: "closing_soon" })).slice(0, 2)).toEqual([`${tok} Hoodie`, `${tok} Cap`]);
  });

  it("counts facet values with the other filters applied", async () => {
    const r = await search({ q: tok, vendor: shopA.vendor.slug, size: "M" }, true);
    const f = r.facets!;
    expect(r.total).toBe(2);
    // vendor facet ignores the vendor filter but keeps size=M: B has the Inactive product's L only
    expect(f.vendor).toEqual([{ value: shopA.vendor.slug, label: shopA.vendor.name, count: 2 }]);
    // size facet ignores size, keeps vendor A (whose category sits under "Clothing")
    expect(f.size).toEqual([
      { value: "S", label: "S", count: 1, group: clothing },
      { value: "M", label: "M", count: 2, group: clothing },
    ]);
    expect(f.colour.map((c) => [c.value, c.count])).toEqual([
      ["Black", 1],
      ["White", 1],
    ]);
    // the Tee's M is sold out: only the Hoodie's pre-order M counts
    expect(f.availability).toEqual([{ value: "pre_order", label: "Pre-order", count: 1 }]);
    expect(f.category).toEqual([{ value: shopA.category.slug, label: shopA.category.name, count: 2 }]);
    expect(f.origin).toEqual([{ value: shopA.origin.code, label: shopA.origin.name, count: 2 }]);
    const all = (await search({ q: tok }, true)).facets!;
    expect(all.price.map((p) => [p.value, p.count])).toEqual([
      ["0-99.99", 2],
      ["250-499.99", 1],
      ["1000-2499.99", 1],
    ]);
    expect(all.vendor.map((v) => v.count).sort()).toEqual([2, 2]);
  });
});

describe("searchProducts: size facet by top-level category", () => {
  it("keeps clothing and shoe sizes apart, a dress's UK 8 apart from a shoe's UK 8", async () => {
    const tok = searchToken();
    const fashion = await createTestCategory({ name: `Women's Fashion ${tok}` });
    const shoes = await createTestCategory({ name: `Shoes ${tok}` });
    const dresses = await createSearchShop({ parentCategoryId: fashion.id });
    const sneakers = await createSearchShop({ parentCategoryId: shoes.id });
    await createSearchProduct({
      ...dresses.ids,
      title: `${tok} Wrap Dress`,
      variants: [{ size: "XS" }, { size: "M" }, { size: "UK 8" }],
    });
    await createSearchProduct({
      ...sneakers.ids,
      title: `${tok} Court Sneakers`,
      variants: [{ size: "UK 8" }, { size: "UK 10" }],
    });
    const sizes = (await search({ q: tok }, true)).facets!.size;
    const shoesGroup = { slug: shoes.slug, name: shoes.name };
    const fashionGroup = { slug: fashion.slug, name: fashion.name };
    expect(sizes.map((s) => [s.group?.name, s.value, s.count])).toEqual([
      [shoes.name, "UK 8", 1],
      [shoes.name, "UK 10", 1],
      [fashion.name, "XS", 1],
      [fashion.name, "M", 1],
      [fashion.name, "UK 8", 1],
    ]);
    expect(sizes[0]!.group).toEqual(shoesGroup);
    expect(sizes.at(-1)!.group).toEqual(fashionGroup);
    // scoped to a category (as the filter panel's grouped links do): only its sizes
    const scoped = await search({ q: tok, category: shoes.slug, size: "UK 8" }, true);
    expect(titles(scoped)).toEqual([`${tok} Court Sneakers`]);
    expect(scoped.facets!.size.map((s) => s.value)).toEqual(["UK 8", "UK 10"]);
  });
});

describe("searchProducts: cursor pagination", () => {
  const tok = searchToken();
  const ids: string[] = [];
  let categorySlug = "";

  beforeAll(async () => {
    const shop = await createSearchShop();
    await createTestBatch({ originId: shop.origin.id, cutoffAt: new Date(Date.now() + 2 * DAY) });
    const other = await createSearchShop();
    categorySlug = shop.category.slug;
    await createTestBatch({ originId: other.origin.id, cutoffAt: new Date(Date.now() + 5 * DAY) });
    const when = new Date(Date.now() - DAY);
    for (let i = 0; i < 64; i++) {
      const s = i % 2 === 0 ? shop : other;
      const { product } = await createSearchProduct({
        ...s.ids,
        categoryId: shop.category.id,
        // ties on purpose: 4 prices, 3 publish times, titles with 1 or 2 mentions of the token
        title: i % 3 === 0 ? `${tok} ${tok} item ${i}` : `${tok} item ${i}`,
        isFeatured: i % 5 === 0,
        publishedAt: new Date(when.getTime() + (i % 3) * 1000),
        variants: [{ priceMinor: 1_000 * (1 + (i % 4)), availability: i % 7 === 0 ? "IN_STOCK" : "PRE_ORDER" }],
      });
      ids.push(product.id);
    }
  });

  for (const sort of ["relevance", "newest", "price_asc", "price_desc", "closing_soon"] as const) {
    for (const q of [tok, ""]) {
      it(`walks every product exactly once: sort=${sort}${q ? " with words" : " without words"}`, async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          // without words: the whole category (this file's products only)
          const scope = q ? { q } : { category: categorySlug };
          const r = await search({ ...scope, sort, limit: 9, ...(cursor ? { cursor } : {}) });
          seen.push(...r.items.map((i) => i.id));
          cursor = r.nextCursor ?? undefined;
          pages++;
          expect(r.total).toBe(64);
        } while (cursor && pages < 200);
        expect(seen).toHaveLength(64);
        expect(new Set(seen)).toEqual(new Set(ids));
      });
    }
  }

  it("keeps sort order across page boundaries", async () => {
    const all: { priceMinor: number }[] = [];
    let cursor: string | undefined;
    do {
      const r = await search({ q: tok, sort: "price_desc", limit: 10, ...(cursor ? { cursor } : {}) });
      all.push(...r.items);
      cursor = r.nextCursor ?? undefined;
    } while (cursor);
    expect(all.map((i) => i.priceMinor)).toEqual([...all.map((i) => i.priceMinor)].sort((a, b) => b - a));
  });

  it("refuses a cursor from another sort and a forged cursor", async () => {
    const r = await search({ q: tok, sort: "newest", limit: 5 });
    await expect(search({ q: tok, sort: "price_asc", cursor: r.nextCursor! })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const forged = Buffer.from(JSON.stringify({ v: 1, s: "newest", m: "text", k: "1; DROP", i: "x" })).toString(
      "base64url",
    );
    await expect(search({ q: tok, sort: "newest", cursor: forged })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // pages drop a bad cursor instead (parseSearchParams keeps it; the page checks it with tryDecodeCursor)
    expect(parseSearchParams({ cursor: "!!!" }).cursor).toBeUndefined();
    expect(parseSearchParams({ limit: "500" }).limit).toBe(48);
  });
});
