import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchParams } from "@/lib/search/schema";
import { textMatch, type TTextMode } from "@/lib/search/text-query";

// The shared base of the results and facet queries: `vr`, one row per active variant of a
// visible product (ACTIVE product, ACTIVE vendor) that matches the text, with the columns
// every filter looks at. A product matches the filters when ANY of its active variants
// matches all variant filters (size, colour, availability, price) together.

export type TFilterKey = "category" | "vendor" | "origin" | "availability" | "size" | "colour" | "price";

/** Product-level filters (same value on every variant row of a product). */
export const PRODUCT_FILTERS: readonly TFilterKey[] = ["category", "vendor", "origin"];
export const VARIANT_FILTERS: readonly TFilterKey[] = ["availability", "size", "colour", "price"];

export type TFilterSql = {
  /** WITH RECURSIVE list: cat_sub (when filtering by category) and vr. */
  ctes: Prisma.Sql;
  /** Conditions over vr columns, one per filter that is set. */
  conds: Partial<Record<TFilterKey, Prisma.Sql>>;
};

// Option keys as the vendor product form writes them; "Color" accepted for imports.
const SIZE = Prisma.sql`NULLIF(btrim(v."options"->>'Size'), '')`;
const COLOUR = Prisma.sql`NULLIF(btrim(COALESCE(v."options"->>'Colour', v."options"->>'Color')), '')`;

export function buildFilters(params: TSearchParams, mode: TTextMode): TFilterSql {
  const conds: TFilterSql["conds"] = {};
  const ctes: Prisma.Sql[] = [];
  if (params.category) {
    // The category and all its descendants (the tree is small and acyclic by construction;
    // UNION rather than UNION ALL stops even a corrupted cycle).
    ctes.push(Prisma.sql`cat_sub AS (
      SELECT c."id" FROM "Category" c WHERE c."slug" = ${params.category}::text
      UNION
      SELECT c."id" FROM "Category" c JOIN cat_sub s ON c."parentId" = s."id")`);
    conds.category = Prisma.sql`vr.cat_id IN (SELECT "id" FROM cat_sub)`;
  }
  if (params.vendor) conds.vendor = Prisma.sql`vr.ven_slug = ${params.vendor}::text`;
  if (params.origin) conds.origin = Prisma.sql`upper(vr.ori_code) = upper(${params.origin}::text)`;
  if (params.availability) conds.availability = Prisma.sql`vr.av_key = ${params.availability}::text`;
  if (params.size) conds.size = Prisma.sql`lower(vr.size) = lower(${params.size}::text)`;
  if (params.colour) conds.colour = Prisma.sql`lower(vr.colour) = lower(${params.colour}::text)`;
  const price: Prisma.Sql[] = [];
  if (params.minPrice !== undefined) price.push(Prisma.sql`vr.price >= ${params.minPrice}::int`);
  if (params.maxPrice !== undefined) price.push(Prisma.sql`vr.price <= ${params.maxPrice}::int`);
  if (price.length) conds.price = Prisma.join(price, " AND ");

  ctes.push(Prisma.sql`vr AS (
    SELECT v."productId" AS pid, v."id" AS vid, p."categoryId" AS cat_id, vd."slug" AS ven_slug, o."code" AS ori_code,
           v."availability"::text AS av,
           -- an in-stock variant with nothing left is neither in stock nor a pre-order
           CASE WHEN v."availability" = 'PRE_ORDER' THEN 'pre_order'
                WHEN v."stockOnHand" - v."reserved" > 0 THEN 'in_stock' END AS av_key,
           v."priceMinor" AS price, v."compareAtMinor" AS compare_at,
           ${SIZE} AS size, ${COLOUR} AS colour
      FROM "Variant" v
      JOIN "Product" p ON p."id" = v."productId"
      JOIN "Vendor" vd ON vd."id" = p."vendorId"
      JOIN "Origin" o ON o."id" = p."originId"
     WHERE v."isActive" AND p."status" = 'ACTIVE' AND vd."status" = 'ACTIVE' AND ${textMatch(mode, params.q)})`);

  return { ctes: Prisma.sql`WITH RECURSIVE ${Prisma.join(ctes, ",\n")}`, conds };
}

/** AND of the conditions for `keys`, except `without` (TRUE when none). */
export function allConds(f: TFilterSql, keys: readonly TFilterKey[], without?: TFilterKey): Prisma.Sql {
  const parts = keys.filter((k) => k !== without).flatMap((k) => (f.conds[k] ? [f.conds[k]] : []));
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export const ALL_FILTERS: readonly TFilterKey[] = [...PRODUCT_FILTERS, ...VARIANT_FILTERS];
