import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Products · Vendor" };

export default async function VendorProductsPage() {
  const { item } = await requireVendorSection("/vendor/products");
  return <ComingSoon title={item.label} description={item.description} />;
}
