import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ProductStatus } from "@/lib/generated/prisma/enums";

export type TVendorStockVariant = {
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

/** One in-stock variant of the vendor, for /vendor/stock/[variantId]; NOT_FOUND across vendors or for pre-orders. */
export async function getVendorStockVariantOrThrow(
  { vendorId, variantId }: { vendorId: string; variantId: string },
  db: Db = prisma,
): Promise<TVendorStockVariant> {
  const v = await db.variant.findFirst({
    where: { id: variantId, availability: "IN_STOCK", product: { vendorId } },
    select: {
      id: true,
      sku: true,
      title: true,
      isActive: true,
      stockOnHand: true,
      reserved: true,
      lowStockAt: true,
      product: { select: { id: true, title: true, status: true } },
    },
  });
  if (!v) throw new AppError("NOT_FOUND", "Variant not found.");
  return {
    variantId: v.id,
    sku: v.sku,
    variantTitle: v.title,
    productId: v.product.id,
    productTitle: v.product.title,
    productStatus: v.product.status,
    isActive: v.isActive,
    stockOnHand: v.stockOnHand,
    reserved: v.reserved,
    available: v.stockOnHand - v.reserved,
    lowStockAt: v.lowStockAt,
  };
}
