import "server-only";
import { type Db, prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TProductCard } from "@/lib/catalog/types";
import { listProductCardsByIds, visibleProductWhere } from "@/lib/catalog/list-product-cards";
import type { TListingSort } from "@/lib/catalog/cache/page-keys";

export const LISTING_PAGE_SIZE = 24;

export type TProductsPage = { items: TProductCard[]; total: number; page: number; pageCount: number; pageSize: number };

// Whitelisted ORDER BY fragments (never built from input). Ties break on id so pages are stable.
const ORDER_BY: Record<TListingSort, Prisma.Sql> = {
  featured: Prisma.sql`p."isFeatured" DESC, COALESCE(p."publishedAt", p."createdAt") DESC, p."id" ASC`,
  newest: Prisma.sql`COALESCE(p."publishedAt", p."createdAt") DESC, p."id" ASC`,
  price_asc: Prisma.sql`m."price" ASC, p."id" ASC`,
  price_desc: Prisma.sql`m."price" DESC, p."id" ASC`,
};

/**
 * One page of visible products in some categories and/or of one vendor. Sorting by price
 * needs the cheapest active variant per product, which Prisma cannot order by, hence SQL
 * for the ordered ids; the cards themselves come from the typed read model.
 */
export async function listProductsPage(
  opts: { categoryIds?: string[]; vendorId?: string; sort: TListingSort; page: number; pageSize?: number; now: Date },
  db: Db = prisma,
): Promise<TProductsPage> {
  const pageSize = Math.min(opts.pageSize ?? LISTING_PAGE_SIZE, 60);
  const where: Prisma.ProductWhereInput = {
    AND: [
      visibleProductWhere,
      opts.categoryIds ? { categoryId: { in: opts.categoryIds } } : {},
      opts.vendorId ? { vendorId: opts.vendorId } : {},
    ],
  };
  const total = await db.product.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(opts.page, pageCount);
  if (total === 0) return { items: [], total, page, pageCount, pageSize };

  const categoryFilter = opts.categoryIds ? Prisma.sql`AND p."categoryId" = ANY(${opts.categoryIds})` : Prisma.empty;
  const vendorFilter = opts.vendorId ? Prisma.sql`AND p."vendorId" = ${opts.vendorId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p."id"
      FROM "Product" p
      JOIN "Vendor" v ON v."id" = p."vendorId"
      JOIN LATERAL (
        SELECT MIN(x."priceMinor") AS "price" FROM "Variant" x WHERE x."productId" = p."id" AND x."isActive"
      ) m ON m."price" IS NOT NULL
     WHERE p."status" = 'ACTIVE' AND v."status" = 'ACTIVE' ${categoryFilter} ${vendorFilter}
     ORDER BY ${ORDER_BY[opts.sort]}
     LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const items = await listProductCardsByIds({ ids: rows.map((r) => r.id), now: opts.now }, db);
  return { items, total, page, pageCount, pageSize };
}
