// Cart line limits and sanitising, without zod: the cart store ships on every page, so it
// must stay small. lib/cart/schema.ts builds its zod schemas on these. Isomorphic.

/** Distinct variants in one cart. */
export const CART_MAX_LINES = 50;
/** Units of one variant in one cart (stock and batch caps may allow fewer). */
export const CART_MAX_QUANTITY = 20;
export const VARIANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type TCartLine = { variantId: string; quantity: number };

/**
 * Drops malformed lines, merges duplicates (quantities add up), clamps quantities into
 * 1..CART_MAX_QUANTITY and keeps at most CART_MAX_LINES: for data from storage or old clients.
 */
export function normalizeCartLines(input: unknown): TCartLine[] {
  if (!Array.isArray(input)) return [];
  const byId = new Map<string, number>();
  for (const raw of input) {
    if (!raw || typeof raw !== "object") continue;
    const { variantId, quantity } = raw as { variantId?: unknown; quantity?: unknown };
    if (typeof variantId !== "string" || !VARIANT_ID_PATTERN.test(variantId)) continue;
    if (typeof quantity !== "number" || !Number.isFinite(quantity)) continue;
    const q = Math.floor(quantity);
    if (q < 1) continue;
    if (!byId.has(variantId) && byId.size >= CART_MAX_LINES) continue;
    byId.set(variantId, Math.min(CART_MAX_QUANTITY, (byId.get(variantId) ?? 0) + q));
  }
  return [...byId].map(([variantId, quantity]) => ({ variantId, quantity }));
}
