import "server-only";
import { z } from "zod";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import { InventoryReason } from "@/lib/generated/prisma/enums";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { alertLowStockIfCrossed } from "@/lib/inventory/low-stock-alert";
import { MAX_STOCK, STOCK_REASON_LABEL, STOCK_REASON_SIGN } from "@/lib/inventory/schemas";

export const ZAdjustStockInput = z
  .object({
    variantId: z.string().min(1),
    /** Signed change of stock on hand (+ restock/return, − shrinkage/correction). */
    delta: z
      .number()
      .int()
      .refine((d) => d !== 0, "must not be zero")
      .optional(),
    /** Or the counted stock on hand: the change is worked out under the row lock. */
    setTo: z.number().int().min(0).max(MAX_STOCK).optional(),
    // SALE belongs to commitReservation: a sale always comes from a paid reservation.
    reason: z.enum(InventoryReason).exclude(["SALE"]),
    /** The session's vendor: a variant of another vendor is NOT_FOUND. Absent for system callers. */
    vendorId: z.string().min(1).optional(),
    actorId: z.string().min(1).optional(),
    reference: z.string().trim().max(200).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((a) => (a.delta === undefined) !== (a.setTo === undefined), "give either delta or setTo");
export type TAdjustStockInput = z.input<typeof ZAdjustStockInput>;

export type TStockAdjustment = {
  variantId: string;
  stockOnHand: number;
  reserved: number;
  movementId: string;
  /** The change applied (for setTo: counted − before). */
  delta: number;
  /** A low-stock alert was enqueued by this adjustment. */
  isLowStockAlerted: boolean;
};

/**
 * Changes an in-stock variant's stock on hand and records the InventoryMovement, in one
 * transaction under the variant's row lock (concurrent adjustments queue and none is lost).
 * Stock never drops below what unpaid checkouts hold, nor below 0 (INVALID_STATE with
 * { stockOnHand, reserved }). Pre-order variants hold no stock. Crossing the low-stock
 * threshold enqueues the vendor's alert in the same transaction.
 */
export async function adjustStock(input: TAdjustStockInput, db: Db = prisma): Promise<TStockAdjustment> {
  const args = ZAdjustStockInput.parse(input);
  const adjusted = await inTransaction(db, async (tx) => {
    const isLocked = await lockRow(tx, "Variant", args.variantId);
    const v = isLocked
      ? await tx.variant.findUnique({
          where: { id: args.variantId },
          select: {
            availability: true,
            stockOnHand: true,
            reserved: true,
            lowStockAt: true,
            isActive: true,
            sku: true,
            title: true,
            product: { select: { vendorId: true, title: true, status: true } },
          },
        })
      : null;
    if (!v || (args.vendorId !== undefined && v.product.vendorId !== args.vendorId))
      throw new AppError("NOT_FOUND", "Variant not found.");
    if (v.availability !== "IN_STOCK")
      throw new AppError("INVALID_STATE", "Pre-order items have no stock on hand to adjust.");

    const delta = args.setTo !== undefined ? args.setTo - v.stockOnHand : args.delta!;
    if (delta === 0) throw new AppError("INVALID_STATE", `Stock on hand is already ${v.stockOnHand}.`);
    const sign = STOCK_REASON_SIGN[args.reason] ?? "any";
    if ((sign === "up" && delta < 0) || (sign === "down" && delta > 0)) {
      const label = STOCK_REASON_LABEL[args.reason] ?? args.reason;
      throw new AppError(
        "BAD_REQUEST",
        `"${label}" ${sign === "up" ? "adds" : "removes"} stock: use a count correction to ${sign === "up" ? "remove" : "add"} units.`,
      );
    }
    const after = v.stockOnHand + delta;
    if (after < v.reserved || after < 0) {
      const message =
        v.reserved > 0
          ? `Stock cannot go below ${v.reserved}: ${unitsHeld(v.reserved)} held by unpaid checkouts.`
          : `Stock on hand cannot go below 0 (${v.stockOnHand} on hand).`;
      throw new AppError("INVALID_STATE", message, {
        details: { variantId: args.variantId, stockOnHand: v.stockOnHand, reserved: v.reserved },
      });
    }
    if (after > MAX_STOCK) throw new AppError("BAD_REQUEST", `Stock on hand cannot exceed ${MAX_STOCK}.`);

    await tx.variant.update({ where: { id: args.variantId }, data: { stockOnHand: after } });
    const movement = await tx.inventoryMovement.create({
      data: {
        variantId: args.variantId,
        reason: args.reason,
        quantity: delta,
        stockAfter: after,
        actorId: args.actorId ?? null,
        reference: args.reference ?? null,
        note: args.note || null,
      },
      select: { id: true },
    });
    const isLowStockAlerted = await alertLowStockIfCrossed(tx, {
      vendorId: v.product.vendorId,
      variantId: args.variantId,
      movementId: movement.id,
      availableBefore: v.stockOnHand - v.reserved,
      availableAfter: after - v.reserved,
      stockOnHand: after,
      reserved: v.reserved,
      lowStockAt: v.lowStockAt,
      sku: v.sku,
      variantTitle: v.title,
      productTitle: v.product.title,
      isOnSale: v.isActive && v.product.status === "ACTIVE",
    });
    return {
      variantId: args.variantId,
      stockOnHand: after,
      reserved: v.reserved,
      movementId: movement.id,
      delta,
      isLowStockAlerted,
    };
  });
  await invalidateCatalog({ type: "stock", variantId: args.variantId }, db);
  return adjusted;
}

function unitsHeld(n: number): string {
  return n === 1 ? "1 unit is" : `${n} units are`;
}
