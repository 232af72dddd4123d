// Stock adjustment reasons, labels and form schemas (isomorphic: the adjust dialog and the
// server action read the same lists).
import { z } from "zod";

/** Reasons a vendor may give for changing stock on hand (SALE and INITIAL are the system's). */
export const VENDOR_STOCK_REASONS = ["RESTOCK", "RETURN", "DAMAGED", "LOST", "CORRECTION", "ADJUSTMENT"] as const;
export type TVendorStockReason = (typeof VENDOR_STOCK_REASONS)[number];

export const STOCK_REASON_LABEL: Record<string, string> = {
  INITIAL: "Opening stock",
  RESTOCK: "Received",
  RETURN: "Returned",
  DAMAGED: "Damaged",
  LOST: "Lost",
  CORRECTION: "Count correction",
  ADJUSTMENT: "Other adjustment",
  SALE: "Sale",
};

/** The direction a reason allows: received and returned stock only adds, damaged and lost only removes. */
export const STOCK_REASON_SIGN: Record<string, "up" | "down" | "any"> = {
  INITIAL: "up",
  RESTOCK: "up",
  RETURN: "up",
  DAMAGED: "down",
  LOST: "down",
  CORRECTION: "any",
  ADJUSTMENT: "any",
};

export const MAX_STOCK = 1_000_000;

/** The adjust dialog: a signed change or "set to N" (the server computes the change under a lock). */
export const ZAdjustStockForm = z
  .object({
    variantId: z.string().min(1).max(40),
    mode: z.enum(["delta", "set"]),
    quantity: z.coerce.number().int("Whole units only.").min(-MAX_STOCK).max(MAX_STOCK),
    reason: z.enum(VENDOR_STOCK_REASONS),
    note: z.string().trim().max(1000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "delta" && v.quantity === 0)
      ctx.addIssue({ code: "custom", path: ["quantity"], message: "Enter how many units to add or remove." });
    if (v.mode === "set" && v.quantity < 0)
      ctx.addIssue({ code: "custom", path: ["quantity"], message: "Stock on hand cannot be negative." });
  });
export type TAdjustStockForm = z.input<typeof ZAdjustStockForm>;

export const ZLowStockThresholdForm = z.object({
  variantId: z.string().min(1).max(40),
  lowStockAt: z.coerce.number().int("Whole units only.").min(0, "0 or more.").max(10_000),
});
export type TLowStockThresholdForm = z.input<typeof ZLowStockThresholdForm>;

export type TStockLevel = "OUT" | "LOW" | "OK";

/** Available = on hand − held by unpaid checkouts (what the storefront sells); Low at or below the threshold. */
export function stockLevel(v: { stockOnHand: number; reserved: number; lowStockAt: number }): TStockLevel {
  const available = v.stockOnHand - v.reserved;
  if (available <= 0) return "OUT";
  return available <= v.lowStockAt ? "LOW" : "OK";
}
