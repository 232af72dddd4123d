// Browser side of the server cart (GET/PUT /api/v1/cart) and the quote endpoint.
//
// Signed-in customers: after each change the store is pushed (debounced, PUT replace). On
// each full page load the stored cart is fetched: the first time a customer is seen in this
// browser their local cart is MERGED into the stored one (union, larger quantity); after
// that the stored cart wins (it may have changed on another device), unless the customer
// changed the cart on this page before it arrived: those changes are pushed instead of
// being overwritten. Anonymous visitors get 401 and nothing
// happens; when the customer who last synced here has signed out, the local cart is
// cleared (a shared phone must not show their cart to the next person).
import type { TCartStore } from "@/lib/cart/client/store";
import type { TCartLine, TCartQuoteLineInput } from "@/lib/cart/schema";
import type { TCartQuote } from "@/lib/cart/types";

const USER_KEY = "londom-cart-user";
const PUSH_DELAY_MS = 800;

type TServerCart = { userId: string; lines: TCartLine[] };

export async function requestQuote(lines: TCartQuoteLineInput[], signal?: AbortSignal): Promise<TCartQuote> {
  const res = await fetch("/api/v1/cart/quote", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lines }),
    ...(signal ? { signal } : {}),
  });
  if (!res.ok) throw new Error(`quote failed: ${res.status}`);
  return (await res.json()) as TCartQuote;
}

async function putCart(lines: TCartLine[], mode: "replace" | "merge", keepalive = false): Promise<TServerCart | null> {
  const res = await fetch("/api/v1/cart", {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lines, mode }),
    keepalive,
  });
  return res.ok ? ((await res.json()) as TServerCart) : null;
}

function readUser(): string | null {
  try {
    return localStorage.getItem(USER_KEY);
  } catch {
    return null;
  }
}

function writeUser(id: string | null): void {
  try {
    if (id) localStorage.setItem(USER_KEY, id);
    else localStorage.removeItem(USER_KEY);
  } catch {
    // storage full or blocked: syncing still works for this page view
  }
}

export type TCartSync = { syncNow: () => Promise<void>; stop: () => void };

/**
 * Starts syncing `store` with the server cart. Call it once the store is hydrated (changes
 * from then on are the customer's), then syncNow().
 */
export function startCartSync(store: TCartStore, opts: { isSignedIn: () => boolean }): TCartSync {
  let userId: string | null = null;
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Local changes the server has not seen yet (made before we knew who is signed in, or
  // while a push was pending): a sync then pushes them instead of overwriting them.
  let isDirty = false;

  const apply = (lines: TCartLine[]) => {
    applying = true;
    store.getState().replace(lines);
    applying = false;
    isDirty = false;
  };
  const push = async (keepalive = false) => {
    clearTimeout(timer);
    if (!userId) return;
    const saved = await putCart(store.getState().lines, "replace", keepalive).catch(() => null);
    if (saved) isDirty = false;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lines === prev.lines || applying) return;
    isDirty = true;
    if (!userId) return;
    clearTimeout(timer);
    timer = setTimeout(() => void push(), PUSH_DELAY_MS);
  });
  const onHide = () => {
    if (isDirty) void push(true);
  };
  window.addEventListener("pagehide", onHide);

  async function syncNow(): Promise<void> {
    if (!opts.isSignedIn()) {
      // signed out (/api/v1/me said so): no request, which would only answer 401; a cart that
      // belonged to the previous account is cleared from this device
      if (readUser()) {
        writeUser(null);
        apply([]);
      }
      userId = null;
      return;
    }
    let res: Response;
    try {
      res = await fetch("/api/v1/cart", { cache: "no-store" });
    } catch {
      return; // offline: keep the local cart
    }
    if (res.status === 401) {
      if (readUser()) {
        writeUser(null);
        apply([]);
      }
      userId = null;
      return;
    }
    if (!res.ok) return;
    const server = (await res.json()) as TServerCart;
    if (readUser() !== server.userId) {
      const merged = await putCart(store.getState().lines, "merge");
      if (!merged) return;
      apply(merged.lines);
      writeUser(server.userId);
      userId = server.userId;
    } else {
      userId = server.userId;
      if (isDirty) await push();
      else apply(server.lines);
    }
  }

  return {
    syncNow,
    stop: () => {
      if (isDirty) void push(true);
      unsubscribe();
      window.removeEventListener("pagehide", onHide);
    },
  };
}
