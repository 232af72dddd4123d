// The browser cart: a zustand store created per <CartProvider> (never at module level, so
// server renders never share one and nothing touches localStorage on import). Persisted
// to localStorage holding ONLY { variantId, quantity }[]: prices, titles and availability
// always come from the server quote. Hydration is manual (skipHydration) and happens after
// mount, so the server HTML and the first client render agree (an empty cart, count hidden).
import { createStore } from "zustand/vanilla";
import { createJSONStorage, persist } from "zustand/middleware";
import { CART_MAX_LINES, CART_MAX_QUANTITY, normalizeCartLines, type TCartLine } from "@/lib/cart/client/lines";
import type { TCartQuote } from "@/lib/cart/types";

export const CART_STORAGE_KEY = "londom-cart";
export const CART_STORAGE_VERSION = 1;

/** What the customer was last shown for a line (memory only): the quote reports changes against it. */
export type TSeenLine = { priceMinor: number; batchId: string | null };

export type TCartState = {
  lines: TCartLine[];
  hasHydrated: boolean;
  seen: Record<string, TSeenLine>;
  /** Adds units (capped at CART_MAX_QUANTITY); a new variant goes to the end. */
  add: (variantId: string, quantity?: number) => void;
  /** 0 or less removes the line. */
  setQuantity: (variantId: string, quantity: number) => void;
  remove: (variantId: string) => void;
  /** Replaces every line (server sync, accepting changes). */
  replace: (lines: TCartLine[]) => void;
  clear: () => void;
  markSeen: (seen: Record<string, TSeenLine>) => void;
  /**
   * Accepts what a server quote reported (the cart and checkout "accept changes" button):
   * quantities cut to what is left, unorderable or unknown lines removed, prices seen.
   */
  acceptQuote: (quote: TCartQuote) => void;
  setHydrated: () => void;
};

export type TCartStore = ReturnType<typeof createCartStore>;

const clamp = (n: number) => Math.max(0, Math.min(CART_MAX_QUANTITY, Math.floor(n)));

export function createCartStore() {
  return createStore<TCartState>()(
    persist(
      (set) => ({
        lines: [],
        hasHydrated: false,
        seen: {},
        add: (variantId, quantity = 1) =>
          set((s) => {
            const existing = s.lines.find((l) => l.variantId === variantId);
            if (existing) {
              return {
                lines: s.lines.map((l) =>
                  l.variantId === variantId ? { ...l, quantity: clamp(l.quantity + quantity) || 1 } : l,
                ),
              };
            }
            if (s.lines.length >= CART_MAX_LINES) return s;
            return { lines: [...s.lines, { variantId, quantity: clamp(quantity) || 1 }] };
          }),
        setQuantity: (variantId, quantity) =>
          set((s) => {
            const q = clamp(quantity);
            return {
              lines:
                q === 0
                  ? s.lines.filter((l) => l.variantId !== variantId)
                  : s.lines.map((l) => (l.variantId === variantId ? { ...l, quantity: q } : l)),
            };
          }),
        remove: (variantId) => set((s) => ({ lines: s.lines.filter((l) => l.variantId !== variantId) })),
        replace: (lines) => set({ lines: normalizeCartLines(lines) }),
        clear: () => set({ lines: [], seen: {} }),
        markSeen: (seen) => set((s) => ({ seen: { ...s.seen, ...seen } })),
        acceptQuote: (quote) =>
          set((s) => {
            const byId = new Map(quote.lines.map((l) => [l.variantId, l]));
            const unknown = new Set(quote.unknownVariantIds);
            const lines = s.lines.flatMap((l) => {
              const quoted = byId.get(l.variantId);
              if (!quoted) return unknown.has(l.variantId) ? [] : [l];
              if (!quoted.isOrderable) return [];
              return [{ variantId: l.variantId, quantity: Math.min(l.quantity, quoted.maxQuantity) }];
            });
            const seen = { ...s.seen };
            for (const l of quote.lines)
              if (l.isOrderable) seen[l.variantId] = { priceMinor: l.unitPriceMinor, batchId: l.batchId };
            return { lines: normalizeCartLines(lines), seen };
          }),
        setHydrated: () => set({ hasHydrated: true }),
      }),
      {
        name: CART_STORAGE_KEY,
        version: CART_STORAGE_VERSION,
        storage: createJSONStorage(() => localStorage),
        partialize: (s) => ({ lines: s.lines }),
        skipHydration: true,
        // Storage is user-editable and may hold an older shape: keep only valid lines.
        migrate: (persisted) => ({ lines: normalizeCartLines((persisted as { lines?: unknown } | null)?.lines) }),
        merge: (persisted, current) => ({
          ...current,
          lines: normalizeCartLines((persisted as { lines?: unknown } | null)?.lines),
        }),
      },
    ),
  );
}

export function cartCount(lines: readonly TCartLine[]): number {
  return lines.reduce((n, l) => n + l.quantity, 0);
}
