import "server-only";
import { type Db, prisma } from "@/lib/db";
import { LISTING_TAGS, cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchProducts } from "@/lib/search/search-products";
import { searchParams } from "@/lib/search/schema";
import { hasSearchableText } from "@/lib/search/text-query";
import type { TSuggestions } from "@/lib/search/types";

// What the header search box offers while typing: the best few products (the same ranked,
// prefix- and typo-tolerant search as /search), and categories and vendors whose name has a
// word starting with what was typed.

const PRODUCTS = 5;
const NAMES = 4;

/** Escapes LIKE wildcards so "50%" or "a_b" match literally. */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Name starts with q, or one of its words does. */
function nameStarts(column: Prisma.Sql, q: string): Prisma.Sql {
  const p = likeEscape(q.toLowerCase());
  return Prisma.sql`(lower(${column}) LIKE ${`${p}%`}::text OR lower(${column}) LIKE ${`% ${p}%`}::text)`;
}

export const suggest = cachedCatalogRead("search:suggest:v1", LISTING_TAGS, loadSuggestions);

async function loadSuggestions(rawQ: string, db: Db = prisma): Promise<TSuggestions> {
  const q = rawQ.trim().slice(0, 100);
  if (q.length < 1 || !hasSearchableText(q)) return { q, products: [], categories: [], vendors: [] };
  const [products, categories, vendors] = await Promise.all([
    searchProducts(searchParams({ q, limit: PRODUCTS }), false),
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT c."slug", c."name" FROM "Category" c
       WHERE ${nameStarts(Prisma.sql`c."name"`, q)}
       ORDER BY c."parentId" IS NOT NULL, length(c."name"), c."name" LIMIT ${NAMES}::int`,
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT vd."slug", vd."name" FROM "Vendor" vd
       WHERE vd."status" = 'ACTIVE' AND ${nameStarts(Prisma.sql`vd."name"`, q)}
       ORDER BY length(vd."name"), vd."name" LIMIT ${NAMES}::int`,
  ]);
  return {
    q,
    products: products.items.map((p) => ({ slug: p.slug, title: p.title, priceMinor: p.priceMinor, image: p.image })),
    categories,
    vendors,
  };
}
