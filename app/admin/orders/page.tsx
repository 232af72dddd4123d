import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Orders · Admin" };

export default async function AdminOrdersPage() {
  const { item } = await requireAdminSection("/admin/orders");
  return <ComingSoon title={item.label} description={item.description} />;
}
