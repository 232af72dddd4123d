import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorPage } from "@/lib/auth/guards";
import { vendorNavItem } from "../_lib/nav";

export const metadata: Metadata = { title: "Settings · Vendor" };

export default async function VendorSettingsPage() {
  await requireVendorPage("/vendor/settings", { minRole: "OWNER" });
  const item = vendorNavItem("/vendor/settings");
  return <ComingSoon title={item.label} description={item.description} />;
}
