import { beforeAll, describe, expect, it } from "vitest";
import {
  requireAdmin,
  requireAdminPage,
  requirePermission,
  requireUser,
  requireUserPage,
  requireVendor,
  requireVendorPage,
} from "@/lib/auth/guards";
import type { TSessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { createTestVendor } from "../factories/catalog";
import { createTestUser, sessionUserFor } from "../factories/users";

// Every guard against real users loaded from PostgreSQL the way the JWT callback loads them.
type TWho =
  "anonymous" | "customer" | "otherVendorOwner" | "staff" | "owner" | "opsAdmin" | "financeAdmin" | "superadmin";
const who = {} as Record<TWho, TSessionUser | null>;
let vendorId = "";

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "notFound";
    throw e;
  }
}

beforeAll(async () => {
  const vendor = await createTestVendor();
  const other = await createTestVendor();
  vendorId = vendor.id;
  const make = async (opts: Parameters<typeof createTestUser>[0]) =>
    sessionUserFor({ userId: (await createTestUser(opts)).id });
  who.anonymous = null;
  who.customer = await make({});
  who.otherVendorOwner = await make({
    roles: ["CUSTOMER", "VENDOR"],
    membership: { vendorId: other.id, role: "OWNER" },
  });
  who.staff = await make({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendor.id, role: "STAFF" } });
  who.owner = await make({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendor.id, role: "OWNER" } });
  who.opsAdmin = await make({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
  who.financeAdmin = await make({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
  who.superadmin = await make({ roles: ["ADMIN"], adminPermissions: ["SUPERADMIN"] });
});

const ALL: TWho[] = [
  "anonymous",
  "customer",
  "otherVendorOwner",
  "staff",
  "owner",
  "opsAdmin",
  "financeAdmin",
  "superadmin",
];

async function table(run: (user: TSessionUser | null) => Promise<unknown>): Promise<Record<TWho, string>> {
  const rows = await Promise.all(ALL.map(async (w) => [w, await outcome(run(who[w]))] as const));
  return Object.fromEntries(rows) as Record<TWho, string>;
}

describe("API guards (throwing)", () => {
  it("requireUser: anyone signed in", async () => {
    expect(await table((user) => requireUser({ user }))).toEqual({
      anonymous: "UNAUTHORIZED",
      customer: "ok",
      otherVendorOwner: "ok",
      staff: "ok",
      owner: "ok",
      opsAdmin: "ok",
      financeAdmin: "ok",
      superadmin: "ok",
    });
  });

  it("requireVendor(action): the session's own vendor, through the RBAC matrix", async () => {
    expect(await table((user) => requireVendor("vendor:orders:read", { user }))).toEqual({
      anonymous: "UNAUTHORIZED",
      customer: "FORBIDDEN",
      otherVendorOwner: "ok",
      staff: "ok",
      owner: "ok",
      opsAdmin: "FORBIDDEN",
      financeAdmin: "FORBIDDEN",
      superadmin: "FORBIDDEN",
    });
    const staff = await requireVendor("vendor:orders:fulfil", { user: who.staff });
    expect(staff).toMatchObject({ vendorId, role: "STAFF" });
    const other = await requireVendor("vendor:orders:read", { user: who.otherVendorOwner });
    expect(other.vendorId).not.toBe(vendorId);
  });

  it("requireVendor(owner-only action): STAFF is not enough", async () => {
    for (const action of ["vendor:payouts:read", "vendor:payouts:manage", "vendor:settings:write"] as const)
      expect(await table((user) => requireVendor(action, { user }))).toEqual({
        anonymous: "UNAUTHORIZED",
        customer: "FORBIDDEN",
        otherVendorOwner: "ok",
        staff: "FORBIDDEN",
        owner: "ok",
        opsAdmin: "FORBIDDEN",
        financeAdmin: "FORBIDDEN",
        superadmin: "FORBIDDEN",
      });
  });

  it("requireAdmin(FINANCE): the permission or SUPERADMIN", async () => {
    expect(await table((user) => requireAdmin("FINANCE", { user }))).toEqual({
      anonymous: "UNAUTHORIZED",
      customer: "FORBIDDEN",
      otherVendorOwner: "FORBIDDEN",
      staff: "FORBIDDEN",
      owner: "FORBIDDEN",
      opsAdmin: "FORBIDDEN",
      financeAdmin: "ok",
      superadmin: "ok",
    });
  });

  it("requirePermission: customer and admin actions of the matrix; vendor actions need requireVendor", async () => {
    expect(await table((user) => requirePermission("vendor:payouts:manage", { user }))).toMatchObject({
      anonymous: "UNAUTHORIZED",
      owner: "FORBIDDEN",
    });
    expect(await table((user) => requirePermission("admin:batches", { user }))).toMatchObject({
      customer: "FORBIDDEN",
      owner: "FORBIDDEN",
      opsAdmin: "ok",
      financeAdmin: "FORBIDDEN",
      superadmin: "ok",
    });
  });
});

describe("page guards (redirect / 404)", () => {
  const toSignIn = "redirect /sign-in?callbackUrl=%2Fvendor%2Forders";

  it("requireUserPage sends anonymous visitors to sign-in with the callback", async () => {
    expect(await outcome(requireUserPage("/account", { user: null }))).toBe("redirect /sign-in?callbackUrl=%2Faccount");
    expect(await outcome(requireUserPage("https://evil.test/x", { user: null }))).toBe(
      "redirect /sign-in?callbackUrl=%2F",
    );
    expect(await outcome(requireUserPage("/account", { user: who.customer }))).toBe("ok");
  });

  it("requireVendorPage: members only, 404 for everyone else signed in", async () => {
    expect(await table((user) => requireVendorPage("/vendor/orders", "vendor:orders:read", { user }))).toEqual({
      anonymous: toSignIn,
      customer: "notFound",
      otherVendorOwner: "ok",
      staff: "ok",
      owner: "ok",
      opsAdmin: "notFound",
      financeAdmin: "notFound",
      superadmin: "notFound",
    });
    expect(await outcome(requireVendorPage("/vendor/payouts", "vendor:payouts:read", { user: who.staff }))).toBe(
      "notFound",
    );
    const page = await requireVendorPage("/vendor", "vendor:dashboard", { user: who.otherVendorOwner });
    expect(page).toMatchObject({ role: "OWNER", vendorSlug: expect.any(String) });
    expect(page.vendorId).not.toBe(vendorId);
  });

  it("requireAdminPage: any admin without an action argument, else that RBAC action", async () => {
    expect(await table((user) => requireAdminPage("/admin", undefined, { user }))).toEqual({
      anonymous: "redirect /sign-in?callbackUrl=%2Fadmin",
      customer: "notFound",
      otherVendorOwner: "notFound",
      staff: "notFound",
      owner: "notFound",
      opsAdmin: "ok",
      financeAdmin: "ok",
      superadmin: "ok",
    });
    expect(await table((user) => requireAdminPage("/admin/payments", "admin:payments", { user }))).toMatchObject({
      opsAdmin: "notFound",
      financeAdmin: "ok",
      superadmin: "ok",
      owner: "notFound",
    });
  });
});
