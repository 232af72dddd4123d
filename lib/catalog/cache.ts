import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

// Catalog read caching.
//
// Choice: `unstable_cache` with tags, NOT `"use cache"` + cacheTag. `"use cache"` needs
// `cacheComponents: true`, which makes every page that reads the session (the header's
// account menu, every dashboard guard) wrap request data in Suspense and changes how
// `next build` prerenders; unstable_cache works in the default mode, in `next dev`, and in
// `next build` without a database (pages are dynamic, only the data is cached).
// Cached values go through JSON, so read models return DTOs with ISO date strings.
//
// What is cached: catalog data that is the same for every visitor (products, categories,
// vendors, open batches). Nothing user-specific is ever cached. Stock and batch figures may
// be up to CATALOG_REVALIDATE_SECONDS old: the cart quote reprices from the database and is
// authoritative, so reservations (every checkout) deliberately do not invalidate.
//
// Invalidation: write paths call `invalidateCatalog(...)`. Inside Next (server actions,
// route handlers) that expires the tags at once. Outside Next (worker, seed, tests) there is
// no Next cache to expire in this process; the revalidate window bounds staleness there.

export const CATALOG_REVALIDATE_SECONDS = 60;

export const CATALOG_TAGS = {
  all: "catalog",
  /** Anything showing product or variant fields (titles, prices, images, options). */
  products: "catalog:products",
  /** Anything showing stock on hand / low-stock hints / availability. */
  stock: "catalog:stock",
  /** Anything showing OPEN batches, cut-offs or arrival windows. */
  batches: "catalog:batches",
  categories: "catalog:categories",
  vendors: "catalog:vendors",
  product: (productId: string) => `catalog:product:${productId}`,
  vendor: (vendorId: string) => `catalog:vendor:${vendorId}`,
} as const;

export type TCatalogChange =
  | { type: "product"; productId?: string }
  | { type: "variant"; productId?: string; variantId?: string }
  | { type: "stock"; productId?: string; variantId?: string }
  | { type: "batch"; batchId?: string }
  | { type: "category"; categoryId?: string }
  | { type: "vendor"; vendorId?: string };

type TChangeInput = TCatalogChange | TCatalogChange["type"];

/** The tags a change expires. Product/variant/stock changes also touch every listing. */
export function tagsForChanges(changes: TChangeInput[]): string[] {
  const tags = new Set<string>();
  for (const input of changes) {
    const c: TCatalogChange = typeof input === "string" ? ({ type: input } as TCatalogChange) : input;
    switch (c.type) {
      case "product":
      case "variant":
        tags.add(CATALOG_TAGS.products);
        tags.add(CATALOG_TAGS.stock);
        if (c.productId) tags.add(CATALOG_TAGS.product(c.productId));
        break;
      case "stock":
        tags.add(CATALOG_TAGS.stock);
        if (c.productId) tags.add(CATALOG_TAGS.product(c.productId));
        break;
      case "batch":
        tags.add(CATALOG_TAGS.batches);
        break;
      case "category":
        tags.add(CATALOG_TAGS.categories);
        tags.add(CATALOG_TAGS.products);
        break;
      case "vendor":
        tags.add(CATALOG_TAGS.vendors);
        tags.add(CATALOG_TAGS.products);
        if (c.vendorId) tags.add(CATALOG_TAGS.vendor(c.vendorId));
        break;
    }
  }
  return [...tags];
}

/**
 * Expire cached catalog reads after a write, e.g. `invalidateCatalog({ type: "product", productId })`,
 * `invalidateCatalog("batch")`. Call it after the transaction commits. Safe to call anywhere:
 * outside a Next request (worker, seed, tests) it does nothing (see header).
 */
export function invalidateCatalog(...changes: TChangeInput[]): string[] {
  const tags = tagsForChanges(changes);
  for (const tag of tags) {
    try {
      // expire: 0 — the next read is fresh (a vendor editing a price must see it at once)
      revalidateTag(tag, { expire: 0 });
    } catch (e) {
      if (!isOutsideNext(e)) throw e;
    }
  }
  return tags;
}

function isOutsideNext(e: unknown): boolean {
  return e instanceof Error && e.message.includes("static generation store missing");
}

/**
 * Wraps a read model in the Next data cache. `keyParts` must name the function; arguments
 * are part of the key automatically. Every entry carries the `catalog` tag plus `tags`.
 * Outside Next (tests, scripts) the function runs uncached.
 */
export function catalogCache<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  keyParts: string[],
  tags: string[],
  revalidate: number = CATALOG_REVALIDATE_SECONDS,
): (...args: A) => Promise<R> {
  const cached = unstable_cache(fn, keyParts, { tags: [CATALOG_TAGS.all, ...tags], revalidate });
  return async (...args: A) => {
    try {
      return await cached(...args);
    } catch (e) {
      if (e instanceof Error && e.message.includes("incrementalCache missing")) return fn(...args);
      throw e;
    }
  };
}
