import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Payouts · Vendor" };

export default async function VendorPayoutsPage() {
  const { item } = await requireVendorSection("/vendor/payouts");
  return <ComingSoon title={item.label} description={item.description} />;
}
