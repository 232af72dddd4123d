import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Payouts · Admin" };

export default async function AdminPayoutsPage() {
  const { item } = await requireAdminSection("/admin/payouts");
  return <ComingSoon title={item.label} description={item.description} />;
}
