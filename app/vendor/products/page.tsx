import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorPage } from "@/lib/auth/guards";
import { vendorNavItem } from "../_lib/nav";

export const metadata: Metadata = { title: "Products · Vendor" };

export default async function VendorProductsPage() {
  await requireVendorPage("/vendor/products");
  const item = vendorNavItem("/vendor/products");
  return <ComingSoon title={item.label} description={item.description} />;
}
