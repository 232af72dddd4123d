import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Settings · Vendor" };

export default async function VendorSettingsPage() {
  const { item } = await requireVendorSection("/vendor/settings");
  return <ComingSoon title={item.label} description={item.description} />;
}
