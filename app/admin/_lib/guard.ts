import "server-only";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/rbac";
import { adminNavItem } from "./nav";

/** Admin page guard: signed-out → sign-in; not an admin or lacking the section's permission → 404. */
export async function requireAdminSection(href: string) {
  const user = await requireAdminPage(href);
  const item = adminNavItem(href);
  if (!can(user, item.action)) notFound();
  return { user, item };
}
