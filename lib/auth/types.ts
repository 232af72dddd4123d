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
  memberships: TMembership[];
};
