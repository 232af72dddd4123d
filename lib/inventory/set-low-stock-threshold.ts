import "server-only";
import { z } from "zod";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

export const ZSetLowStockThresholdInput = z.object({
  vendorId: z.string().min(1),
  variantId: z.string().min(1),
  /** Alert (and show "Low") when available stock is at or below this; 0 = only when sold out. */
  lowStockAt: z.number().int().min(0).max(10_000),
});
export type TSetLowStockThresholdInput = z.input<typeof ZSetLowStockThresholdInput>;

/**
 * Sets an in-stock variant's low-stock threshold (Variant.lowStockAt), scoped to the vendor.
 * The storefront's "Only N left" uses it too, so the catalog cache is invalidated. A new
 * threshold alerts nothing by itself: alerts follow stock movements that cross it.
 */
export async function setLowStockThreshold(
  input: TSetLowStockThresholdInput,
  db: Db = prisma,
): Promise<{ variantId: string; lowStockAt: number }> {
  const args = ZSetLowStockThresholdInput.parse(input);
  await inTransaction(db, async (tx) => {
    const v = (await lockRow(tx, "Variant", args.variantId))
      ? await tx.variant.findUnique({
          where: { id: args.variantId },
          select: { availability: true, product: { select: { vendorId: true } } },
        })
      : null;
    if (!v || v.product.vendorId !== args.vendorId) throw new AppError("NOT_FOUND", "Variant not found.");
    if (v.availability !== "IN_STOCK")
      throw new AppError("INVALID_STATE", "Pre-order items have no stock, so no low-stock alert.");
    await tx.variant.update({ where: { id: args.variantId }, data: { lowStockAt: args.lowStockAt } });
  });
  await invalidateCatalog({ type: "stock", variantId: args.variantId }, db);
  return { variantId: args.variantId, lowStockAt: args.lowStockAt };
}
