"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  BadgeDollarSign,
  Boxes,
  ClipboardList,
  CreditCard,
  FileSearch,
  LayoutDashboard,
  LifeBuoy,
  Package,
  Scale,
  Settings,
  Store,
  Tags,
  Warehouse,
  Truck,
  Users,
  Wallet,
} from "lucide-react";
import { cn } from "@/lib/cn";

// Icons are chosen by name: server layouts cannot pass component functions to a client component.
const ICONS = {
  overview: LayoutDashboard,
  products: Package,
  orders: ClipboardList,
  batches: Boxes,
  payouts: Wallet,
  settings: Settings,
  deliveries: Truck,
  payments: CreditCard,
  reconciliation: Scale,
  vendors: Store,
  users: Users,
  coupons: Tags,
  tickets: LifeBuoy,
  audit: FileSearch,
  money: BadgeDollarSign,
  stock: Warehouse,
} as const;

export type TDashboardIcon = keyof typeof ICONS;
export type TDashboardNavItem = { href: string; label: string; icon: TDashboardIcon };

/** Sidebar links; the current section is highlighted (exact match for the overview). */
export function DashboardNav({
  items,
  rootHref,
  onNavigate,
}: {
  items: TDashboardNavItem[];
  rootHref: string;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        const isActive =
          item.href === rootHref
            ? pathname === rootHref
            : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={isActive ? "page" : undefined}
              className={cn(
                "flex h-10 items-center gap-3 rounded-control px-3 text-sm font-medium",
                isActive ? "bg-brand-50 text-brand-800" : "text-ink-muted hover:bg-black/5 hover:text-ink",
              )}
            >
              <Icon aria-hidden="true" className="h-4.5 w-4.5 shrink-0" />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
