import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Vendors · Admin" };

export default async function AdminVendorsPage() {
  const { item } = await requireAdminSection("/admin/vendors");
  return <ComingSoon title={item.label} description={item.description} />;
}
