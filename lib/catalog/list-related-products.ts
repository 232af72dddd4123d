import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { TProductCard } from "@/lib/catalog/types";
import { listProductCards } from "@/lib/catalog/list-product-cards";

/**
 * Up to `limit` other products: same category first, then the same vendor to fill the row.
 * Never the product itself.
 */
export async function listRelatedProducts(
  opts: { productId: string; categoryId: string; vendorId: string; now: Date; limit?: number },
  db: Db = prisma,
): Promise<TProductCard[]> {
  const limit = opts.limit ?? 8;
  const orderBy = [
    { isFeatured: "desc" as const },
    { publishedAt: { sort: "desc" as const, nulls: "last" as const } },
    { id: "asc" as const },
  ];
  const sameCategory = await listProductCards(
    {
      where: { categoryId: opts.categoryId, id: { not: opts.productId } },
      orderBy,
      take: limit,
      now: opts.now,
    },
    db,
  );
  if (sameCategory.length >= limit) return sameCategory;
  const seen = [opts.productId, ...sameCategory.map((c) => c.id)];
  const sameVendor = await listProductCards(
    {
      where: { vendorId: opts.vendorId, id: { notIn: seen } },
      orderBy,
      take: limit - sameCategory.length,
      now: opts.now,
    },
    db,
  );
  return [...sameCategory, ...sameVendor];
}
