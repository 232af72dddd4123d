/**
 * Captures the data behind the benchmarked pages into bench/fixtures/pages.json, from a seeded
 * database, through the same read models the pages use. The baseline page
 * (app/(bench)/bench/baseline) renders that constant with the same components, so "page vs
 * baseline" measures exactly what the data layer (and its cache) costs. Re-run after the seed
 * or the read models change, then rebuild:
 *
 *   node --import tsx scripts/db.ts run --db bench --seed -- \
 *     node --conditions=react-server --import tsx bench/capture-fixtures.ts
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prisma } from "@/lib/db";
import { getCategoryPage } from "@/lib/catalog/get-category-page";
import { getHomePage } from "@/lib/catalog/get-home-page";
import { getProductPage } from "@/lib/catalog/get-product-page";
import { listCategories } from "@/lib/catalog/list-categories";
import { searchProducts } from "@/lib/search/search-products";
import { searchParams } from "@/lib/search/schema";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/pages.json");
const SEARCH_Q = "sneakers";

const now = new Date();
const categories = await listCategories();
// the biggest top-level category, and the first product of the home page's featured row
const category = [...categories].filter((c) => c.parentId === null).sort((a, b) => b.productCount - a.productCount)[0];
if (!category) throw new Error("no categories: seed the database first");
const home = await getHomePage();
const productSlug = (home.featured[0] ?? home.newArrivals[0])?.slug;
if (!productSlug) throw new Error("no products: seed the database first");

const fixture = {
  capturedAt: now.toISOString(),
  targets: {
    home: "/",
    category: `/c/${category.slug}`,
    product: `/p/${productSlug}`,
    search: `/search?q=${SEARCH_Q}`,
    api: "/api/v1/products",
  },
  categories,
  home,
  category: await getCategoryPage(category.slug, "featured", 1),
  product: await getProductPage(productSlug),
  search: { q: SEARCH_Q, result: await searchProducts(searchParams({ q: SEARCH_Q }), true) },
  api: await searchProducts(searchParams(), true),
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(fixture));
console.log(
  `[bench] wrote ${path.relative(process.cwd(), OUT)} (${Math.round(fs.statSync(OUT).size / 1024)} KB):`,
  fixture.targets,
);
await prisma.$disconnect();
