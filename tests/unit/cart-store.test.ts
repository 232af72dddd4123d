import { beforeEach, describe, expect, it } from "vitest";
import { CART_STORAGE_KEY, cartCount, createCartStore } from "@/lib/cart/client/store";
import { CART_MAX_LINES, CART_MAX_QUANTITY, normalizeCartLines } from "@/lib/cart/schema";
import type { TCartQuote, TCartQuoteLine } from "@/lib/cart/types";

// A minimal localStorage for node.
const memory = new Map<string, string>();
beforeEach(() => {
  memory.clear();
  globalThis.localStorage = {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
    removeItem: (k: string) => void memory.delete(k),
    clear: () => memory.clear(),
    key: () => null,
    length: 0,
  } as Storage;
});

describe("cart store", () => {
  it("persists only variant ids and quantities, versioned, and rehydrates on demand", async () => {
    const a = createCartStore();
    a.getState().add("v1", 2);
    a.getState().markSeen({ v1: { priceMinor: 100, batchId: null } });
    expect(JSON.parse(memory.get(CART_STORAGE_KEY)!)).toEqual({
      state: { lines: [{ variantId: "v1", quantity: 2 }] },
      version: 1,
    });
    const b = createCartStore();
    expect(b.getState().lines).toEqual([]); // nothing read until the provider has mounted
    await b.persist.rehydrate();
    expect(b.getState().lines).toEqual([{ variantId: "v1", quantity: 2 }]);
    // tampered storage is cleaned up
    memory.set(
      CART_STORAGE_KEY,
      JSON.stringify({
        state: {
          lines: [
            { variantId: "v9", quantity: -4 },
            { variantId: "v8", quantity: 3, priceMinor: 1 },
          ],
        },
        version: 1,
      }),
    );
    await b.persist.rehydrate();
    expect(b.getState().lines).toEqual([{ variantId: "v8", quantity: 3 }]);
  });

  it("adds, changes and removes lines; each provider has its own store", () => {
    const a = createCartStore();
    const b = createCartStore();
    a.getState().add("v1");
    a.getState().add("v1", 2);
    a.getState().add("v2", 5);
    expect(a.getState().lines).toEqual([
      { variantId: "v1", quantity: 3 },
      { variantId: "v2", quantity: 5 },
    ]);
    expect(b.getState().lines).toEqual([]);
    a.getState().setQuantity("v2", 1);
    a.getState().add("v1", 1000);
    expect(a.getState().lines).toEqual([
      { variantId: "v1", quantity: CART_MAX_QUANTITY },
      { variantId: "v2", quantity: 1 },
    ]);
    a.getState().setQuantity("v1", 0);
    expect(a.getState().lines).toEqual([{ variantId: "v2", quantity: 1 }]);
    a.getState().remove("v2");
    expect(cartCount(a.getState().lines)).toBe(0);
    expect(a.getState().hasHydrated).toBe(false);
  });

  it("sanitises lines from storage or old clients", () => {
    expect(
      normalizeCartLines([
        { variantId: "v1", quantity: 2 },
        { variantId: "v1", quantity: 30 },
        { variantId: "bad id!", quantity: 1 },
        { variantId: "v2", quantity: 0 },
        { variantId: "v3", quantity: "2" },
        { variantId: "v4", quantity: 1.7 },
        null,
        "x",
      ]),
    ).toEqual([
      { variantId: "v1", quantity: CART_MAX_QUANTITY },
      { variantId: "v4", quantity: 1 },
    ]);
    expect(normalizeCartLines({ lines: [] })).toEqual([]);
    expect(
      normalizeCartLines(Array.from({ length: 80 }, (_, i) => ({ variantId: `v${i}`, quantity: 1 }))),
    ).toHaveLength(CART_MAX_LINES);
  });
});

describe("accepting a quote's changes", () => {
  const quoted = (variantId: string, over: Partial<TCartQuoteLine>): TCartQuoteLine => ({
    variantId,
    productId: "p",
    productSlug: "p",
    productTitle: "P",
    variantTitle: "V",
    options: {},
    sku: variantId,
    image: null,
    vendorId: "ven",
    vendorSlug: "ven",
    vendorName: "Ven",
    availability: "IN_STOCK",
    unitPriceMinor: 1000,
    compareAtMinor: null,
    requestedQuantity: 1,
    quantity: 1,
    maxQuantity: 20,
    lineTotalMinor: 1000,
    shipmentKey: "IN_STOCK",
    batchId: null,
    isOrderable: true,
    changes: [],
    ...over,
  });

  it("cuts quantities to what is left, drops unorderable and unknown lines, keeps unquoted ones, marks prices seen", () => {
    const store = createCartStore();
    for (const [id, qty] of [
      ["cut", 5],
      ["gone", 1],
      ["unknown", 2],
      ["fine", 1],
      ["new-since", 3],
    ] as const)
      store.getState().add(id, qty);
    const quote = {
      lines: [
        quoted("cut", { maxQuantity: 2, unitPriceMinor: 1500 }),
        quoted("gone", { isOrderable: false, maxQuantity: 0 }),
        quoted("fine", { batchId: "b1", unitPriceMinor: 700 }),
      ],
      unknownVariantIds: ["unknown"],
    } as unknown as TCartQuote;
    store.getState().acceptQuote(quote);
    expect(store.getState().lines).toEqual([
      { variantId: "cut", quantity: 2 },
      { variantId: "fine", quantity: 1 },
      { variantId: "new-since", quantity: 3 }, // added after the quote was asked for: kept
    ]);
    expect(store.getState().seen).toEqual({
      cut: { priceMinor: 1500, batchId: null },
      fine: { priceMinor: 700, batchId: "b1" },
    });
  });
});
