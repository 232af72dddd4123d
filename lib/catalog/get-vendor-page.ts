import "server-only";
import { type Db, prisma } from "@/lib/db";
import { LISTING_TAGS, cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { listProductsPage, type TProductsPage } from "@/lib/catalog/list-products-page";
import type { TListingSort } from "@/lib/catalog/cache/page-keys";

export type TVendorProfile = {
  id: string;
  slug: string;
  name: string;
  description: string;
  logoUrl: string | null;
  originName: string;
  originCountryCode: string;
  /** 0–100 once scoring has run; null shows the "New vendor" badge. */
  reliabilityScore: number | null;
  sellingSince: string;
};

export type TVendorPage = { vendor: TVendorProfile; products: TProductsPage };

/** Public profile of an ACTIVE vendor (pending/suspended vendors are not found). */
async function getVendorProfile({ slug }: { slug: string }, db: Db = prisma): Promise<TVendorProfile | null> {
  const v = await db.vendor.findFirst({
    where: { slug, status: "ACTIVE" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      logoUrl: true,
      reliabilityScore: true,
      approvedAt: true,
      createdAt: true,
      origin: { select: { name: true, countryCode: true } },
    },
  });
  if (!v) return null;
  return {
    id: v.id,
    slug: v.slug,
    name: v.name,
    description: v.description,
    logoUrl: v.logoUrl,
    originName: v.origin.name,
    originCountryCode: v.origin.countryCode,
    reliabilityScore: v.reliabilityScore,
    sellingSince: (v.approvedAt ?? v.createdAt).toISOString(),
  };
}

export const getVendorPage = cachedCatalogRead(
  "catalog:getVendorPage",
  LISTING_TAGS,
  (slug: string, sort: TListingSort, page: number) => loadVendorPage({ slug, sort, page, now: new Date() }),
);

async function loadVendorPage(
  { slug, sort, page, now }: { slug: string; sort: TListingSort; page: number; now: Date },
  db: Db = prisma,
): Promise<TVendorPage | null> {
  const vendor = await getVendorProfile({ slug }, db);
  if (!vendor) return null;
  const products = await listProductsPage({ vendorId: vendor.id, sort, page, now }, db);
  return { vendor, products };
}
