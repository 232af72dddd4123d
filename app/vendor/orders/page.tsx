import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorPage } from "@/lib/auth/guards";
import { vendorNavItem } from "../_lib/nav";

export const metadata: Metadata = { title: "Orders · Vendor" };

export default async function VendorOrdersPage() {
  await requireVendorPage("/vendor/orders");
  const item = vendorNavItem("/vendor/orders");
  return <ComingSoon title={item.label} description={item.description} />;
}
