import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ProductStatus } from "@/lib/generated/prisma/enums";
import { descendantIds, listCategories } from "@/lib/catalog/list-categories";

// The vendor's products list (/vendor/products): search by title or SKU, a status tab with
// counts, a category filter (with its subcategories), and per row what a vendor scans for —
// variants, price range, stock on hand and pre-order variants. Scoped to the session's vendor.

export const ZVendorProductFilters = z.object({
  status: z.enum(ProductStatus).optional(),
  categoryId: z.string().min(1).max(40).optional(),
  /** Part of the title, or the start of a SKU. */
  q: z.string().trim().max(80).optional(),
  /** The last row's id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TVendorProductFilters = z.input<typeof ZVendorProductFilters>;

export type TVendorProductRow = {
  id: string;
  title: string;
  slug: string;
  status: ProductStatus;
  categoryName: string;
  image: { url: string; alt: string } | null;
  /** Active variants, and the inactive ones beside them. */
  variantCount: number;
  inactiveCount: number;
  /** Over active variants; null when none is active. */
  minPriceMinor: number | null;
  maxPriceMinor: number | null;
  /** Units on hand over active in-stock variants. */
  stockOnHand: number;
  inStockCount: number;
  preOrderCount: number;
  updatedAt: string;
};

export type TVendorProductList = {
  rows: TVendorProductRow[];
  nextCursor: string | null;
  /** Per status, under the same filters except status (the tabs). */
  statusCounts: Record<ProductStatus, number>;
};

export const VENDOR_PRODUCTS_PAGE_SIZE = 50;

/** Last edited first; keyset pagination on (updatedAt, id). */
export async function listVendorProducts(
  input: TVendorProductFilters & { vendorId: string },
  db: Db = prisma,
): Promise<TVendorProductList> {
  const { vendorId } = input;
  const f = ZVendorProductFilters.parse(input);
  const categoryIds = f.categoryId ? descendantIds(await listCategories(), f.categoryId) : null;
  const base: Prisma.ProductWhereInput = {
    vendorId,
    ...(categoryIds ? { categoryId: { in: categoryIds } } : {}),
    ...(f.q
      ? {
          OR: [
            { title: { contains: f.q, mode: "insensitive" } },
            { variants: { some: { sku: { startsWith: f.q.toUpperCase() } } } },
          ],
        }
      : {}),
  };
  const after = f.cursor
    ? await db.product.findFirst({ where: { id: f.cursor, vendorId }, select: { id: true, updatedAt: true } })
    : null;
  const where: Prisma.ProductWhereInput = {
    ...base,
    ...(f.status ? { status: f.status } : {}),
    ...(after
      ? {
          AND: [{ OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }] }],
        }
      : {}),
  };
  const [products, counts] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: VENDOR_PRODUCTS_PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        updatedAt: true,
        category: { select: { name: true } },
        images: { orderBy: { position: "asc" }, take: 1, select: { url: true, alt: true } },
      },
    }),
    db.product.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
  ]);
  const page = products.slice(0, VENDOR_PRODUCTS_PAGE_SIZE);
  const stats = await variantStats(
    page.map((p) => p.id),
    db,
  );
  const statusCounts = Object.fromEntries(Object.values(ProductStatus).map((s) => [s, 0])) as Record<
    ProductStatus,
    number
  >;
  for (const c of counts) statusCounts[c.status] = c._count._all;
  return {
    rows: page.map((p) => ({
      id: p.id,
      title: p.title,
      slug: p.slug,
      status: p.status,
      categoryName: p.category.name,
      image: p.images[0] ?? null,
      updatedAt: p.updatedAt.toISOString(),
      ...(stats.get(p.id) ?? EMPTY_STATS),
    })),
    nextCursor: products.length > VENDOR_PRODUCTS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    statusCounts,
  };
}

type TStats = Pick<
  TVendorProductRow,
  | "variantCount"
  | "inactiveCount"
  | "minPriceMinor"
  | "maxPriceMinor"
  | "stockOnHand"
  | "inStockCount"
  | "preOrderCount"
>;
const EMPTY_STATS: TStats = {
  variantCount: 0,
  inactiveCount: 0,
  minPriceMinor: null,
  maxPriceMinor: null,
  stockOnHand: 0,
  inStockCount: 0,
  preOrderCount: 0,
};

/** The page's variant figures in one query over Variant (productId, position). */
async function variantStats(productIds: string[], db: Db): Promise<Map<string, TStats>> {
  if (productIds.length === 0) return new Map();
  const rows = await db.$queryRaw<({ productId: string } & TStats)[]>`
    SELECT "productId",
      COUNT(*) FILTER (WHERE "isActive")::int AS "variantCount",
      COUNT(*) FILTER (WHERE NOT "isActive")::int AS "inactiveCount",
      MIN("priceMinor") FILTER (WHERE "isActive") AS "minPriceMinor",
      MAX("priceMinor") FILTER (WHERE "isActive") AS "maxPriceMinor",
      COALESCE(SUM("stockOnHand") FILTER (WHERE "isActive" AND "availability" = 'IN_STOCK'), 0)::int AS "stockOnHand",
      COUNT(*) FILTER (WHERE "isActive" AND "availability" = 'IN_STOCK')::int AS "inStockCount",
      COUNT(*) FILTER (WHERE "isActive" AND "availability" = 'PRE_ORDER')::int AS "preOrderCount"
    FROM "Variant"
    WHERE "productId" = ANY(${productIds})
    GROUP BY "productId"`;
  return new Map(rows.map(({ productId, ...s }) => [productId, s]));
}
