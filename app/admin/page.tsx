// /admin — overview: what needs action now (each count linking to its filtered list, shown only
// to admins who may open that list) and live platform counts (charts arrive with the metrics issue).
import type { Metadata } from "next";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { can } from "@/lib/auth/rbac";
import type { TSessionUser } from "@/lib/auth/types";
import { countFailedDeliveriesToday } from "@/lib/deliveries/count-failed-deliveries-today";
import { getAdminOverviewCounts } from "@/lib/metrics/get-admin-overview-counts";
import { countPaymentsNeedingReview } from "@/lib/payments/count-payments-needing-review";
import { adminNavItem } from "./_lib/nav";
import { requireAdminSection } from "./_lib/guard";

export const metadata: Metadata = { title: "Admin" };

/** Whether the user may open the admin section `href` (the same rule its page guard applies). */
const mayOpen = (user: TSessionUser, href: string) => can(user, adminNavItem(href).action);

export default async function AdminOverviewPage() {
  const { user } = await requireAdminSection("/admin");
  const may = {
    batches: mayOpen(user, "/admin/batches"),
    orders: mayOpen(user, "/admin/orders"),
    deliveries: mayOpen(user, "/admin/deliveries"),
    payments: mayOpen(user, "/admin/payments"),
    vendors: mayOpen(user, "/admin/vendors"),
  };
  const [c, failed, paymentsToReview] = await Promise.all([
    getAdminOverviewCounts(),
    may.deliveries ? countFailedDeliveriesToday() : null,
    may.payments ? countPaymentsNeedingReview() : null,
  ]);
  const needsAction = [
    may.batches ? (
      <StatCard
        key="closing"
        label="Batches closing in 48 h"
        value={c.batchesClosingSoon}
        hint="Remind vendors, check the fill"
        href="/admin/batches?attention=closing-soon"
      />
    ) : null,
    may.batches ? (
      <StatCard
        key="under-minimum"
        label="Batches under minimum"
        value={c.batchesUnderMinimum}
        hint={c.batchesUnderMinimum ? "Ship anyway or cancel and refund" : "None waiting for a decision"}
        href="/admin/batches?attention=under-minimum"
      />
    ) : null,
    may.orders ? (
      <StatCard
        key="balance-due"
        label="Orders with a balance due"
        value={c.ordersWithBalanceDue}
        hint="Deposit orders not yet fully paid"
        href="/admin/orders?balance=due"
      />
    ) : null,
    failed ? (
      <StatCard
        key="failed-today"
        label="Deliveries failed today"
        value={failed.count}
        hint={failed.count ? "Reschedule or return them" : "No failed attempt today"}
        href={`/admin/deliveries?status=FAILED&failedOn=${failed.day}`}
      />
    ) : null,
    paymentsToReview !== null ? (
      <StatCard
        key="payments-review"
        label="Payments needing review"
        value={paymentsToReview}
        hint={paymentsToReview ? "Paystack disagreed with our record" : "Nothing to check"}
        href="/admin/payments?review=1"
      />
    ) : null,
  ].filter(Boolean);
  return (
    <>
      <DashboardHeading title={`Welcome, ${user.name.split(" ")[0]}`} description="Londom Imports platform overview" />
      {needsAction.length ? (
        <>
          <h2 className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">Needs action</h2>
          <div className="mb-8 grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-5">{needsAction}</div>
        </>
      ) : null}
      <h2 className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">Platform</h2>
      <div className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        <StatCard
          label="Active vendors"
          value={c.activeVendors}
          hint={c.pendingVendors ? `${c.pendingVendors} awaiting approval` : "None awaiting approval"}
          {...(may.vendors ? { href: "/admin/vendors" } : {})}
        />
        <StatCard label="Live products" value={c.activeProducts} />
        <StatCard
          label="Open batches"
          value={c.openBatches}
          hint="Accepting pre-orders"
          {...(may.batches ? { href: "/admin/batches" } : {})}
        />
        <StatCard
          label="Orders"
          value={c.orders}
          hint={`${c.paidOrders} paid`}
          {...(may.orders ? { href: "/admin/orders" } : {})}
        />
      </div>
    </>
  );
}
