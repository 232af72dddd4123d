import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { Logo } from "@/components/shop/layout/logo";
import { requireRiderPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/rbac";

// Riders (and ops admins carrying a delivery) only. The page checks again itself (a layout
// alone is not authorization). Phone-first: one column, big targets, no sidebar.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My deliveries · Rider" };

export default async function RiderLayout({ children }: { children: ReactNode }) {
  const user = await requireRiderPage("/rider");
  return (
    <div className="min-h-screen bg-surface-muted">
      <header className="sticky top-0 z-30 border-b border-black/5 bg-surface">
        <div className="mx-auto flex h-14 max-w-2xl items-center gap-3 px-3 sm:px-6">
          <Logo />
          <span className="h-6 w-px bg-black/10" aria-hidden="true" />
          <p className="min-w-0 truncate text-sm font-semibold text-ink">Rider</p>
          <div className="ml-auto flex items-center gap-1">
            {can(user, "admin:deliveries") ? (
              <Link
                href="/admin/deliveries"
                className="hidden rounded-control px-3 py-2 text-sm font-medium text-ink-muted hover:bg-black/5 hover:text-ink sm:inline-flex"
              >
                Deliveries board
              </Link>
            ) : null}
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-3 py-4 sm:px-6 sm:py-6">
        {children}
      </main>
    </div>
  );
}
