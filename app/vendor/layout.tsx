import type { ReactNode } from "react";
import { DashboardShell } from "@/components/ui/dashboard-shell";
import { requireVendorPage } from "@/lib/auth/guards";
import { VENDOR_NAV } from "./_lib/nav";

// Members only. Every page below checks the membership again itself (a layout alone is not
// authorization: pages can render without it on client navigations).
export const dynamic = "force-dynamic";

export default async function VendorLayout({ children }: { children: ReactNode }) {
  const user = await requireVendorPage("/vendor");
  return (
    <DashboardShell
      title="Vendor dashboard"
      context={user.membership.vendorSlug}
      items={VENDOR_NAV.filter((i) => !i.minRole || user.membership.role === "OWNER").map(({ href, label, icon }) => ({
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
