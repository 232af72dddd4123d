// /admin — overview: welcome and live platform counts (charts arrive with the metrics issue).
import type { Metadata } from "next";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { getAdminOverviewCounts } from "@/lib/metrics/get-admin-overview-counts";
import { requireAdminSection } from "./_lib/guard";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminOverviewPage() {
  const { user } = await requireAdminSection("/admin");
  const c = await getAdminOverviewCounts();
  return (
    <>
      <DashboardHeading title={`Welcome, ${user.name.split(" ")[0]}`} description="Londom Imports platform overview" />
      <h2 className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">Needs action</h2>
      <div className="mb-8 grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        <StatCard
          label="Batches closing in 48 h"
          value={c.batchesClosingSoon}
          hint="Remind vendors, check the fill"
          href="/admin/batches?attention=closing-soon"
        />
        <StatCard
          label="Batches under minimum"
          value={c.batchesUnderMinimum}
          hint={c.batchesUnderMinimum ? "Ship anyway or cancel and refund" : "None waiting for a decision"}
          href="/admin/batches?attention=under-minimum"
        />
        <StatCard
          label="Orders with a balance due"
          value={c.ordersWithBalanceDue}
          hint="Deposit orders not yet fully paid"
          href="/admin/orders?balance=due"
        />
      </div>
      <h2 className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">Platform</h2>
      <div className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        <StatCard
          label="Active vendors"
          value={c.activeVendors}
          hint={c.pendingVendors ? `${c.pendingVendors} awaiting approval` : "None awaiting approval"}
          href="/admin/vendors"
        />
        <StatCard label="Live products" value={c.activeProducts} />
        <StatCard label="Open batches" value={c.openBatches} hint="Accepting pre-orders" href="/admin/batches" />
        <StatCard label="Orders" value={c.orders} hint={`${c.paidOrders} paid`} href="/admin/orders" />
      </div>
    </>
  );
}
