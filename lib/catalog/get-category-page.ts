import "server-only";
import { type Db, prisma } from "@/lib/db";
import { LISTING_TAGS, cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import {
  ancestorsOf,
  childrenOf,
  descendantIds,
  listCategories,
  type TCategoryNode,
} from "@/lib/catalog/list-categories";
import { listProductsPage, type TProductsPage } from "@/lib/catalog/list-products-page";
import type { TListingSort } from "@/lib/catalog/cache/page-keys";

export type TCategoryPage = {
  category: TCategoryNode;
  /** Root first, ending with the category itself (breadcrumbs). */
  ancestors: TCategoryNode[];
  subcategories: TCategoryNode[];
  products: TProductsPage;
};

/** A category with its subcategories and the products of it and all its descendants; null if unknown. */
export const getCategoryPage = cachedCatalogRead(
  "catalog:getCategoryPage",
  LISTING_TAGS,
  (slug: string, sort: TListingSort, page: number) => loadCategoryPage({ slug, sort, page, now: new Date() }),
);

async function loadCategoryPage(
  { slug, sort, page, now }: { slug: string; sort: TListingSort; page: number; now: Date },
  db: Db = prisma,
): Promise<TCategoryPage | null> {
  const tree = await listCategories();
  const category = tree.find((c) => c.slug === slug);
  if (!category) return null;
  const products = await listProductsPage(
    {
      categoryIds: descendantIds(tree, category.id),
      sort,
      page,
      now,
    },
    db,
  );
  return {
    category,
    ancestors: ancestorsOf(tree, category.id),
    subcategories: childrenOf(tree, category.id),
    products,
  };
}
