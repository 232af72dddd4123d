import { beforeAll, describe, expect, it } from "vitest";
import {
  requireAdmin,
  requireAdminPage,
  requirePermission,
  requireUser,
  requireUserPage,
  requireVendorMember,
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
    memberships: [{ vendorId: other.id, role: "OWNER" }],
  });
  who.staff = await make({ roles: ["CUSTOMER", "VENDOR"], memberships: [{ vendorId: vendor.id, role: "STAFF" }] });
  who.owner = await make({ roles: ["CUSTOMER", "VENDOR"], memberships: [{ vendorId: vendor.id, role: "OWNER" }] });
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

  it("requireVendorMember(vendor, STAFF): members of that vendor only", async () => {
    expect(await table((user) => requireVendorMember(vendorId, "STAFF", { user }))).toEqual({
      anonymous: "UNAUTHORIZED",
      customer: "FORBIDDEN",
      otherVendorOwner: "FORBIDDEN",
      staff: "ok",
      owner: "ok",
      opsAdmin: "FORBIDDEN",
      financeAdmin: "FORBIDDEN",
      superadmin: "FORBIDDEN",
    });
  });

  it("requireVendorMember(vendor, OWNER): STAFF is not enough", async () => {
    expect(await table((user) => requireVendorMember(vendorId, "OWNER", { user }))).toEqual({
      anonymous: "UNAUTHORIZED",
      customer: "FORBIDDEN",
      otherVendorOwner: "FORBIDDEN",
      staff: "FORBIDDEN",
      owner: "ok",
      opsAdmin: "FORBIDDEN",
      financeAdmin: "FORBIDDEN",
      superadmin: "FORBIDDEN",
    });
    const owner = await requireVendorMember(vendorId, "OWNER", { user: who.owner });
    expect(owner.membership).toMatchObject({ vendorId, role: "OWNER" });
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

  it("requirePermission: matrix actions, vendor ones scoped by vendor id", async () => {
    expect(await table((user) => requirePermission("vendor:payouts:manage", { vendorId }, { user }))).toMatchObject({
      anonymous: "UNAUTHORIZED",
      otherVendorOwner: "FORBIDDEN",
      staff: "FORBIDDEN",
      owner: "ok",
      superadmin: "FORBIDDEN",
    });
    expect(await table((user) => requirePermission("admin:batches", {}, { user }))).toMatchObject({
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
    expect(await table((user) => requireVendorPage("/vendor/orders", { user, vendorId }))).toEqual({
      anonymous: toSignIn,
      customer: "notFound",
      otherVendorOwner: "notFound",
      staff: "ok",
      owner: "ok",
      opsAdmin: "notFound",
      financeAdmin: "notFound",
      superadmin: "notFound",
    });
    expect(await outcome(requireVendorPage("/vendor/payouts", { user: who.staff, minRole: "OWNER" }))).toBe("notFound");
    const page = await requireVendorPage("/vendor", { user: who.otherVendorOwner });
    expect(page.membership.role).toBe("OWNER");
  });

  it("requireAdminPage: any admin without a permission argument, else that permission", async () => {
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
    expect(await table((user) => requireAdminPage("/admin/payments", "FINANCE", { user }))).toMatchObject({
      opsAdmin: "notFound",
      financeAdmin: "ok",
      superadmin: "ok",
      owner: "notFound",
    });
  });
});
