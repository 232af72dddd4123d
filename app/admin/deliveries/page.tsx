import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Deliveries · Admin" };

export default async function AdminDeliveriesPage() {
  const { item } = await requireAdminSection("/admin/deliveries");
  return <ComingSoon title={item.label} description={item.description} />;
}
