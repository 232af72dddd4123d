import type { ReactNode } from "react";
import { DashboardShell } from "@/components/ui/dashboard-shell";
import { requireAdminPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/rbac";
import { ADMIN_NAV } from "./_lib/nav";

// Staff only; the sidebar lists the sections this admin's permissions open. Every page checks
// its own permission again (requireAdminSection).
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireAdminPage("/admin");
  const items = ADMIN_NAV.filter((i) => can(user, i.action)).map(({ href, label, icon }) => ({ href, label, icon }));
  return (
    <DashboardShell
      title="Admin"
      context={user.adminPermissions.map((p) => p.toLowerCase()).join(", ")}
      items={items}
      rootHref="/admin"
    >
      {children}
    </DashboardShell>
  );
}
