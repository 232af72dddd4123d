import type { ReactNode } from "react";
import { DashboardShell } from "@/components/ui/dashboard-shell";
import { requireVendorPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/rbac";
import { formatDate } from "@/lib/dates";
import { getVendorStanding } from "@/lib/vendors/get-vendor-standing";
import { VENDOR_NAV } from "./_lib/nav";

// Members only. Every page below checks the membership again itself (a layout alone is not
// authorization: pages can render without it on client navigations).
export const dynamic = "force-dynamic";

export default async function VendorLayout({ children }: { children: ReactNode }) {
  const { user, vendorId, vendorSlug } = await requireVendorPage("/vendor", "vendor:dashboard");
  const standing = await getVendorStanding(vendorId);
  return (
    <DashboardShell
      title="Vendor dashboard"
      context={vendorSlug}
      items={VENDOR_NAV.filter((i) => can(user, i.action, { vendorId })).map(({ href, label, icon }) => ({
        href,
        label,
        icon,
      }))}
      rootHref="/vendor"
    >
      {standing?.status === "SUSPENDED" ? (
        <div
          role="alert"
          data-testid="vendor-suspended"
          className="mb-6 rounded-card bg-danger-50 px-4 py-3 text-sm text-danger-700"
        >
          <p className="font-semibold">
            Your shop is suspended{standing.suspendedAt ? ` since ${formatDate(standing.suspendedAt)}` : ""}: your
            products are hidden from the storefront and cannot be bought.
          </p>
          {standing.suspensionReason ? <p className="mt-1">Reason: {standing.suspensionReason}</p> : null}
          <p className="mt-1">
            Orders already paid still need to be sourced and handed over. Questions: support@londom.test.
          </p>
        </div>
      ) : null}
      {children}
    </DashboardShell>
  );
}
