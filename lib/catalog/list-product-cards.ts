import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TProductCard } from "@/lib/catalog/types";
import { getOpenBatchByOrigin, type TOpenBatch } from "@/lib/batches/open-batches";

/** The fields a product card needs — nothing more leaves the database. */
export const productCardSelect = {
  id: true,
  slug: true,
  title: true,
  brand: true,
  originId: true,
  vendor: { select: { name: true, slug: true } },
  origin: { select: { name: true } },
  images: { orderBy: { position: "asc" }, take: 1, select: { url: true, alt: true, width: true, height: true } },
  variants: {
    where: { isActive: true },
    orderBy: { position: "asc" },
    select: { priceMinor: true, compareAtMinor: true, currency: true, availability: true },
  },
} satisfies Prisma.ProductSelect;

type TCardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

/** Products a shopper may see: ACTIVE, from an ACTIVE vendor, with at least one active variant. */
export const visibleProductWhere = {
  status: "ACTIVE",
  vendor: { status: "ACTIVE" },
  variants: { some: { isActive: true } },
} satisfies Prisma.ProductWhereInput;

export function toProductCard(row: TCardRow, batchByOrigin: Map<string, TOpenBatch>): TProductCard {
  // Card price = the cheapest active variant; its compare-at shows the saving.
  const cheapest = row.variants.reduce<TCardRow["variants"][number] | undefined>(
    (best, v) => (!best || v.priceMinor < best.priceMinor ? v : best),
    undefined,
  );
  const kinds = new Set(row.variants.map((v) => v.availability));
  const availability = kinds.size > 1 ? "MIXED" : kinds.has("PRE_ORDER") ? "PRE_ORDER" : "IN_STOCK";
  const batch = availability === "IN_STOCK" ? undefined : batchByOrigin.get(row.originId);
  const image = row.images[0];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    brand: row.brand,
    vendorName: row.vendor.name,
    vendorSlug: row.vendor.slug,
    originName: row.origin.name,
    priceMinor: cheapest?.priceMinor ?? 0,
    compareAtMinor: cheapest?.compareAtMinor ?? null,
    currency: cheapest?.currency ?? "GHS",
    availability,
    image: image ? { url: image.url, alt: image.alt, width: image.width, height: image.height } : null,
    batchCutoffAt: batch?.cutoffAt ?? null,
  };
}

/** Cards for already-fetched rows, with the batch each pre-order would ship in. */
export async function toProductCards(
  { rows, now }: { rows: TCardRow[]; now: Date },
  db: Db = prisma,
): Promise<TProductCard[]> {
  if (rows.length === 0) return [];
  const originIds = [...new Set(rows.map((r) => r.originId))];
  const byOrigin = await getOpenBatchByOrigin({ originIds, now }, db);
  return rows.map((r) => toProductCard(r, byOrigin));
}

/** Cards for a Prisma-orderable query (featured, newest, related). */
export async function listProductCards(
  opts: {
    where?: Prisma.ProductWhereInput;
    orderBy: Prisma.ProductOrderByWithRelationInput[];
    take: number;
    skip?: number;
    now: Date;
  },
  db: Db = prisma,
): Promise<TProductCard[]> {
  const rows = await db.product.findMany({
    where: { AND: [visibleProductWhere, opts.where ?? {}] },
    orderBy: opts.orderBy,
    take: opts.take,
    ...(opts.skip ? { skip: opts.skip } : {}),
    select: productCardSelect,
  });
  return toProductCards({ rows, now: opts.now }, db);
}

/** Cards for ids in the given order (ids from a raw ranked query). Missing ids are skipped. */
export async function listProductCardsByIds(
  { ids, now }: { ids: string[]; now: Date },
  db: Db = prisma,
): Promise<TProductCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.product.findMany({ where: { id: { in: ids } }, select: productCardSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  return toProductCards({ rows: ordered, now }, db);
}
