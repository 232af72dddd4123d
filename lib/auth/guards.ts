import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { AdminPermission, MembershipRole } from "@/lib/generated/prisma/enums";
import { getVendorStanding } from "@/lib/vendors/get-vendor-standing";
import { safeCallbackUrl } from "./client";
import { can, hasAdminPermission, isAdmin, type TAction } from "./rbac";
import { getSessionUser } from "./session";
import type { TSessionUser } from "./types";

// Every check goes through the RBAC matrix (rbac.ts). API variants (route handlers, server
// actions) throw AppError: UNAUTHORIZED → 401, FORBIDDEN → 403. Page variants redirect
// anonymous visitors to sign-in and answer 404 to signed-in users without access (a page
// never confirms that a dashboard exists). By default the user comes from the session;
// `{ user }` injects it (tests, or a caller that already holds it).
//
// Vendor tenancy: a user works for at most one vendor (VendorMembership.userId is unique), so
// the tenant of every vendor page, action and route is the session's membership — never an id
// from the URL or the request body.

export type TGuardSource = { user?: TSessionUser | null };
/** The signed-in vendor member and their vendor (the tenant every vendor read and write takes). */
export type TVendorContext = { user: TSessionUser; vendorId: string; vendorSlug: string; role: MembershipRole };

async function resolveUser(source: TGuardSource | undefined): Promise<TSessionUser | null> {
  if (source && "user" in source) return source.user ?? null;
  return getSessionUser();
}

export async function requireUser(source?: TGuardSource): Promise<TSessionUser> {
  const user = await resolveUser(source);
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}

export async function requireAdmin(permission: AdminPermission, source?: TGuardSource): Promise<TSessionUser> {
  const user = await requireUser(source);
  if (!hasAdminPermission(user, permission)) throw new AppError("FORBIDDEN");
  return user;
}

/** Any customer or admin action of the RBAC matrix. */
export async function requirePermission(action: TAction, source?: TGuardSource): Promise<TSessionUser> {
  const user = await requireUser(source);
  if (!can(user, action)) throw new AppError("FORBIDDEN");
  return user;
}

/** A vendor action of the RBAC matrix, for the session's own vendor. */
export async function requireVendor(action: TAction, source?: TGuardSource): Promise<TVendorContext> {
  const user = await requireUser(source);
  const m = user.membership;
  if (!m || !can(user, action, { vendorId: m.vendorId })) throw new AppError("FORBIDDEN");
  return { user, vendorId: m.vendorId, vendorSlug: m.vendorSlug, role: m.role };
}

export function signInPath(callbackPath: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackPath, "/"))}`;
}

export async function requireUserPage(path: string, source?: TGuardSource): Promise<TSessionUser> {
  const user = await resolveUser(source);
  if (!user) redirect(signInPath(path));
  return user;
}

/**
 * A vendor dashboard page: the session's membership, if it may take `action`; else 404. A
 * member of a vendor not approved yet (PENDING) or turned down (REJECTED) goes to /sell, which
 * shows the application's status; a SUSPENDED vendor keeps its dashboard (with a banner).
 */
export async function requireVendorPage(path: string, action: TAction, source?: TGuardSource): Promise<TVendorContext> {
  const user = await requireUserPage(path, source);
  const m = user.membership;
  if (!m || !can(user, action, { vendorId: m.vendorId })) notFound();
  const standing = await getVendorStanding(m.vendorId);
  if (!standing) notFound();
  if (standing.status === "PENDING" || standing.status === "REJECTED") redirect("/sell");
  return { user, vendorId: m.vendorId, vendorSlug: m.vendorSlug, role: m.role };
}

/** An admin page: any admin permission, or the given action (SUPERADMIN implies all). */
export async function requireAdminPage(path: string, action?: TAction, source?: TGuardSource): Promise<TSessionUser> {
  const user = await requireUserPage(path, source);
  if (action ? !can(user, action) : !isAdmin(user)) notFound();
  return user;
}

/**
 * The rider page (/rider): a user who carries deliveries (the RIDER role, or an ops admin —
 * `rider:deliveries`). Signed out → sign-in; anyone else → 404. Only the deliveries assigned
 * to this user are theirs to see and move (the use cases scope a RIDER actor to them).
 */
export async function requireRiderPage(path: string, source?: TGuardSource): Promise<TSessionUser> {
  const user = await requireUserPage(path, source);
  if (!can(user, "rider:deliveries")) notFound();
  return user;
}
