import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { CATALOG_TAGS, catalogCache } from "@/lib/catalog/cache/catalog-cache";
import type { TSearchParams } from "@/lib/search/schema";
import { searchProducts } from "@/lib/search/search-products";
import { suggest } from "@/lib/search/suggest";

// Search reads through the storefront's tagged data cache (lib/catalog/cache/catalog-cache.ts): results
// change when products, stock, batches, categories or vendors change, and expire within
// CATALOG_REVALIDATE_SECONDS otherwise. The parsed parameters are the cache key (trimmed,
// defaults filled, so equivalent URLs share an entry). Errors (a bad cursor) are not cached.

export const SEARCH_TAGS = [
  CATALOG_TAGS.products,
  CATALOG_TAGS.stock,
  CATALOG_TAGS.batches,
  CATALOG_TAGS.categories,
  CATALOG_TAGS.vendors,
];

export const searchProductsCached = cache(
  catalogCache(
    (params: TSearchParams, withFacets: boolean) => searchProducts(prisma, params, { facets: withFacets }),
    ["search:searchProducts:v1"],
    SEARCH_TAGS,
  ),
);

export const suggestCached = cache(catalogCache((q: string) => suggest(prisma, q), ["search:suggest:v1"], SEARCH_TAGS));

/**
 * The API's body for a search, serialised once when the entry is filled: a cache hit is
 * then a string handed to the response, not an object parsed and stringified again.
 */
export const searchProductsJsonCached = catalogCache(
  async (params: TSearchParams, withFacets: boolean) =>
    JSON.stringify(await searchProducts(prisma, params, { facets: withFacets })),
  ["search:searchProductsJson:v1"],
  SEARCH_TAGS,
);
