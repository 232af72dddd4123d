import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Reconciliation · Admin" };

export default async function AdminReconciliationPage() {
  const { item } = await requireAdminSection("/admin/reconciliation");
  return <ComingSoon title={item.label} description={item.description} />;
}
