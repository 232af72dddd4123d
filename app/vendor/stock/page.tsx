import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Stock · Vendor" };

export default async function VendorStockPage() {
  const { item } = await requireVendorSection("/vendor/stock");
  return <ComingSoon title={item.label} description={item.description} />;
}
