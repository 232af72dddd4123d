import type { TDashboardNavItem } from "@/components/ui/dashboard-nav";

import type { MembershipRole } from "@/lib/generated/prisma/enums";

/** Sections of the vendor dashboard (product.md); OWNER-only ones are hidden from staff. */
export const VENDOR_NAV: (TDashboardNavItem & { description: string; minRole?: MembershipRole })[] = [
  { href: "/vendor", label: "Overview", icon: "overview", description: "Your store at a glance." },
  {
    href: "/vendor/products",
    label: "Products",
    icon: "products",
    description: "Create and edit products, variants, prices, stock and batch caps; import and export CSV.",
  },
  {
    href: "/vendor/orders",
    label: "Orders",
    icon: "orders",
    description: "Your order lines grouped by batch: mark procured or cannot source, hand over to consolidation.",
  },
  {
    href: "/vendor/payouts",
    label: "Payouts",
    icon: "payouts",
    description: "Earnings held and released, platform fees per line, and your payout history.",
    minRole: "OWNER",
  },
  {
    href: "/vendor/settings",
    label: "Settings",
    icon: "settings",
    description: "Business details, payout account (bank or Mobile Money) and team members.",
    minRole: "OWNER",
  },
];

export function vendorNavItem(href: string) {
  const item = VENDOR_NAV.find((i) => i.href === href);
  if (!item) throw new Error(`unknown vendor nav item ${href}`);
  return item;
}
