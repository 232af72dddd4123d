// Categories, product images and products — through the same catalog functions vendors use.
import type { Db } from "@/lib/db";
import { upsertCategory } from "@/lib/catalog/create-category";
import { createProduct } from "@/lib/catalog/create-product";
import { planProductImage, renderPlannedImages } from "../../scripts/generate-images.ts";
import { CATEGORIES } from "../seed-data/categories.ts";
import { buildProducts } from "../seed-data/build-products.ts";
import type { TVendorKey } from "../seed-data/types.ts";
import type { TVendorRef } from "./accounts.ts";

export async function seedCategories(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [i, top] of CATEGORIES.entries()) {
    const parent = await upsertCategory(
      {
        slug: top.slug,
        name: top.name,
        description: top.description,
        position: i,
        sizeChart: top.sizeChart ?? null,
      },
      db,
    );
    ids.set(top.slug, parent.id);
    for (const [j, child] of top.children.entries()) {
      const row = await upsertCategory(
        {
          slug: child.slug,
          name: child.name,
          description: child.description,
          parentId: parent.id,
          position: j,
          sizeChart: child.sizeChart ?? null,
        },
        db,
      );
      ids.set(child.slug, row.id);
    }
  }
  return ids;
}

export type TCatalogPlan = ReturnType<typeof planCatalog>;

/**
 * Builds the catalog and starts rendering its images at once: image URLs are known before
 * the files exist (they hash the SVG), so rendering runs beside the database work.
 */
export function planCatalog() {
  const products = buildProducts();
  const plans = products.map((p) =>
    p.images.map((img) =>
      planProductImage({ productSlug: p.slug, kind: img.kind, colour: img.colour, brand: p.brand }),
    ),
  );
  const rendering = renderPlannedImages(plans.flat());
  rendering.catch(() => {}); // awaited by seedProducts; no unhandled rejection if a step fails first
  return { products, plans, rendering };
}

/** Creates the missing products (by slug), a few at a time, then waits for the images. */
export async function seedProducts(
  db: Db,
  catalog: TCatalogPlan,
  vendors: Map<TVendorKey, TVendorRef>,
  categories: Map<string, string>,
) {
  const { products, plans, rendering } = catalog;
  const existing = new Set(
    (await db.product.findMany({ where: { slug: { in: products.map((p) => p.slug) } }, select: { slug: true } })).map(
      (p) => p.slug,
    ),
  );
  const todo = products.map((p, i) => ({ p, images: plans[i]! })).filter(({ p }) => !existing.has(p.slug));
  let next = 0;
  async function worker() {
    while (next < todo.length) {
      const { p, images } = todo[next++]!;
      const vendor = vendors.get(p.vendorKey);
      const categoryId = categories.get(p.categorySlug);
      if (!vendor || !categoryId)
        throw new Error(`${p.title}: unknown vendor ${p.vendorKey} or category ${p.categorySlug}`);
      await createProduct(
        {
          vendorId: vendor.id,
          categoryId,
          slug: p.slug,
          title: p.title,
          brand: p.brand,
          description: p.description,
          status: "ACTIVE",
          isFeatured: p.isFeatured,
          leadTimeDays: p.leadTimeDays,
          optionNames: p.optionNames,
          images: images.map((img, i) => ({
            url: img.url,
            alt: p.images[i]!.alt,
            width: img.width,
            height: img.height,
          })),
          variants: p.variants,
          actorId: vendor.ownerId,
        },
        db,
      );
    }
  }
  await Promise.all([worker(), worker(), worker()]);
  const imagesCreated = await rendering;
  return { products: products.length, created: todo.length, images: plans.flat().length, imagesCreated };
}
