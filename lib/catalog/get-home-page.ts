import "server-only";
import { type Db, prisma } from "@/lib/db";
import { LISTING_TAGS, cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import type { TProductCard } from "@/lib/catalog/types";
import { childrenOf, listCategories, type TCategoryNode } from "@/lib/catalog/list-categories";
import { listOpenBatches, type TOpenBatch } from "@/lib/batches/open-batches";
import { listProductCards, visibleProductWhere } from "@/lib/catalog/list-product-cards";

export type TClosingSoonBatch = TOpenBatch & {
  /** A few pre-order products that would ship in this batch, for the tile. */
  products: TProductCard[];
};

export type THomeCategory = TCategoryNode & { image: { url: string; alt: string } | null };

export type THomePage = {
  featured: TProductCard[];
  newArrivals: TProductCard[];
  closingSoon: TClosingSoonBatch[];
  categories: THomeCategory[];
};

const NEWEST = [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }] as const;

/** Everything the home page shows, in one read (cached as one entry). */
export const getHomePage = cachedCatalogRead("catalog:getHomePage", LISTING_TAGS, () => loadHomePage(new Date()));

async function loadHomePage(now: Date, db: Db = prisma): Promise<THomePage> {
  const [featured, newArrivals, batches, tree] = await Promise.all([
    listProductCards({ where: { isFeatured: true }, orderBy: [...NEWEST], take: 8, now }, db),
    listProductCards({ orderBy: [...NEWEST], take: 8, now }, db),
    listOpenBatches({ now, limit: 3 }, db),
    listCategories(),
  ]);

  const closingSoon = await Promise.all(
    batches.map(async (b) => ({
      ...b,
      products: await listProductCards(
        {
          where: { originId: b.originId, variants: { some: { isActive: true, availability: "PRE_ORDER" } } },
          orderBy: [{ isFeatured: "desc" }, ...NEWEST],
          take: 4,
          now,
        },
        db,
      ),
    })),
  );

  return { featured, newArrivals, closingSoon, categories: await withImages(db, childrenOf(tree, null), tree) };
}

/** Top-level categories with a picture: the newest product image found in their subtree. */
async function withImages(db: Db, roots: TCategoryNode[], tree: TCategoryNode[]): Promise<THomeCategory[]> {
  const rows = await db.product.findMany({
    where: { ...visibleProductWhere, images: { some: {} } },
    distinct: ["categoryId"],
    orderBy: [{ categoryId: "asc" }, { isFeatured: "desc" }, { publishedAt: { sort: "desc", nulls: "last" } }],
    select: { categoryId: true, images: { orderBy: { position: "asc" }, take: 1, select: { url: true, alt: true } } },
  });
  const parentOf = new Map(tree.map((c) => [c.id, c.parentId]));
  const rootOf = (id: string): string => {
    let cur = id;
    for (let p = parentOf.get(cur); p; p = parentOf.get(cur)) cur = p;
    return cur;
  };
  const imageByRoot = new Map<string, { url: string; alt: string }>();
  for (const r of rows) {
    const root = rootOf(r.categoryId);
    const img = r.images[0];
    if (img && !imageByRoot.has(root)) imageByRoot.set(root, img);
  }
  return roots.map((c) => ({ ...c, image: imageByRoot.get(c.id) ?? null }));
}
