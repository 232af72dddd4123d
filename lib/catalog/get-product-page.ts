import "server-only";
import { type Db, prisma } from "@/lib/db";
import { LISTING_TAGS, cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import type { TProductCard } from "@/lib/catalog/types";
import { ZSizeChart, type TSizeChart } from "@/lib/catalog/schemas";
import { ancestorsOf, listCategories, type TCategoryNode } from "@/lib/catalog/list-categories";
import { getOpenBatchByOrigin, type TOpenBatch } from "@/lib/batches/open-batches";
import { listRelatedProducts } from "@/lib/catalog/list-related-products";
import { toVariantOption, type TVariantOption } from "@/lib/catalog/variant-availability";
import { loadTakenInBatches } from "@/lib/inventory/orderable-units";

export type { TVariantOption } from "@/lib/catalog/variant-availability";

export type { TSizeChart } from "@/lib/catalog/schemas";

export type TProductPage = {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  description: string;
  optionNames: string[];
  leadTimeDays: number;
  images: { url: string; alt: string; width: number; height: number }[];
  breadcrumbs: Pick<TCategoryNode, "slug" | "name">[];
  sizeChart: TSizeChart | null;
  vendor: {
    id: string;
    slug: string;
    name: string;
    logoUrl: string | null;
    reliabilityScore: number | null;
    productCount: number;
  };
  origin: { id: string; name: string; code: string };
  variants: TVariantOption[];
  /** The batch a pre-order placed now would ship in (soonest OPEN batch of the origin). */
  openBatch: TOpenBatch | null;
  related: TProductCard[];
};

/** Everything the product page shows, or null for an unknown / hidden product. */
export const getProductPage = cachedCatalogRead("catalog:getProductPage", LISTING_TAGS, (slug: string) =>
  loadProductPage({ slug, now: new Date() }),
);

async function loadProductPage(
  { slug, now }: { slug: string; now: Date },
  db: Db = prisma,
): Promise<TProductPage | null> {
  const p = await db.product.findFirst({
    where: { slug, status: "ACTIVE", vendor: { status: "ACTIVE" } },
    select: {
      id: true,
      slug: true,
      title: true,
      brand: true,
      description: true,
      optionNames: true,
      leadTimeDays: true,
      categoryId: true,
      originId: true,
      origin: { select: { name: true, code: true } },
      vendor: {
        select: {
          id: true,
          slug: true,
          name: true,
          logoUrl: true,
          reliabilityScore: true,
          _count: { select: { products: { where: { status: "ACTIVE" } } } },
        },
      },
      images: { orderBy: { position: "asc" }, select: { url: true, alt: true, width: true, height: true } },
      variants: {
        where: { isActive: true },
        orderBy: { position: "asc" },
        select: {
          id: true,
          sku: true,
          title: true,
          options: true,
          priceMinor: true,
          compareAtMinor: true,
          currency: true,
          availability: true,
          stockOnHand: true,
          reserved: true,
          batchCap: true,
          lowStockAt: true,
        },
      },
    },
  });
  if (!p || p.variants.length === 0) return null;

  const hasPreOrder = p.variants.some((v) => v.availability === "PRE_ORDER");
  const [tree, openBatch] = await Promise.all([
    listCategories(),
    hasPreOrder
      ? getOpenBatchByOrigin({ originIds: [p.originId], now }, db).then((m) => m.get(p.originId) ?? null)
      : Promise.resolve(null),
  ]);
  const chain = ancestorsOf(tree, p.categoryId);
  const [takenInBatch, charts, related] = await Promise.all([
    loadTakenInBatches(
      { pairs: openBatch ? p.variants.map((v) => ({ batchId: openBatch.id, variantId: v.id })) : [] },
      db,
    ),
    db.category.findMany({ where: { id: { in: chain.map((c) => c.id) } }, select: { id: true, sizeChart: true } }),
    listRelatedProducts({ productId: p.id, categoryId: p.categoryId, vendorId: p.vendor.id, now }, db),
  ]);

  const chartById = new Map(charts.map((c) => [c.id, c.sizeChart]));
  // The nearest category up the chain with a size chart (the product's own first).
  const sizeChart =
    [...chain]
      .reverse()
      .map((c) => ZSizeChart.safeParse(chartById.get(c.id)))
      .find((r) => r.success)?.data ?? null;

  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    brand: p.brand,
    description: p.description,
    optionNames: p.optionNames,
    leadTimeDays: p.leadTimeDays,
    images: p.images,
    breadcrumbs: chain.map((c) => ({ slug: c.slug, name: c.name })),
    sizeChart,
    vendor: {
      id: p.vendor.id,
      slug: p.vendor.slug,
      name: p.vendor.name,
      logoUrl: p.vendor.logoUrl,
      reliabilityScore: p.vendor.reliabilityScore,
      productCount: p.vendor._count.products,
    },
    origin: { id: p.originId, name: p.origin.name, code: p.origin.code },
    variants: p.variants.map((v) =>
      toVariantOption(v, {
        hasOpenBatch: openBatch !== null,
        allocatedInBatch: openBatch ? takenInBatch(openBatch.id, v.id) : 0,
      }),
    ),
    openBatch,
    related,
  };
}
