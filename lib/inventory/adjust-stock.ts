import "server-only";
import { z } from "zod";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { InventoryReason } from "@/lib/generated/prisma/enums";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

export const ZAdjustStockInput = z.object({
  variantId: z.string().min(1),
  /** Signed change of stock on hand (+ restock/return, − shrinkage/correction). */
  delta: z
    .number()
    .int()
    .refine((d) => d !== 0, "must not be zero"),
  // SALE belongs to commitReservation: a sale always comes from a paid reservation.
  reason: z.enum(InventoryReason).exclude(["SALE"]),
  actorId: z.string().min(1).optional(),
  reference: z.string().trim().max(200).optional(),
  note: z.string().trim().max(1000).optional(),
});
export type TAdjustStockInput = z.input<typeof ZAdjustStockInput>;

export type TStockAdjustment = { variantId: string; stockOnHand: number; reserved: number; movementId: string };

/**
 * Changes an in-stock variant's stock on hand and records the InventoryMovement, in one
 * transaction. One conditional UPDATE: stock never drops below what unpaid checkouts hold
 * (INVALID_STATE with { stockOnHand, reserved } otherwise). Pre-order variants hold no stock.
 */
export async function adjustStock(input: TAdjustStockInput, db: Db = prisma): Promise<TStockAdjustment> {
  const args = ZAdjustStockInput.parse(input);
  const adjusted = await inTransaction(db, async (tx) => {
    const [row] = await tx.$queryRaw<{ stockOnHand: number; reserved: number }[]>`
      UPDATE "Variant" SET "stockOnHand" = "stockOnHand" + ${args.delta}, "updatedAt" = now()
      WHERE "id" = ${args.variantId} AND "availability" = 'IN_STOCK' AND "stockOnHand" + ${args.delta} >= "reserved"
      RETURNING "stockOnHand", "reserved"`;
    if (!row) {
      const v = await tx.variant.findUnique({
        where: { id: args.variantId },
        select: { availability: true, stockOnHand: true, reserved: true },
      });
      if (!v) throw new AppError("NOT_FOUND", "Variant not found.");
      if (v.availability !== "IN_STOCK")
        throw new AppError("INVALID_STATE", "Pre-order items have no stock on hand to adjust.");
      throw new AppError("INVALID_STATE", `Stock cannot go below the ${v.reserved} unit(s) held by checkouts.`, {
        details: { variantId: args.variantId, stockOnHand: v.stockOnHand, reserved: v.reserved },
      });
    }
    const movement = await tx.inventoryMovement.create({
      data: {
        variantId: args.variantId,
        reason: args.reason,
        quantity: args.delta,
        stockAfter: row.stockOnHand,
        actorId: args.actorId ?? null,
        reference: args.reference ?? null,
        note: args.note ?? null,
      },
      select: { id: true },
    });
    return { variantId: args.variantId, stockOnHand: row.stockOnHand, reserved: row.reserved, movementId: movement.id };
  });
  await invalidateCatalog({ type: "stock", variantId: args.variantId }, db);
  return adjusted;
}
