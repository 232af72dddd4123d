// Cart input rules, shared by the client store (sanitising what localStorage holds) and the
// server (quote, server-side cart). Isomorphic.
import { z } from "zod";
import { CART_MAX_LINES, CART_MAX_QUANTITY, VARIANT_ID_PATTERN } from "@/lib/cart/client/lines";

export { CART_MAX_LINES, CART_MAX_QUANTITY, normalizeCartLines, type TCartLine } from "@/lib/cart/client/lines";

export const ZVariantId = z.string().regex(VARIANT_ID_PATTERN, "is not a variant id");

export const ZCartLine = z.object({
  variantId: ZVariantId,
  quantity: z
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(CART_MAX_QUANTITY, `must be at most ${CART_MAX_QUANTITY}`),
});

export const ZCartLines = z
  .array(ZCartLine)
  .max(CART_MAX_LINES, `a cart holds at most ${CART_MAX_LINES} different items`);

/** A line to reprice; the expected fields are what the customer last saw (to report changes). */
export const ZCartQuoteLine = ZCartLine.extend({
  expectedPriceMinor: z.number().int().min(0).optional(),
  /** The batch the customer was shown; null = they saw it as not shippable / in stock. */
  expectedBatchId: ZVariantId.nullable().optional(),
});
export type TCartQuoteLineInput = z.infer<typeof ZCartQuoteLine>;

export const ZCartQuoteInput = z.object({
  lines: z.array(ZCartQuoteLine).max(CART_MAX_LINES, `a cart holds at most ${CART_MAX_LINES} different items`),
});
export type TCartQuoteInput = z.infer<typeof ZCartQuoteInput>;

export const ZCartPutInput = z.object({
  lines: ZCartLines,
  /** "merge" (after sign-in): union with the stored cart, larger quantity wins. */
  mode: z.enum(["replace", "merge"]).default("replace"),
});
export type TCartPutInput = z.infer<typeof ZCartPutInput>;
