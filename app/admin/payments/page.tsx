import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Payments · Admin" };

export default async function AdminPaymentsPage() {
  const { item } = await requireAdminSection("/admin/payments");
  return <ComingSoon title={item.label} description={item.description} />;
}
