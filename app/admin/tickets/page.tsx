import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Tickets · Admin" };

export default async function AdminTicketsPage() {
  const { item } = await requireAdminSection("/admin/tickets");
  return <ComingSoon title={item.label} description={item.description} />;
}
