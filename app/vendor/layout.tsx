import type { ReactNode } from "react";
import { DashboardShell } from "@/components/ui/dashboard-shell";
import { requireVendorPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/rbac";
import { VENDOR_NAV } from "./_lib/nav";

// Members only. Every page below checks the membership again itself (a layout alone is not
// authorization: pages can render without it on client navigations).
export const dynamic = "force-dynamic";

export default async function VendorLayout({ children }: { children: ReactNode }) {
  const { user, vendorId, vendorSlug } = await requireVendorPage("/vendor", "vendor:dashboard");
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
      {children}
    </DashboardShell>
  );
}
