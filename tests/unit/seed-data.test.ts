import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { buildProducts, PRODUCT_ROWS } from "@/prisma/seed-data/build-products";
import { CATEGORIES } from "@/prisma/seed-data/categories";
import { ART, renderProductSvg, type TArtKind } from "@/scripts/generate-images-art";
import { isKnownColour } from "@/scripts/generate-images-palette";
import { ZCreateProductInput } from "@/lib/catalog/schemas";

const products = buildProducts();
const subcategories = new Map(CATEGORIES.flatMap((top) => top.children.map((c) => [c.slug, top.slug] as const)));
const cedis = (minor: number) => minor / 100;

describe("demo catalog data", () => {
  it("has 80+ products over 8+ departments, each valid for createProduct", () => {
    expect(products.length).toBeGreaterThanOrEqual(80);
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(8);
    const departments = new Set(products.map((p) => subcategories.get(p.categorySlug)));
    expect(departments.size).toBeGreaterThanOrEqual(8);
    for (const p of products) {
      expect(subcategories.has(p.categorySlug), p.title).toBe(true);
      const parsed = ZCreateProductInput.safeParse({ ...p, images: [], vendorId: "v", categoryId: "c" });
      expect(parsed.success, `${p.title}: ${parsed.error?.message}`).toBe(true);
      expect(p.images.length, p.title).toBeGreaterThan(0);
      const sentences = p.description.split(/(?<=[.!?])\s+/).length;
      expect(sentences, p.title).toBeGreaterThanOrEqual(2);
      expect(sentences, p.title).toBeLessThanOrEqual(4);
    }
  });

  it("uses realistic GHS prices", () => {
    const range = (match: (p: (typeof products)[number]) => boolean) => {
      const prices = products.filter(match).flatMap((p) => p.variants.map((v) => cedis(v.priceMinor)));
      expect(prices.length).toBeGreaterThan(0);
      return [Math.min(...prices), Math.max(...prices)];
    };
    const [teeMin, teeMax] = range((p) => /T-Shirt|Tee\b/.test(p.title) && !p.title.includes("Kids"));
    expect(teeMin).toBeGreaterThanOrEqual(180);
    expect(teeMax).toBeLessThanOrEqual(450);
    const [sneakerMin, sneakerMax] = range((p) => p.categorySlug === "sneakers" && !p.title.includes("Plimsolls"));
    expect(sneakerMin).toBeGreaterThanOrEqual(900);
    expect(sneakerMax).toBeLessThanOrEqual(2500);
    const [phoneMin, phoneMax] = range((p) => p.categorySlug === "smartphones");
    expect(phoneMin).toBeGreaterThanOrEqual(6000);
    expect(phoneMax).toBeLessThanOrEqual(18000);
  });

  it("mixes availability, caps, discounts and featured products", () => {
    const variants = products.flatMap((p) => p.variants);
    expect(variants.some((v) => v.availability === "IN_STOCK" && v.stockOnHand! > 0 && v.stockOnHand! <= 3)).toBe(true);
    expect(variants.some((v) => v.availability === "PRE_ORDER" && v.batchCap)).toBe(true);
    expect(variants.some((v) => v.compareAtMinor)).toBe(true);
    expect(products.filter((p) => p.isFeatured).length).toBeGreaterThanOrEqual(8);
    expect(products.some((p) => p.variants.some((v) => v.options?.["Capacity"] === "256 GB"))).toBe(true);
    expect(new Set(PRODUCT_ROWS.map((r) => r.vendor)).size).toBeGreaterThanOrEqual(5);
  });

  it("names only colours the illustrations know", () => {
    const unknown = products.flatMap((p) => p.images.map((i) => i.colour)).filter((c) => !isKnownColour(c));
    expect(unknown).toEqual([]);
  });

  it("renders every illustration to an 800×800 image", async () => {
    for (const kind of Object.keys(ART) as TArtKind[]) {
      const svg = renderProductSvg({ kind, colour: "Navy", brand: "Brand & Co" });
      const meta = await sharp(Buffer.from(svg)).metadata();
      expect([meta.width, meta.height], kind).toEqual([800, 800]);
    }
  });
});
