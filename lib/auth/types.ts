// The signed-in user as every guard, page and route sees it (carried in the JWT).
// Client-safe: types only.
import type { AdminPermission, MembershipRole, Role } from "@/lib/generated/prisma/enums";

export type TMembership = { vendorId: string; vendorSlug: string; role: MembershipRole };

export type TSessionUser = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  adminPermissions: AdminPermission[];
  /** The vendor this user works for (at most one), or null. */
  membership: TMembership | null;
};

/** What the storefront shows of the signed-in visitor (GET /api/v1/me). */
export type TViewer = { name: string; email: string; isVendor: boolean; isAdmin: boolean };
