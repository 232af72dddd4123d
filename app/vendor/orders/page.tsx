import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Orders · Vendor" };

export default async function VendorOrdersPage() {
  const { item } = await requireVendorSection("/vendor/orders");
  return <ComingSoon title={item.label} description={item.description} />;
}
