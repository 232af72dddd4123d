import "server-only";
import { requireVendorPage } from "@/lib/auth/guards";
import { vendorNavItem } from "./nav";

/** Vendor page guard: signed-out → sign-in; no membership or lacking the section's RBAC action → 404. */
export async function requireVendorSection(href: string) {
  const item = vendorNavItem(href);
  const vendor = await requireVendorPage(href, item.action);
  return { ...vendor, item };
}
