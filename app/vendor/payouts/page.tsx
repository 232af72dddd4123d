import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireVendorPage } from "@/lib/auth/guards";
import { vendorNavItem } from "../_lib/nav";

export const metadata: Metadata = { title: "Payouts · Vendor" };

export default async function VendorPayoutsPage() {
  await requireVendorPage("/vendor/payouts", { minRole: "OWNER" });
  const item = vendorNavItem("/vendor/payouts");
  return <ComingSoon title={item.label} description={item.description} />;
}
