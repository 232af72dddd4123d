import "server-only";
import { requireAdminPage } from "@/lib/auth/guards";
import { adminNavItem } from "./nav";

/** Admin page guard: signed-out → sign-in; not an admin or lacking the section's RBAC action → 404. */
export async function requireAdminSection(href: string) {
  const item = adminNavItem(href);
  const user = await requireAdminPage(href, item.action);
  return { user, item };
}
