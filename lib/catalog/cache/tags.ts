import "server-only";
import { z } from "zod";

// The catalog's cache tags and which writes expire which. Kept apart from cache.ts (which
// imports next/cache) so the cross-process fan-out and its route can share them without an
// import cycle.

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

/** A tag from CATALOG_TAGS: `catalog`, `catalog:<set>` or `catalog:<kind>:<id>`. */
/**
 * What every storefront read that shows products depends on: cards show availability and
 * cut-offs, so stock and batch changes matter as much as the products themselves.
 */
export const LISTING_TAGS: readonly string[] = [
  CATALOG_TAGS.products,
  CATALOG_TAGS.stock,
  CATALOG_TAGS.batches,
  CATALOG_TAGS.categories,
  CATALOG_TAGS.vendors,
];

export const ZCatalogTag = z
  .string()
  .max(120)
  .regex(/^catalog(?::[a-z]+(?::[\w-]+)?)?$/, "must be a catalog cache tag");

/** More tags than this in one message collapse to `catalog` (every catalog entry carries it). */
export const MAX_TAGS_PER_MESSAGE = 100;

export type TCatalogChange =
  | { type: "product"; productId?: string }
  | { type: "variant"; productId?: string; variantId?: string }
  | { type: "stock"; productId?: string; variantId?: string }
  | { type: "batch"; batchId?: string }
  | { type: "category"; categoryId?: string }
  | { type: "vendor"; vendorId?: string };

export type TChangeInput = TCatalogChange | TCatalogChange["type"];

/** The tags a change expires. Product/variant/stock changes also touch every listing. */
export function tagsForChanges(changes: readonly TChangeInput[]): string[] {
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
