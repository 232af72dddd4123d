import "server-only";
import { LISTING_TAGS, cachedCatalogRead, catalogCache } from "@/lib/catalog/cache/catalog-cache";
import { inTransaction, type Db, prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TProductCard } from "@/lib/catalog/types";
import { decodeCursor, encodeCursor, type TSearchCursor } from "@/lib/search/cursor";
import { searchFacets } from "@/lib/search/facets";
import { allConds, buildFilters, PRODUCT_FILTERS, VARIANT_FILTERS, type TFilterSql } from "@/lib/search/filters";
import type { TSearchParams, TSearchSort } from "@/lib/search/schema";
import {
  hasSearchableText,
  setTypoThreshold,
  textRank,
  tsQuery,
  typoWords,
  type TTextMode,
} from "@/lib/search/text-query";
import type { TSearchResult } from "@/lib/search/types";

// Product search: full-text (with as-you-type prefixes and a typo fallback; relevance tiers in
// text-query.ts textRank — the cache keys carry a version bumped when ranking changes), filters over
// variants, facet counts and keyset pagination, all in parameterised SQL (Prisma.sql).
//
// Every sort is "one numeric key, then id": relevance (rank; with no words: featured, then
// newest), newest (published time), price (the cheapest variant that matches the
// filters — also the price the card shows), closing soon (the cut-off of the open batch
// pre-orders would ship in; products without one last).

type TRow = {
  total: number | bigint;
  pid: string | null;
  slug: string;
  title: string;
  brand: string | null;
  vendor_name: string;
  vendor_slug: string;
  origin_name: string;
  price: number;
  compare_at: number | null;
  has_in: boolean;
  has_pre: boolean;
  cutoff: string | null;
  k1_text: string;
  img_url: string | null;
  img_alt: string | null;
  img_width: number | null;
  img_height: number | null;
};

const NO_CUTOFF = "9000000000000000";
const epochMs = (ts: Prisma.Sql) => Prisma.sql`floor(extract(epoch FROM ${ts}) * 1000)`;
const publishedMs = epochMs(Prisma.sql`COALESCE(p."publishedAt", p."createdAt")`);

function sortKey(sort: TSearchSort, mode: TTextMode, q: string): { key: Prisma.Sql; desc: boolean } {
  switch (sort) {
    case "relevance":
      if (mode !== "all") return { key: textRank(mode, q), desc: true };
      return {
        key: Prisma.sql`((CASE WHEN p."isFeatured" THEN 10000000000000 ELSE 0 END) + ${publishedMs})::numeric`,
        desc: true,
      };
    case "newest":
      return { key: Prisma.sql`${publishedMs}::numeric`, desc: true };
    case "price_asc":
      return { key: Prisma.sql`a.price::numeric`, desc: false };
    case "price_desc":
      return { key: Prisma.sql`a.price::numeric`, desc: true };
    case "closing_soon":
      return {
        key: Prisma.sql`COALESCE(CASE WHEN a.has_pre THEN ${epochMs(Prisma.sql`ob."cutoffAt"`)} END, ${NO_CUTOFF}::numeric)::numeric`,
        desc: false,
      };
  }
}

function itemsQuery(f: TFilterSql, params: TSearchParams, mode: TTextMode, cursor: TSearchCursor | null): Prisma.Sql {
  const { key, desc } = sortKey(params.sort, mode, params.q);
  const dir = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const after = cursor
    ? desc
      ? Prisma.sql`(k.k1 < ${cursor.key}::numeric OR (k.k1 = ${cursor.key}::numeric AND k.pid > ${cursor.id}::text))`
      : Prisma.sql`(k.k1 > ${cursor.key}::numeric OR (k.k1 = ${cursor.key}::numeric AND k.pid > ${cursor.id}::text))`
    : Prisma.sql`TRUE`;
  const variantOk = allConds(f, VARIANT_FILTERS);
  return Prisma.sql`${f.ctes},
  ob AS (
    SELECT DISTINCT ON (b."originId") b."originId", b."cutoffAt" FROM "Batch" b
     WHERE b."status" = 'OPEN' AND b."cutoffAt" > (now() AT TIME ZONE 'UTC')
     ORDER BY b."originId", b."cutoffAt", b."code"),
  agg AS (
    SELECT pid,
           min(price) FILTER (WHERE ${variantOk}) AS price,
           (array_agg(compare_at ORDER BY price, vid) FILTER (WHERE ${variantOk}))[1] AS compare_at,
           bool_or(av = 'IN_STOCK') AS has_in, bool_or(av = 'PRE_ORDER') AS has_pre
      FROM vr WHERE ${allConds(f, PRODUCT_FILTERS)}
     GROUP BY pid HAVING bool_or(${variantOk})),
  keyed AS (
    SELECT a.pid, a.price, a.compare_at, a.has_in, a.has_pre, p."slug", p."title", p."brand",
           vd."name" AS vendor_name, vd."slug" AS vendor_slug, o."name" AS origin_name,
           CASE WHEN a.has_pre THEN to_char(ob."cutoffAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END AS cutoff,
           ${key} AS k1
      FROM agg a
      JOIN "Product" p ON p."id" = a.pid
      JOIN "Vendor" vd ON vd."id" = p."vendorId"
      JOIN "Origin" o ON o."id" = p."originId"
      LEFT JOIN ob ON ob."originId" = p."originId")
  SELECT t.total, k.pid, k.price, k.compare_at, k.has_in, k.has_pre, k."slug", k."title", k."brand",
         k.vendor_name, k.vendor_slug, k.origin_name, k.cutoff, k.k1::text AS k1_text, img."url" AS img_url, img."alt" AS img_alt,
         img."width" AS img_width, img."height" AS img_height
    FROM (SELECT count(*) AS total FROM agg) t
    LEFT JOIN LATERAL (
      SELECT * FROM keyed k WHERE ${after} ORDER BY k.k1 ${dir}, k.pid ASC LIMIT ${params.limit + 1}::int
    ) k ON TRUE
    LEFT JOIN LATERAL (
      SELECT i."url", i."alt", i."width", i."height" FROM "ProductImage" i
       WHERE i."productId" = k.pid ORDER BY i."position", i."id" LIMIT 1
    ) img ON TRUE
   ORDER BY k.k1 ${dir}, k.pid ASC`;
}

function toCard(r: TRow & { pid: string }): TProductCard {
  return {
    id: r.pid,
    slug: r.slug,
    title: r.title,
    brand: r.brand,
    vendorName: r.vendor_name,
    vendorSlug: r.vendor_slug,
    originName: r.origin_name,
    priceMinor: Number(r.price),
    compareAtMinor: r.compare_at === null ? null : Number(r.compare_at),
    currency: "GHS",
    availability: r.has_in && r.has_pre ? "MIXED" : r.has_pre ? "PRE_ORDER" : "IN_STOCK",
    image:
      r.img_url !== null
        ? { url: r.img_url, alt: r.img_alt ?? r.title, width: Number(r.img_width), height: Number(r.img_height) }
        : null,
    batchCutoffAt: r.cutoff,
  };
}

/** "text" when any visible product matches the words, else "typo" (the fallback). */
async function chooseMode(db: Db, q: string): Promise<TTextMode> {
  if (!q) return "all";
  if (!hasSearchableText(q)) return "typo";
  const [hit] = await db.$queryRaw<{ hit: boolean }[]>`SELECT EXISTS (
    SELECT 1 FROM "Product" p JOIN "Vendor" vd ON vd."id" = p."vendorId"
     WHERE p."status" = 'ACTIVE' AND vd."status" = 'ACTIVE' AND p."searchVector" @@ ${tsQuery(q)}) AS hit`;
  return hit?.hit ? "text" : "typo";
}

async function run(db: Db, params: TSearchParams, mode: TTextMode, cursor: TSearchCursor | null, withFacets: boolean) {
  const f = buildFilters(params, mode);
  const rows = await db.$queryRaw<TRow[]>(itemsQuery(f, params, mode, cursor));
  const facets = withFacets ? await searchFacets(f, db) : null;
  return { rows, facets };
}

/**
 * One page of products for the search parameters. A cursor from another sort, or one that
 * is not ours, is AppError BAD_REQUEST (pages drop such cursors before calling).
 */
export const searchProducts = cachedCatalogRead(
  "search:searchProducts:v2",
  LISTING_TAGS,
  (params: TSearchParams, withFacets: boolean) => loadSearchResult(params, withFacets),
);

/**
 * The API's body for a search, serialised once when the entry is filled: a cache hit is
 * then a string handed to the response, not an object parsed and stringified again.
 */
export const searchProductsAsJson = catalogCache(
  async (params: TSearchParams, withFacets: boolean) => JSON.stringify(await loadSearchResult(params, withFacets)),
  ["search:searchProductsJson:v2"],
  LISTING_TAGS,
);

async function loadSearchResult(params: TSearchParams, withFacets: boolean, db: Db = prisma): Promise<TSearchResult> {
  const cursor = params.cursor ? decodeCursor(params.cursor, params.sort) : null;
  const mode = cursor ? (params.q ? cursor.mode : "all") : await chooseMode(db, params.q);
  // Typo mode needs a word of 3+ letters/digits: emoji, punctuation or "ab" match nothing.
  if (mode === "typo" && typoWords(params.q).length === 0) {
    return { items: [], nextCursor: null, total: 0, facets: withFacets ? emptyFacets() : null, matchMode: "typo" };
  }
  const { rows, facets } =
    mode === "typo"
      ? await inTransaction(db, async (tx) => {
          await tx.$queryRaw(setTypoThreshold);
          return run(tx, params, mode, cursor, withFacets);
        })
      : await run(db, params, mode, cursor, withFacets);

  const total = Number(rows[0]?.total ?? 0);
  const hits = rows.filter((r): r is TRow & { pid: string } => r.pid !== null);
  const page = hits.slice(0, params.limit);
  const last = page[page.length - 1];
  const nextCursor =
    hits.length > params.limit && last
      ? encodeCursor({ sort: params.sort, mode, key: last.k1_text, id: last.pid })
      : null;
  return { items: page.map(toCard), nextCursor, total, facets, matchMode: mode };
}

function emptyFacets(): NonNullable<TSearchResult["facets"]> {
  return { category: [], vendor: [], origin: [], availability: [], size: [], colour: [], price: [] };
}
