import type { TDashboardNavItem } from "@/components/ui/dashboard-nav";
import type { TAction } from "@/lib/auth/rbac";

/** Sections of the vendor dashboard (product.md), each with the RBAC action that opens it. */
export const VENDOR_NAV: (TDashboardNavItem & { description: string; action: TAction })[] = [
  {
    href: "/vendor",
    label: "Overview",
    icon: "overview",
    action: "vendor:dashboard",
    description: "Your store at a glance.",
  },
  {
    href: "/vendor/products",
    label: "Products",
    icon: "products",
    action: "vendor:products:read",
    description: "Create and edit products, variants, prices, stock and batch caps; import and export CSV.",
  },
  {
    href: "/vendor/orders",
    label: "Orders",
    icon: "orders",
    action: "vendor:orders:read",
    description: "Your order lines grouped by batch: mark procured or cannot source, hand over to consolidation.",
  },
  {
    href: "/vendor/stock",
    label: "Stock",
    icon: "stock",
    action: "vendor:products:read",
    description:
      "Stock on hand per in-stock variant, adjustments with a reason, movement history and low-stock alerts.",
  },
  {
    href: "/vendor/payouts",
    label: "Payouts",
    icon: "payouts",
    action: "vendor:payouts:read",
    description: "Earnings held and released, platform fees per line, and your payout history.",
  },
  {
    href: "/vendor/settings",
    label: "Settings",
    icon: "settings",
    action: "vendor:settings:write",
    description: "Business details, payout account (bank or Mobile Money) and team members.",
  },
];

export function vendorNavItem(href: string) {
  const item = VENDOR_NAV.find((i) => i.href === href);
  if (!item) throw new Error(`unknown vendor nav item ${href}`);
  return item;
}
