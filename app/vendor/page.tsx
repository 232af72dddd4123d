// /vendor — overview: welcome and live counts for the member's vendor.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { requireVendorSection } from "./_lib/guard";
import { getVendorOverviewCounts } from "@/lib/metrics/get-vendor-overview-counts";

export const metadata: Metadata = { title: "Vendor dashboard" };

export default async function VendorOverviewPage() {
  const { user, vendorId } = await requireVendorSection("/vendor");
  const data = await getVendorOverviewCounts({ vendorId });
  if (!data) notFound();
  return (
    <>
      <DashboardHeading
        title={`Welcome, ${user.name.split(" ")[0]}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {data.vendor.name}
            <Badge tone={data.vendor.status === "ACTIVE" ? "brand" : "warning"}>
              {data.vendor.status.toLowerCase()}
            </Badge>
          </span>
        }
      />
      {data.vendor.status === "PENDING" ? (
        <p className="mb-6 rounded-card bg-warning-50 p-4 text-sm text-warning-700 ring-1 ring-accent-400/40">
          Your application is being reviewed. You can prepare products now; they go live once we approve your store.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label="Live products" value={data.activeProducts} href="/vendor/products" />
        <StatCard label="Drafts" value={data.draftProducts} hint="Not visible to customers" href="/vendor/products" />
        <StatCard
          label="Open order lines"
          value={data.openLines}
          hint="Paid, not yet delivered"
          href="/vendor/orders"
        />
      </div>
    </>
  );
}
