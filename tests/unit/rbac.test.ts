import { describe, expect, it } from "vitest";
import { allowedAdminActions, can, hasAdminPermission, isAdmin, RBAC_MATRIX, type TAction } from "@/lib/auth/rbac";
import type { TSessionUser } from "@/lib/auth/types";
import type { AdminPermission } from "@/lib/generated/prisma/enums";

const VENDOR_A = "vendor_a";
const VENDOR_B = "vendor_b";

function user(over: Partial<TSessionUser> = {}): TSessionUser {
  return {
    id: "u1",
    email: "u@test.dev",
    name: "U",
    roles: ["CUSTOMER"],
    adminPermissions: [],
    membership: null,
    ...over,
  };
}
const customer = user();
const owner = user({
  roles: ["CUSTOMER", "VENDOR"],
  membership: { vendorId: VENDOR_A, vendorSlug: "a", role: "OWNER" },
});
const staff = user({
  roles: ["CUSTOMER", "VENDOR"],
  membership: { vendorId: VENDOR_A, vendorSlug: "a", role: "STAFF" },
});
const adminWith = (...perms: AdminPermission[]) => user({ roles: ["ADMIN"], adminPermissions: perms });

const ALL_ACTIONS = Object.keys(RBAC_MATRIX) as TAction[];
const ADMIN_ACTIONS = ALL_ACTIONS.filter((a) => a.startsWith("admin:"));
const VENDOR_ACTIONS = ALL_ACTIONS.filter((a) => a.startsWith("vendor:"));

describe("rbac matrix", () => {
  it("denies everything to anonymous visitors", () => {
    for (const action of ALL_ACTIONS) {
      expect(can(null, action, { vendorId: VENDOR_A })).toBe(false);
      expect(can(undefined, action)).toBe(false);
    }
  });

  it("lets any signed-in user do customer things but no vendor or admin things", () => {
    expect(can(customer, "orders:place")).toBe(true);
    expect(can(customer, "account:read")).toBe(true);
    for (const action of [...VENDOR_ACTIONS, ...ADMIN_ACTIONS])
      expect(can(customer, action, { vendorId: VENDOR_A })).toBe(false);
  });

  it("gives STAFF the day-to-day vendor actions and OWNER everything for their vendor", () => {
    expect(can(staff, "vendor:products:write", { vendorId: VENDOR_A })).toBe(true);
    expect(can(staff, "vendor:orders:fulfil", { vendorId: VENDOR_A })).toBe(true);
    expect(can(staff, "vendor:payouts:manage", { vendorId: VENDOR_A })).toBe(false);
    expect(can(staff, "vendor:members:manage", { vendorId: VENDOR_A })).toBe(false);
    for (const action of VENDOR_ACTIONS) expect(can(owner, action, { vendorId: VENDOR_A })).toBe(true);
  });

  it("never crosses vendors and needs the vendor id (fail closed)", () => {
    for (const action of VENDOR_ACTIONS) {
      expect(can(owner, action, { vendorId: VENDOR_B })).toBe(false);
      expect(can(owner, action)).toBe(false);
    }
    for (const action of ADMIN_ACTIONS) expect(can(owner, action, { vendorId: VENDOR_A })).toBe(false);
  });

  it("maps each admin permission to its own areas only", () => {
    const expectations: [AdminPermission, TAction[]][] = [
      ["OPS", ["admin:batches", "admin:deliveries", "admin:vendors", "admin:orders", "admin:dashboard"]],
      ["FINANCE", ["admin:payments", "admin:refunds", "admin:payouts", "admin:reconciliation", "admin:dashboard"]],
      ["SUPPORT", ["admin:tickets", "admin:orders", "admin:dashboard"]],
    ];
    for (const [perm, allowed] of expectations) {
      const a = adminWith(perm);
      for (const action of allowed) expect(can(a, action), `${perm} → ${action}`).toBe(true);
      for (const action of ["admin:users", "admin:audit", "admin:settings"] as const)
        expect(can(a, action), `${perm} → ${action}`).toBe(false);
    }
    expect(can(adminWith("OPS"), "admin:payments")).toBe(false);
    expect(can(adminWith("FINANCE"), "admin:batches")).toBe(false);
    expect(can(adminWith("SUPPORT"), "admin:refunds")).toBe(false);
    // support reads orders and writes notes; only ops refunds money out of one
    expect(can(adminWith("SUPPORT"), "admin:orders:manage")).toBe(false);
    expect(can(adminWith("FINANCE"), "admin:orders:manage")).toBe(false);
    expect(can(adminWith("OPS"), "admin:orders:manage")).toBe(true);
  });

  it("opens the rider page to riders and ops admins only", () => {
    const rider = user({ roles: ["RIDER"] });
    expect(can(rider, "rider:deliveries")).toBe(true);
    expect(can(adminWith("OPS"), "rider:deliveries")).toBe(true);
    expect(can(adminWith("SUPERADMIN"), "rider:deliveries")).toBe(true);
    for (const other of [customer, owner, staff, adminWith("FINANCE"), adminWith("SUPPORT")])
      expect(can(other, "rider:deliveries")).toBe(false);
    expect(can(user({ adminPermissions: ["OPS"] }), "rider:deliveries")).toBe(false);
    for (const action of [...ADMIN_ACTIONS, ...VENDOR_ACTIONS])
      expect(can(rider, action, { vendorId: VENDOR_A })).toBe(false);
  });

  it("SUPERADMIN implies every admin permission but no vendor access", () => {
    const superadmin = adminWith("SUPERADMIN");
    for (const action of ADMIN_ACTIONS) expect(can(superadmin, action)).toBe(true);
    for (const perm of ["OPS", "FINANCE", "SUPPORT"] as const) expect(hasAdminPermission(superadmin, perm)).toBe(true);
    for (const action of VENDOR_ACTIONS) expect(can(superadmin, action, { vendorId: VENDOR_A })).toBe(false);
    expect(allowedAdminActions(superadmin)).toEqual(ADMIN_ACTIONS);
  });

  it("ignores admin permissions without the ADMIN role", () => {
    const stray = user({ adminPermissions: ["SUPERADMIN"] });
    for (const action of ADMIN_ACTIONS) expect(can(stray, action)).toBe(false);
    expect(isAdmin(stray)).toBe(false);
    expect(isAdmin(user({ roles: ["ADMIN"] }))).toBe(false);
    expect(isAdmin(adminWith("SUPPORT"))).toBe(true);
  });

  it("refuses unknown actions, including prototype keys", () => {
    const superadmin = adminWith("SUPERADMIN");
    for (const action of ["admin:everything", "toString", "__proto__", "constructor", ""]) {
      expect(can(superadmin, action as TAction)).toBe(false);
      expect(can(owner, action as TAction, { vendorId: VENDOR_A })).toBe(false);
    }
  });
});
