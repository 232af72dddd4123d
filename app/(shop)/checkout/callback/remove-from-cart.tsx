"use client";

import { useEffect, useRef } from "react";
import { useCart, useCartStore } from "@/components/cart/cart-provider";

/** The paid order's items leave this browser's cart too (the server already removed them from the stored cart). */
export function RemoveFromCart({ variantIds }: { variantIds: string[] }) {
  const store = useCartStore();
  const hasHydrated = useCart((s) => s.hasHydrated);
  const isDone = useRef(false);
  useEffect(() => {
    if (!hasHydrated || isDone.current) return;
    isDone.current = true;
    const ids = new Set(variantIds);
    const state = store.getState();
    if (state.lines.some((l) => ids.has(l.variantId))) state.replace(state.lines.filter((l) => !ids.has(l.variantId)));
  }, [hasHydrated, store, variantIds]);
  return null;
}
