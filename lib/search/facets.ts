import "server-only";
import { type Db, prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatMoney } from "@/lib/money";
import { ALL_FILTERS, allConds, type TFilterKey, type TFilterSql } from "@/lib/search/filters";
import type { TFacetValue, TPriceFacetValue, TSearchFacets, TSizeFacetValue } from "@/lib/search/types";

// Facet counts in one round trip: a UNION ALL of small GROUP BYs over the same `vr` rows.
// Each facet applies every filter except its own ("disjunctive" facets), and counts
// distinct products, so a product with three matching sizes counts once per size. Sizes are
// counted per top-level category (their group): "UK 8" of a dress and "UK 8" of a shoe are
// different sizes, and clothing (XS–XL) and shoe sizes (UK 5–11) never share one list.

/** Price ranges in pesewas, inclusive bounds (so the URL values match the counts exactly). */
export const PRICE_BUCKETS: readonly { min: number | null; max: number | null }[] = [
  { min: null, max: 9_999 },
  { min: 10_000, max: 24_999 },
  { min: 25_000, max: 49_999 },
  { min: 50_000, max: 99_999 },
  { min: 100_000, max: 249_999 },
  { min: 250_000, max: null },
];

const MAX_VALUES = 40;
const SIZE_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "2XL", "3XL", "4XL"];

type TRow = {
  facet: string;
  value: string | null;
  label: string | null;
  count: number | bigint;
  grp_slug: string | null;
  grp_name: string | null;
};

function bucketSql(): Prisma.Sql {
  const whens = PRICE_BUCKETS.map((b, i) =>
    b.max === null ? Prisma.sql`ELSE ${i}::int` : Prisma.sql`WHEN vr.price <= ${b.max}::int THEN ${i}::int`,
  );
  return Prisma.sql`CASE ${Prisma.join(whens, " ")} END`;
}

function facetQuery(f: TFilterSql): Prisma.Sql {
  const w = (key: TFilterKey) => allConds(f, ALL_FILTERS, key);
  const none = Prisma.sql`NULL::text, NULL::text`;
  return Prisma.sql`${f.ctes},
  -- every category with its top-level ancestor (UNION, not UNION ALL: a corrupted cycle ends)
  cat_root AS (
    SELECT c."id", c."id" AS root FROM "Category" c WHERE c."parentId" IS NULL
    UNION
    SELECT c."id", r.root FROM "Category" c JOIN cat_root r ON c."parentId" = r."id")
  SELECT 'category' AS facet, c."slug" AS value, c."name" AS label, x.n AS count,
         NULL::text AS grp_slug, NULL::text AS grp_name
    FROM (SELECT cat_id, count(DISTINCT pid) AS n FROM vr WHERE ${w("category")} GROUP BY cat_id) x
    JOIN "Category" c ON c."id" = x.cat_id
  UNION ALL
  SELECT 'vendor', x.ven_slug, vd."name", x.n, ${none}
    FROM (SELECT ven_slug, count(DISTINCT pid) AS n FROM vr WHERE ${w("vendor")} GROUP BY ven_slug) x
    JOIN "Vendor" vd ON vd."slug" = x.ven_slug
  UNION ALL
  SELECT 'origin', x.ori_code, o."name", x.n, ${none}
    FROM (SELECT ori_code, count(DISTINCT pid) AS n FROM vr WHERE ${w("origin")} GROUP BY ori_code) x
    JOIN "Origin" o ON o."code" = x.ori_code
  UNION ALL
  SELECT 'availability', av_key, NULL, count(DISTINCT pid), ${none} FROM vr
   WHERE av_key IS NOT NULL AND ${w("availability")} GROUP BY av_key
  UNION ALL
  SELECT 'size', x.size, NULL, x.n, rc."slug", rc."name"
    FROM (SELECT vr.size, r.root, count(DISTINCT vr.pid) AS n
            FROM vr LEFT JOIN cat_root r ON r."id" = vr.cat_id
           WHERE vr.size IS NOT NULL AND ${w("size")} GROUP BY vr.size, r.root) x
    LEFT JOIN "Category" rc ON rc."id" = x.root
  UNION ALL
  SELECT 'colour', colour, NULL, count(DISTINCT pid), ${none} FROM vr
   WHERE colour IS NOT NULL AND ${w("colour")} GROUP BY colour
  UNION ALL
  SELECT 'price', b.bucket::text, NULL, count(DISTINCT b.pid), ${none}
    FROM (SELECT pid, ${bucketSql()} AS bucket FROM vr WHERE ${w("price")}) b GROUP BY b.bucket`;
}

function sizeRank(v: string): number {
  const i = SIZE_ORDER.indexOf(v.toUpperCase());
  return i === -1 ? SIZE_ORDER.length : i;
}

/** Size groups by name, sizes of no group last. */
function groupOrder(a: TSizeFacetValue, b: TSizeFacetValue): number {
  if (a.group === null || b.group === null) return (a.group === null ? 1 : 0) - (b.group === null ? 1 : 0);
  return a.group.name.localeCompare(b.group.name);
}

function byCountThenLabel(a: TFacetValue, b: TFacetValue): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}

function priceParam(minor: number): string {
  return minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);
}

export function priceBucketLabel(b: { min: number | null; max: number | null }): string {
  if (b.min === null && b.max !== null) return `Under ${formatMoney(b.max + 1).replace(".00", "")}`;
  if (b.max === null && b.min !== null) return `${formatMoney(b.min).replace(".00", "")} and above`;
  return `${formatMoney(b.min ?? 0).replace(".00", "")} – ${formatMoney((b.max ?? 0) + 1).replace(".00", "")}`;
}

export async function searchFacets(f: TFilterSql, db: Db = prisma): Promise<TSearchFacets> {
  const rows = await db.$queryRaw<TRow[]>(facetQuery(f));
  const facets: TSearchFacets = {
    category: [],
    vendor: [],
    origin: [],
    availability: [],
    size: [],
    colour: [],
    price: [],
  };
  for (const r of rows) {
    const count = Number(r.count);
    if (r.value === null || count === 0) continue;
    if (r.facet === "price") {
      const b = PRICE_BUCKETS[Number(r.value)];
      if (!b) continue;
      const value = `${priceParam(b.min ?? 0)}-${b.max === null ? "" : priceParam(b.max)}`;
      const item: TPriceFacetValue = { value, label: priceBucketLabel(b), count, minPrice: b.min, maxPrice: b.max };
      facets.price.push(item);
    } else if (r.facet === "size") {
      const group = r.grp_slug !== null && r.grp_name !== null ? { slug: r.grp_slug, name: r.grp_name } : null;
      facets.size.push({ value: r.value, label: r.value, count, group });
    } else if (r.facet === "availability") {
      facets.availability.push({ value: r.value, label: r.value === "in_stock" ? "In stock" : "Pre-order", count });
    } else if (r.facet in facets) {
      facets[r.facet as Exclude<keyof TSearchFacets, "price" | "size">].push({
        value: r.value,
        label: r.label ?? r.value,
        count,
      });
    }
  }
  facets.price.sort((a, b) => (a.minPrice ?? -1) - (b.minPrice ?? -1));
  facets.availability.sort((a, b) => a.value.localeCompare(b.value));
  facets.size.sort(
    (a, b) =>
      groupOrder(a, b) ||
      sizeRank(a.value) - sizeRank(b.value) ||
      a.value.localeCompare(b.value, "en", { numeric: true }),
  );
  for (const key of ["category", "vendor", "origin", "colour"] as const) facets[key].sort(byCountThenLabel);
  for (const key of Object.keys(facets) as (keyof TSearchFacets)[]) {
    if (key !== "size") facets[key] = facets[key].slice(0, MAX_VALUES) as never;
  }
  // per group: a long list of one category's sizes must not push another's out
  const perGroup = new Map<string, number>();
  facets.size = facets.size.filter((v) => {
    const n = (perGroup.get(v.group?.slug ?? "") ?? 0) + 1;
    perGroup.set(v.group?.slug ?? "", n);
    return n <= MAX_VALUES;
  });
  return facets;
}
