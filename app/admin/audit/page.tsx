import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Audit · Admin" };

export default async function AdminAuditPage() {
  const { item } = await requireAdminSection("/admin/audit");
  return <ComingSoon title={item.label} description={item.description} />;
}
