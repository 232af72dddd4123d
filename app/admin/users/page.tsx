import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/dashboard-shell";
import { requireAdminSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminUsersPage() {
  const { item } = await requireAdminSection("/admin/users");
  return <ComingSoon title={item.label} description={item.description} />;
}
