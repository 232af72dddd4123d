import Link from "next/link";
import { ChevronRight, MapPin } from "lucide-react";
import type { TProductPage } from "@/lib/catalog/get-product-page";
import { ReliabilityBadge } from "@/components/shop/reliability-badge";
import { VendorAvatar } from "@/components/shop/vendor-avatar";

export function VendorCard({ vendor, originName }: { vendor: TProductPage["vendor"]; originName: string }) {
  return (
    <section aria-labelledby="vendor-card-title" className="rounded-card bg-surface p-4 ring-1 ring-black/5">
      <h2 id="vendor-card-title" className="sr-only">
        Sold by
      </h2>
      <div className="flex items-center gap-3">
        <VendorAvatar name={vendor.name} logoUrl={vendor.logoUrl} />
        <div className="min-w-0 flex-1">
          <p className="text-xs text-ink-muted">Sold by</p>
          <p className="truncate font-semibold text-ink">{vendor.name}</p>
          <p className="flex items-center gap-1 text-xs text-ink-muted">
            <MapPin aria-hidden="true" className="h-3.5 w-3.5" /> {originName} · {vendor.productCount} products
          </p>
        </div>
        <ReliabilityBadge score={vendor.reliabilityScore} />
      </div>
      <Link
        href={`/v/${vendor.slug}`}
        className="mt-3 flex items-center justify-between rounded-control bg-surface-muted px-3 py-2.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        Visit store
        <ChevronRight aria-hidden="true" className="h-4 w-4" />
      </Link>
    </section>
  );
}
