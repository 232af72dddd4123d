// /v/[vendor] — vendor profile (origin, reliability slot) and their products. Reached through
// the same rewrites as /c/ (?sort=&page= become the [view] page key; cached per view).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MapPin, CalendarDays, Store } from "lucide-react";
import { ListingToolbar } from "@/components/shop/listing-toolbar";
import { ProductGrid } from "@/components/shop/product-grid";
import { ReliabilityBadge } from "@/components/shop/reliability-badge";
import { VendorAvatar } from "@/components/shop/vendor-avatar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import { getVendorPage } from "@/lib/catalog/get-vendor-page";
import { parseListingPageKey } from "@/lib/catalog/cache/page-keys";
import { formatDate } from "@/lib/dates";

export const revalidate = 60;

export function generateStaticParams(): { view: string }[] {
  return [];
}

type TProps = { params: Promise<{ vendor: string; view: string }> };

async function load({ params }: TProps) {
  const { vendor, view } = await params;
  const { sort, page } = parseListingPageKey(view);
  return { slug: vendor, sort, data: await getVendorPage(vendor, sort, page) };
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const { data } = await load(props);
  if (!data) return { title: "Vendor not found" };
  return {
    title: data.vendor.name,
    description: data.vendor.description || `Shop ${data.vendor.name} from ${data.vendor.originName}.`,
    alternates: { canonical: `/v/${data.vendor.slug}` },
  };
}

export default async function VendorPage(props: TProps) {
  const { slug, sort, data } = await load(props);
  if (!data) notFound();
  const { vendor, products } = data;
  const current = { sort: sort === "featured" ? undefined : sort };
  return (
    <div className="pt-4">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Vendors" }, { label: vendor.name }]} />
      <section
        aria-labelledby="vendor-name"
        className="mt-3 mb-6 rounded-card bg-surface p-5 ring-1 ring-black/5 sm:p-6"
      >
        <div className="flex items-start gap-4">
          <VendorAvatar name={vendor.name} logoUrl={vendor.logoUrl} size="lg" />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1 id="vendor-name" className="text-2xl font-extrabold tracking-tight text-ink">
                {vendor.name}
              </h1>
              <ReliabilityBadge score={vendor.reliabilityScore} />
            </div>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
              <li className="flex items-center gap-1.5">
                <MapPin aria-hidden="true" className="h-4 w-4" /> Ships from {vendor.originName}
              </li>
              <li className="flex items-center gap-1.5">
                <CalendarDays aria-hidden="true" className="h-4 w-4" /> Selling since{" "}
                {formatDate(vendor.sellingSince, "MMM yyyy")}
              </li>
              <li className="flex items-center gap-1.5">
                <Store aria-hidden="true" className="h-4 w-4" /> {products.total} products
              </li>
            </ul>
          </div>
        </div>
        {vendor.description ? (
          <p className="mt-4 max-w-3xl text-sm leading-6 text-ink-muted">{vendor.description}</p>
        ) : null}
      </section>
      <ListingToolbar total={products.total} sort={sort} />
      {products.items.length ? (
        <ProductGrid products={products.items} priorityCount={2} />
      ) : (
        <EmptyState icon={<Store />} title="No products listed yet">
          {vendor.name} is preparing their first listings.
        </EmptyState>
      )}
      <Pagination
        page={products.page}
        pageCount={products.pageCount}
        hrefForPage={(p) => hrefWith(`/v/${slug}`, current, { page: p === 1 ? null : String(p) })}
      />
    </div>
  );
}
