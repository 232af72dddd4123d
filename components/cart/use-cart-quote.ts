"use client";

import { useEffect, useState } from "react";
import { requestQuote } from "@/lib/cart/client/sync";
import type { TSeenLine } from "@/lib/cart/client/store";
import type { TCartQuote } from "@/lib/cart/types";
import { useCart, useCartStore } from "@/components/cart/cart-provider";

/**
 * The server quote for the current cart, refetched (debounced) when the lines change or
 * `refreshKey` changes. Each line carries the price/batch the customer was shown before,
 * so the quote reports what changed since; lines seen for the first time are remembered.
 */
export function useCartQuote({ isEnabled = true, refreshKey = 0 }: { isEnabled?: boolean; refreshKey?: number } = {}) {
  const store = useCartStore();
  const lines = useCart((s) => s.lines);
  const hasHydrated = useCart((s) => s.hasHydrated);
  const [quote, setQuote] = useState<TCartQuote | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isEnabled || !hasHydrated) return;
    if (lines.length === 0) {
      setQuote(null);
      setError(null);
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(
      () =>
        void (async () => {
          setIsLoading(true);
          const seen = store.getState().seen;
          try {
            const q = await requestQuote(
              lines.map((l) => {
                const s = seen[l.variantId];
                return s ? { ...l, expectedPriceMinor: s.priceMinor, expectedBatchId: s.batchId } : l;
              }),
              ctrl.signal,
            );
            setQuote(q);
            setError(null);
            const fresh: Record<string, TSeenLine> = {};
            for (const line of q.lines) {
              if (!seen[line.variantId] && line.isOrderable)
                fresh[line.variantId] = { priceMinor: line.unitPriceMinor, batchId: line.batchId };
            }
            if (Object.keys(fresh).length) store.getState().markSeen(fresh);
          } catch {
            if (!ctrl.signal.aborted)
              setError("We could not check your cart with the store. Check your connection and try again.");
          } finally {
            if (!ctrl.signal.aborted) setIsLoading(false);
          }
        })(),
      150,
    );
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [isEnabled, hasHydrated, lines, refreshKey, attempt, store]);

  return {
    quote: lines.length ? quote : null,
    isLoading,
    error,
    retry: () => setAttempt((n) => n + 1),
    hasHydrated,
    lines,
  };
}
