import "server-only";
import { z } from "zod";
import { type Db, Prisma, prisma } from "@/lib/db";
import type { ProductStatus } from "@/lib/generated/prisma/enums";

// /vendor/stock: every in-stock variant of the session's vendor with on hand, held, available
// and its threshold; search by SKU / product / variant title, "low only" (available at or
// below the threshold, sold out included — the low-stock email links there), keyset pages in
// product-title order.

export const ZVendorStockFilters = z.object({
  q: z.string().trim().max(80).optional(),
  low: z.enum(["1"]).optional(),
  /** The last row's variant id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TVendorStockFilters = z.input<typeof ZVendorStockFilters>;

export type TVendorStockRow = {
  variantId: string;
  sku: string;
  variantTitle: string;
  productId: string;
  productTitle: string;
  productStatus: ProductStatus;
  isActive: boolean;
  stockOnHand: number;
  reserved: number;
  available: number;
  lowStockAt: number;
};

export type TVendorStockList = {
  rows: TVendorStockRow[];
  nextCursor: string | null;
  counts: { all: number; low: number };
};

export const VENDOR_STOCK_PAGE_SIZE = 50;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listVendorStock(
  input: { vendorId: string } & TVendorStockFilters,
  db: Db = prisma,
): Promise<TVendorStockList> {
  const f = ZVendorStockFilters.parse(input);
  const vendorId = z.string().min(1).parse(input.vendorId);
  const search = f.q
    ? Prisma.sql`AND (v."sku" ILIKE ${`%${escapeLike(f.q)}%`} OR p."title" ILIKE ${`%${escapeLike(f.q)}%`} OR v."title" ILIKE ${`%${escapeLike(f.q)}%`})`
    : Prisma.empty;
  const base = Prisma.sql`FROM "Variant" v JOIN "Product" p ON p."id" = v."productId"
    WHERE p."vendorId" = ${vendorId} AND v."availability" = 'IN_STOCK' ${search}`;
  const isLow = Prisma.sql`v."stockOnHand" - v."reserved" <= v."lowStockAt"`;
  // Keyset on (product title, product id, position, variant id); a cursor from another vendor finds no row.
  const after = f.cursor
    ? Prisma.sql`AND (p."title", p."id", v."position", v."id") > (
        SELECT cp."title", cp."id", cv."position", cv."id" FROM "Variant" cv JOIN "Product" cp ON cp."id" = cv."productId"
        WHERE cv."id" = ${f.cursor} AND cp."vendorId" = ${vendorId})`
    : Prisma.empty;
  const [rows, [counts]] = await Promise.all([
    db.$queryRaw<TVendorStockRow[]>`
      SELECT v."id" AS "variantId", v."sku", v."title" AS "variantTitle", p."id" AS "productId",
        p."title" AS "productTitle", p."status"::text AS "productStatus", v."isActive", v."stockOnHand", v."reserved",
        (v."stockOnHand" - v."reserved")::int AS "available", v."lowStockAt"
      ${base} ${f.low ? Prisma.sql`AND ${isLow}` : Prisma.empty} ${after}
      ORDER BY p."title", p."id", v."position", v."id"
      LIMIT ${VENDOR_STOCK_PAGE_SIZE + 1}`,
    db.$queryRaw<{ all: number; low: number }[]>`
      SELECT COUNT(*)::int AS "all", (COUNT(*) FILTER (WHERE ${isLow}))::int AS "low" ${base}`,
  ]);
  const page = rows.slice(0, VENDOR_STOCK_PAGE_SIZE);
  return {
    rows: page,
    nextCursor: rows.length > VENDOR_STOCK_PAGE_SIZE ? (page.at(-1)?.variantId ?? null) : null,
    counts: counts ?? { all: 0, low: 0 },
  };
}
