import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { CATALOG_TAGS, catalogCache } from "@/lib/catalog/cache/catalog-cache";
import { getCategoryPage } from "@/lib/catalog/get-category-page";
import { getHomePage } from "@/lib/catalog/get-home-page";
import { getProductPage } from "@/lib/catalog/get-product-page";
import { getVendorPage } from "@/lib/catalog/get-vendor-page";
import { listCategories } from "@/lib/catalog/list-categories";
import type { TListingSort } from "@/lib/catalog/cache/page-keys";

// The storefront's cached reads (see cache.ts for the policy). Arguments are part of the key;
// `now` is taken when an entry is filled, so countdowns are re-based by the client clock.
// Every reader of products also depends on stock and batches (cards show availability and
// cut-offs), hence the tag sets. React cache() dedupes calls within one render (metadata + page).

const LISTING_TAGS = [
  CATALOG_TAGS.products,
  CATALOG_TAGS.stock,
  CATALOG_TAGS.batches,
  CATALOG_TAGS.categories,
  CATALOG_TAGS.vendors,
];

export const listCategoriesCached = cache(
  catalogCache(
    () => listCategories(prisma),
    ["catalog:listCategories"],
    [CATALOG_TAGS.categories, CATALOG_TAGS.products, CATALOG_TAGS.vendors],
  ),
);

export const getHomePageCached = cache(
  catalogCache(() => getHomePage(prisma, new Date()), ["catalog:getHomePage"], LISTING_TAGS),
);

export const getCategoryPageCached = cache(
  catalogCache(
    (slug: string, sort: TListingSort, page: number) => getCategoryPage(prisma, slug, { sort, page, now: new Date() }),
    ["catalog:getCategoryPage"],
    LISTING_TAGS,
  ),
);

export const getVendorPageCached = cache(
  catalogCache(
    (slug: string, sort: TListingSort, page: number) => getVendorPage(prisma, slug, { sort, page, now: new Date() }),
    ["catalog:getVendorPage"],
    LISTING_TAGS,
  ),
);

export const getProductPageCached = cache(
  catalogCache((slug: string) => getProductPage(prisma, slug, new Date()), ["catalog:getProductPage"], LISTING_TAGS),
);
