import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Batches · Admin" };

export default async function AdminBatchesPage() {
  const { item } = await requireAdminSection("/admin/batches");
  return <ComingSoon title={item.label} description={item.description} />;
}
