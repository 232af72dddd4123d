import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowLeft } from "lucide-react";
import { AccountMenu } from "@/components/auth/account-menu";
import { Logo } from "@/components/shop/layout/logo";
import { DashboardMobileNav } from "@/components/ui/dashboard-mobile-nav";
import { DashboardNav, type TDashboardNavItem } from "@/components/ui/dashboard-nav";

/** Frame for /vendor and /admin: top bar, sidebar on desktop, drawer on phones. */
export function DashboardShell({
  title,
  context,
  items,
  rootHref,
  children,
}: {
  title: string;
  context?: string;
  items: TDashboardNavItem[];
  rootHref: string;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen bg-surface-muted print:bg-white">
      <header className="sticky top-0 z-30 border-b border-black/5 bg-surface print:hidden">
        <div className="flex h-16 items-center gap-3 px-3 sm:px-6">
          <DashboardMobileNav title={title} items={items} rootHref={rootHref} />
          <Logo />
          <span className="hidden h-6 w-px bg-black/10 sm:block" aria-hidden="true" />
          <p className="hidden text-sm font-semibold text-ink sm:block">
            {title}
            {context ? <span className="font-normal text-ink-muted"> · {context}</span> : null}
          </p>
          <div className="ml-auto flex items-center gap-2">
            <Link
              href="/"
              className="hidden items-center gap-1.5 rounded-control px-3 py-2 text-sm font-medium text-ink-muted hover:bg-black/5 hover:text-ink md:inline-flex"
            >
              <ArrowLeft aria-hidden="true" className="h-4 w-4" /> Back to shop
            </Link>
            <AccountMenu />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-page gap-8 px-3 py-6 sm:px-6">
        <nav aria-label={title} className="sticky top-22 hidden w-56 shrink-0 self-start lg:block print:hidden">
          <DashboardNav items={items} rootHref={rootHref} />
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}

/** Page title block used by every dashboard page. */
export function DashboardHeading({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-extrabold tracking-tight text-ink">{title}</h1>
        {description ? <p className="mt-1 text-sm text-ink-muted">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}

/** A section whose tools arrive in a later release: a real heading and what it will do. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <>
      <DashboardHeading title={title} description={description} />
      <div className="rounded-card border border-dashed border-black/15 bg-surface px-6 py-12 text-center">
        <p className="text-sm font-semibold text-ink">Coming soon</p>
        <p className="mx-auto mt-1 max-w-md text-sm text-ink-muted">
          This section is being built. Everything here will also be available through the API.
        </p>
      </div>
    </>
  );
}

export function StatCard({
  label,
  value,
  hint,
  href,
}: {
  label: string;
  value: number | string;
  hint?: string;
  href?: string;
}) {
  const body = (
    <>
      <p className="text-sm text-ink-muted">{label}</p>
      <p className="mt-1 text-3xl font-extrabold tracking-tight text-ink tabular-nums">{value}</p>
      {hint ? <p className="mt-1 text-xs text-ink-muted">{hint}</p> : null}
    </>
  );
  const cls = "block rounded-card bg-surface p-5 ring-1 ring-black/5 shadow-card";
  return href ? (
    <Link href={href} className={`${cls} hover:ring-brand-600/40`}>
      {body}
    </Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}

/** not-found.tsx of the dashboards: shown for unknown pages and sections the user may not open. */
export function DashboardNotFound({ homeHref }: { homeHref: string }) {
  return (
    <div className="rounded-card bg-surface px-6 py-16 text-center ring-1 ring-black/5">
      <h1 className="text-xl font-bold text-ink">Page not found</h1>
      <p className="mx-auto mt-2 max-w-md text-sm text-ink-muted">
        This page does not exist, or your role does not include it.
      </p>
      <Link
        href={homeHref}
        className="mt-6 inline-flex h-11 items-center rounded-control bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Back to the overview
      </Link>
    </div>
  );
}
