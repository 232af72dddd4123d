// The one role/permission matrix. Every check is fail-closed: no user, an unknown action, a
// vendor action without a vendor id, or an admin without the ADMIN role → false.
import type { AdminPermission, MembershipRole } from "@/lib/generated/prisma/enums";
import type { TMembership, TSessionUser } from "./types";

type TRule =
  | { kind: "user" }
  | { kind: "vendor"; minRole: MembershipRole }
  /** Any of these permissions; SUPERADMIN implies all, so [] means SUPERADMIN only. */
  | { kind: "admin"; anyOf: readonly AdminPermission[] }
  /** Carries deliveries: the RIDER role, or an admin with one of these permissions (ops can ride). */
  | { kind: "rider"; orAdmin: readonly AdminPermission[] };

const USER = { kind: "user" } as const;
const STAFF = { kind: "vendor", minRole: "STAFF" } as const;
const OWNER = { kind: "vendor", minRole: "OWNER" } as const;
const admin = (...anyOf: AdminPermission[]) => ({ kind: "admin", anyOf }) as const;

export const RBAC_MATRIX = {
  // customers (every signed-in user)
  "account:read": USER,
  "account:write": USER,
  "orders:place": USER,
  "orders:read-own": USER,
  "orders:cancel-own": USER,
  "reviews:write": USER,
  "tickets:create": USER,
  /** Apply to sell (/sell): any signed-in user without a vendor membership. */
  "sell:apply": USER,
  // vendor members (per vendor)
  "vendor:dashboard": STAFF,
  "vendor:products:read": STAFF,
  "vendor:products:write": STAFF,
  "vendor:inventory:write": STAFF,
  "vendor:orders:read": STAFF,
  "vendor:orders:fulfil": STAFF,
  "vendor:payouts:read": OWNER,
  "vendor:payouts:manage": OWNER,
  "vendor:settings:write": OWNER,
  "vendor:members:manage": OWNER,
  // riders (and ops admins, who may carry a delivery themselves): only deliveries assigned to them
  "rider:deliveries": { kind: "rider", orAdmin: ["OPS"] },
  // platform staff
  "admin:dashboard": admin("OPS", "FINANCE", "SUPPORT"),
  "admin:metrics": admin("OPS", "FINANCE"),
  "admin:batches": admin("OPS"),
  "admin:orders": admin("OPS", "SUPPORT"),
  /** Actions that refund money from an order (cancel it, mark a line unavailable). */
  "admin:orders:manage": admin("OPS"),
  "admin:deliveries": admin("OPS"),
  "admin:vendors": admin("OPS"),
  "admin:coupons": admin("OPS"),
  "admin:payments": admin("FINANCE"),
  "admin:refunds": admin("FINANCE"),
  "admin:payouts": admin("FINANCE"),
  "admin:reconciliation": admin("FINANCE"),
  "admin:tickets": admin("SUPPORT"),
  "admin:users": admin(),
  "admin:audit": admin(),
  "admin:settings": admin(),
} as const satisfies Record<string, TRule>;

export type TAction = keyof typeof RBAC_MATRIX;
export type TRbacContext = { vendorId?: string | undefined };

const MEMBERSHIP_RANK: Record<MembershipRole, number> = { STAFF: 1, OWNER: 2 };

export function meetsMembershipRole(role: MembershipRole, minRole: MembershipRole): boolean {
  return (MEMBERSHIP_RANK[role] ?? 0) >= (MEMBERSHIP_RANK[minRole] ?? Infinity);
}

export function membershipFor(user: TSessionUser | null | undefined, vendorId: string | undefined): TMembership | null {
  if (!user || !vendorId) return null;
  return user.membership?.vendorId === vendorId ? user.membership : null;
}

export function isAdmin(user: TSessionUser | null | undefined): boolean {
  return Boolean(user?.roles.includes("ADMIN") && user.adminPermissions.length > 0);
}

/** ADMIN role plus the permission (or SUPERADMIN). */
export function hasAdminPermission(user: TSessionUser | null | undefined, permission: AdminPermission): boolean {
  if (!user?.roles.includes("ADMIN")) return false;
  return user.adminPermissions.includes("SUPERADMIN") || user.adminPermissions.includes(permission);
}

export function can(user: TSessionUser | null | undefined, action: TAction, ctx: TRbacContext = {}): boolean {
  if (!user) return false;
  const rule: TRule | undefined = Object.hasOwn(RBAC_MATRIX, action) ? RBAC_MATRIX[action] : undefined;
  if (!rule) return false;
  switch (rule.kind) {
    case "user":
      return true;
    case "vendor": {
      const membership = membershipFor(user, ctx.vendorId);
      return membership ? meetsMembershipRole(membership.role, rule.minRole) : false;
    }
    case "admin":
      if (!user.roles.includes("ADMIN")) return false;
      return user.adminPermissions.includes("SUPERADMIN") || rule.anyOf.some((p) => user.adminPermissions.includes(p));
    case "rider":
      if (user.roles.includes("RIDER")) return true;
      if (!user.roles.includes("ADMIN")) return false;
      return (
        user.adminPermissions.includes("SUPERADMIN") || rule.orAdmin.some((p) => user.adminPermissions.includes(p))
      );
    default:
      return false;
  }
}

/** The admin actions a user may take (for navigation). */
export function allowedAdminActions(user: TSessionUser | null | undefined): TAction[] {
  return (Object.keys(RBAC_MATRIX) as TAction[]).filter((a) => a.startsWith("admin:") && can(user, a));
}
