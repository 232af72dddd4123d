import "server-only";
import { prisma } from "@/lib/db";
import { CATALOG_TAGS, cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { visibleProductWhere } from "@/lib/catalog/list-product-cards";

export type TCategoryNode = {
  id: string;
  slug: string;
  name: string;
  description: string;
  parentId: string | null;
  position: number;
  /** Visible products in this category and all its descendants. */
  productCount: number;
};

/**
 * The whole category tree, flat, in display order (the tree is small: tens of rows), with
 * product counts that include descendants. Pages derive parents/children/ancestors from it.
 */
export const listCategories = cachedCatalogRead(
  "catalog:listCategories",
  [CATALOG_TAGS.categories, CATALOG_TAGS.products, CATALOG_TAGS.vendors],
  loadCategories,
);

async function loadCategories(): Promise<TCategoryNode[]> {
  const db = prisma;
  const [rows, counts] = await Promise.all([
    db.category.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true, parentId: true, position: true },
    }),
    db.product.groupBy({ by: ["categoryId"], where: visibleProductWhere, _count: { _all: true } }),
  ]);
  const own = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const total = new Map<string, number>();
  for (const [categoryId, n] of own) {
    // add each category's own count to itself and every ancestor (guarding against cycles)
    let id: string | null | undefined = categoryId;
    const seen = new Set<string>();
    while (id && !seen.has(id)) {
      seen.add(id);
      total.set(id, (total.get(id) ?? 0) + n);
      id = parentOf.get(id);
    }
  }
  return rows.map((r) => ({ ...r, productCount: total.get(r.id) ?? 0 }));
}

export function childrenOf(tree: TCategoryNode[], parentId: string | null): TCategoryNode[] {
  return tree.filter((c) => c.parentId === parentId);
}

/** Root first, ending with the category itself. */
export function ancestorsOf(tree: TCategoryNode[], categoryId: string): TCategoryNode[] {
  const byId = new Map(tree.map((c) => [c.id, c]));
  const chain: TCategoryNode[] = [];
  let node = byId.get(categoryId);
  while (node && !chain.includes(node)) {
    chain.unshift(node);
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
  return chain;
}

/** The category and every category below it. */
export function descendantIds(tree: TCategoryNode[], categoryId: string): string[] {
  const ids = [categoryId];
  for (let i = 0; i < ids.length; i++) {
    for (const c of tree) if (c.parentId === ids[i] && !ids.includes(c.id)) ids.push(c.id);
  }
  return ids;
}
