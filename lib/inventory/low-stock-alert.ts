import "server-only";
import type { Prisma } from "@/lib/db";
import { notifyVendor } from "@/lib/notifications/enqueue";

// The low-stock alert: a variant's available stock (on hand − held by unpaid checkouts, the
// units the storefront still sells) crossing from above its threshold to at or below it,
// through a stock movement — a vendor's adjustment or a paid sale. It is enqueued in the
// movement's transaction, keyed by the movement, so each crossing alerts once: a variant
// hovering at or below the threshold moves without crossing and stays quiet, and one that
// was restocked above it alerts again the next time it falls.

export type TLowStockCheck = {
  vendorId: string;
  variantId: string;
  movementId: string;
  /** Available before the movement (for a sale: before its own units were held). */
  availableBefore: number;
  availableAfter: number;
  stockOnHand: number;
  reserved: number;
  lowStockAt: number;
  sku: string;
  variantTitle: string;
  productTitle: string;
  /** Only what customers can buy alerts: an archived product or a switched-off variant is not on sale. */
  isOnSale: boolean;
};

export function crossesLowStock(c: Pick<TLowStockCheck, "availableBefore" | "availableAfter" | "lowStockAt">) {
  return c.availableBefore > c.lowStockAt && c.availableAfter <= c.lowStockAt;
}

/** Enqueues vendor.low_stock when this movement crossed the threshold; returns whether it crossed. */
export async function alertLowStockIfCrossed(tx: Prisma.TransactionClient, c: TLowStockCheck): Promise<boolean> {
  if (!c.isOnSale || !crossesLowStock(c)) return false;
  await notifyVendor(
    {
      vendorId: c.vendorId,
      topic: "VENDOR_OPERATIONS",
      templateKey: "vendor.low_stock",
      data: {
        variantId: c.variantId,
        productTitle: c.productTitle,
        variantTitle: c.variantTitle,
        sku: c.sku,
        stockOnHand: c.stockOnHand,
        reserved: c.reserved,
        available: Math.max(0, c.availableAfter),
        lowStockAt: c.lowStockAt,
      },
      dedupeKey: `low-stock:${c.variantId}:${c.movementId}`,
    },
    tx,
  );
  return true;
}
