import { ChevronRight, MapPin, Package, ShieldCheck, Store } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/app/(shop)/account/_components/sign-out-button";
import { requireUserPage } from "@/lib/auth/guards";
import { isAdmin } from "@/lib/auth/rbac";

export const metadata: Metadata = { title: "Your account" };

const ROLE_LABELS: Record<string, string> = { CUSTOMER: "Customer", VENDOR: "Vendor", ADMIN: "Staff" };

export default async function AccountPage() {
  const user = await requireUserPage("/account");
  const links = [
    { href: "/orders", label: "Your orders", text: "Track pre-orders and deliveries", icon: Package },
    { href: "/account/addresses", label: "Addresses", text: "Where we deliver in Ghana", icon: MapPin },
    ...(user.membership
      ? [{ href: "/vendor", label: "Vendor dashboard", text: "Products, orders and payouts", icon: Store }]
      : []),
    ...(isAdmin(user) ? [{ href: "/admin", label: "Admin", text: "Run the platform", icon: ShieldCheck }] : []),
  ];

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:py-12">
      <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">Your account</h1>

      <section
        aria-labelledby="profile-heading"
        className="mt-6 rounded-card bg-surface p-5 shadow-card ring-1 ring-black/5 sm:p-6"
      >
        <h2 id="profile-heading" className="sr-only">
          Profile
        </h2>
        <div className="flex items-center gap-4">
          <span
            aria-hidden
            className="flex h-14 w-14 items-center justify-center rounded-full bg-brand-600 text-xl font-semibold text-white"
          >
            {user.name.trim().charAt(0).toUpperCase() || "?"}
          </span>
          <div className="min-w-0 flex-1">
            <p className="truncate text-lg font-semibold text-ink">{user.name}</p>
            <p className="truncate text-sm text-ink-muted">{user.email}</p>
          </div>
          <div className="hidden sm:block">
            <SignOutButton />
          </div>
        </div>
        <dl className="mt-5 grid gap-4 border-t border-black/5 pt-5 sm:grid-cols-2">
          <div>
            <dt className="text-xs font-medium tracking-wide text-ink-subtle uppercase">Roles</dt>
            <dd className="mt-1.5 flex flex-wrap gap-1.5">
              {user.roles.map((role) => (
                <span
                  key={role}
                  className="rounded-pill bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800"
                >
                  {ROLE_LABELS[role] ?? role}
                </span>
              ))}
              {user.adminPermissions.map((p) => (
                <span
                  key={p}
                  className="rounded-pill bg-accent-100 px-2.5 py-0.5 text-xs font-semibold text-accent-600"
                >
                  {p.charAt(0) + p.slice(1).toLowerCase()}
                </span>
              ))}
            </dd>
          </div>
          {user.membership ? (
            <div>
              <dt className="text-xs font-medium tracking-wide text-ink-subtle uppercase">Vendor</dt>
              <dd className="mt-1.5 text-sm text-ink">
                <Link
                  href={`/v/${user.membership.vendorSlug}`}
                  className="font-medium text-brand-700 underline-offset-4 hover:underline"
                >
                  {user.membership.vendorSlug}
                </Link>{" "}
                <span className="text-ink-muted">· {user.membership.role === "OWNER" ? "Owner" : "Staff"}</span>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <nav
        aria-label="Account"
        className="mt-6 divide-y divide-black/5 overflow-hidden rounded-card bg-surface shadow-card ring-1 ring-black/5"
      >
        {links.map(({ href, label, text, icon: Icon }) => (
          <Link key={href} href={href} className="flex items-center gap-4 px-5 py-4 hover:bg-surface-muted">
            <Icon className="h-5 w-5 text-brand-600" aria-hidden />
            <span className="min-w-0 flex-1">
              <span className="block font-medium text-ink">{label}</span>
              <span className="block text-sm text-ink-muted">{text}</span>
            </span>
            <ChevronRight className="h-5 w-5 text-ink-subtle" aria-hidden />
          </Link>
        ))}
      </nav>

      <div className="mt-6 sm:hidden">
        <SignOutButton className="w-full" />
      </div>
    </div>
  );
}
