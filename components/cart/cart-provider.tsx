"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { CART_STORAGE_KEY, createCartStore, type TCartState, type TCartStore } from "@/lib/cart/client/store";
import { startCartSync, type TCartSync } from "@/lib/cart/client/sync";
import { useViewer } from "@/components/auth/viewer-provider";

// One cart store per provider (per page tree), created on first render: never a module-level
// store, so server renders of different requests cannot share a cart. localStorage is read
// only after mount (manual rehydrate), so the server HTML and the first client render agree.

type TCartContext = { store: TCartStore; sync: () => Promise<void> };

const CartContext = createContext<TCartContext | null>(null);

function whenIdle(fn: () => void): void {
  const w = window as Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };
  if (w.requestIdleCallback) w.requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

/**
 * Syncs a signed-in customer's cart once the visitor is known (ViewerProvider): changes are
 * tracked from hydration on, so nothing added while /api/v1/me answers is lost.
 */
export function CartProvider({ children }: { children: ReactNode }) {
  const viewer = useViewer().status;
  const [store] = useState(createCartStore);
  const syncRef = useRef<TCartSync | null>(null);
  const isSignedInRef = useRef(false);
  const [isSyncing, setIsSyncing] = useState(false);
  const [value] = useState<TCartContext>(() => ({
    store,
    sync: () => syncRef.current?.syncNow() ?? Promise.resolve(),
  }));

  useEffect(() => {
    let isCancelled = false;
    void Promise.resolve(store.persist.rehydrate()).then(() => {
      if (isCancelled) return;
      store.getState().setHydrated();
      // from here on, changes are the customer's and are synced
      syncRef.current = startCartSync(store, { isSignedIn: () => isSignedInRef.current });
      setIsSyncing(true);
    });
    // another tab changed the cart
    const onStorage = (e: StorageEvent) => {
      if (e.key === CART_STORAGE_KEY) void store.persist.rehydrate();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      isCancelled = true;
      syncRef.current?.stop();
      syncRef.current = null;
      window.removeEventListener("storage", onStorage);
    };
  }, [store]);

  useEffect(() => {
    isSignedInRef.current = viewer === "signed-in";
    if (!isSyncing || viewer === "unknown") return;
    // the server cart is not needed for the first paint
    whenIdle(() => void syncRef.current?.syncNow());
  }, [isSyncing, viewer]);

  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}

function useCartContext(): TCartContext {
  const ctx = useContext(CartContext);
  if (!ctx) throw new Error("Cart components must be inside <CartProvider>");
  return ctx;
}

/** Selects from the cart store, e.g. `useCart((s) => s.lines)`. */
export function useCart<T>(selector: (s: TCartState) => T): T {
  return useStore(useCartContext().store, selector);
}

/** The store itself, for reading state inside event handlers without re-rendering. */
export function useCartStore(): TCartStore {
  return useCartContext().store;
}

/** Fetches the signed-in customer's stored cart now (e.g. when /cart opens). */
export function useCartSync(): () => Promise<void> {
  return useCartContext().sync;
}
