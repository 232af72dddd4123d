import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Coupons · Admin" };

export default async function AdminCouponsPage() {
  const { item } = await requireAdminSection("/admin/coupons");
  return <ComingSoon title={item.label} description={item.description} />;
}
