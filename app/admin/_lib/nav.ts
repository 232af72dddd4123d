import type { TDashboardNavItem } from "@/components/ui/dashboard-nav";
import type { TAction } from "@/lib/auth/rbac";

/** Sections of the admin dashboard (product.md), each with the RBAC action that opens it. */
export const ADMIN_NAV: (TDashboardNavItem & { description: string; action: TAction })[] = [
  {
    href: "/admin",
    label: "Overview",
    icon: "overview",
    action: "admin:dashboard",
    description: "Platform health at a glance.",
  },
  {
    href: "/admin/batches",
    label: "Batches",
    icon: "batches",
    action: "admin:batches",
    description: "Create, open, close and ship batches; arrival, completion, cancellation and manifests.",
  },
  {
    href: "/admin/orders",
    label: "Orders",
    icon: "orders",
    action: "admin:orders",
    description: "Every order with its lines, payments, events and timeline.",
  },
  {
    href: "/admin/deliveries",
    label: "Deliveries",
    icon: "deliveries",
    action: "admin:deliveries",
    description: "Schedule deliveries, assign riders, record delivery codes; zones, fees and pickup points.",
  },
  {
    href: "/admin/payments",
    label: "Payments",
    icon: "payments",
    action: "admin:payments",
    description: "Every payment with its Paystack state; full and partial refunds.",
  },
  {
    href: "/admin/reconciliation",
    label: "Reconciliation",
    icon: "reconciliation",
    action: "admin:reconciliation",
    description: "Our records against Paystack's transactions and settlements, with every mismatch to resolve.",
  },
  {
    href: "/admin/payouts",
    label: "Payouts",
    icon: "money",
    action: "admin:payouts",
    description: "Release vendor earnings and retry failed transfers.",
  },
  {
    href: "/admin/vendors",
    label: "Vendors",
    icon: "vendors",
    action: "admin:vendors",
    description: "Approve or suspend vendors, set fee rates, see reliability rankings.",
  },
  {
    href: "/admin/users",
    label: "Users",
    icon: "users",
    action: "admin:users",
    description: "Users, roles and admin permissions.",
  },
  {
    href: "/admin/coupons",
    label: "Coupons",
    icon: "coupons",
    action: "admin:coupons",
    description: "Percentage, fixed and free-delivery coupons with limits and expiry.",
  },
  {
    href: "/admin/tickets",
    label: "Support tickets",
    icon: "tickets",
    action: "admin:tickets",
    description: "Customer support tickets and FAQ content.",
  },
  {
    href: "/admin/settings",
    label: "Settings",
    icon: "settings",
    action: "admin:settings",
    description: "Platform fee, deposit, checkout timing, automatic cancel under a batch's minimum, payout rules.",
  },
  {
    href: "/admin/audit",
    label: "Audit log",
    icon: "audit",
    action: "admin:audit",
    description: "Every staff action, who did it and when.",
  },
];

export function adminNavItem(href: string) {
  const item = ADMIN_NAV.find((i) => i.href === href);
  if (!item) throw new Error(`unknown admin nav item ${href}`);
  return item;
}
