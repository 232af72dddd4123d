import "server-only";
import type { Db } from "@/lib/db";
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
export async function getCategoryPage(
  db: Db,
  slug: string,
  opts: { sort: TListingSort; page: number; now: Date; tree?: TCategoryNode[] },
): Promise<TCategoryPage | null> {
  const tree = opts.tree ?? (await listCategories(db));
  const category = tree.find((c) => c.slug === slug);
  if (!category) return null;
  const products = await listProductsPage(db, {
    categoryIds: descendantIds(tree, category.id),
    sort: opts.sort,
    page: opts.page,
    now: opts.now,
  });
  return {
    category,
    ancestors: ancestorsOf(tree, category.id),
    subcategories: childrenOf(tree, category.id),
    products,
  };
}
