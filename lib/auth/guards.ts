import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { AdminPermission, MembershipRole } from "@/lib/generated/prisma/enums";
import { safeCallbackUrl } from "./client";
import {
  can,
  hasAdminPermission,
  isAdmin,
  meetsMembershipRole,
  membershipFor,
  type TAction,
  type TRbacContext,
} from "./rbac";
import { getSessionUser } from "./session";
import type { TMembership, TSessionUser } from "./types";

// API variants throw AppError (UNAUTHORIZED → 401, FORBIDDEN → 403); page variants redirect
// anonymous visitors to sign-in and answer 404 to signed-in users without access (a page
// never confirms that a dashboard exists). By default the user comes from the session;
// `{ user }` injects it (tests, or a caller that already holds it).

export type TGuardSource = { user?: TSessionUser | null };
export type TVendorSessionUser = TSessionUser & { membership: TMembership };

async function resolveUser(source: TGuardSource | undefined): Promise<TSessionUser | null> {
  if (source && "user" in source) return source.user ?? null;
  return getSessionUser();
}

export async function requireUser(source?: TGuardSource): Promise<TSessionUser> {
  const user = await resolveUser(source);
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}

export async function requireVendorMember(
  vendorId: string,
  minRole: MembershipRole = "STAFF",
  source?: TGuardSource,
): Promise<TVendorSessionUser> {
  const user = await requireUser(source);
  const membership = membershipFor(user, vendorId);
  if (!membership || !meetsMembershipRole(membership.role, minRole)) throw new AppError("FORBIDDEN");
  return { ...user, membership };
}

export async function requireAdmin(permission: AdminPermission, source?: TGuardSource): Promise<TSessionUser> {
  const user = await requireUser(source);
  if (!hasAdminPermission(user, permission)) throw new AppError("FORBIDDEN");
  return user;
}

/** Any action of the RBAC matrix (vendor actions need ctx.vendorId). */
export async function requirePermission(
  action: TAction,
  ctx: TRbacContext = {},
  source?: TGuardSource,
): Promise<TSessionUser> {
  const user = await requireUser(source);
  if (!can(user, action, ctx)) throw new AppError("FORBIDDEN");
  return user;
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
 * A vendor dashboard page: the membership of `vendorId`/`vendorSlug` when given, else the
 * user's first vendor (most members have one).
 */
export async function requireVendorPage(
  path: string,
  opts: TGuardSource & { vendorId?: string; vendorSlug?: string; minRole?: MembershipRole } = {},
): Promise<TVendorSessionUser> {
  const user = await requireUserPage(path, opts);
  const membership =
    opts.vendorId !== undefined
      ? membershipFor(user, opts.vendorId)
      : opts.vendorSlug !== undefined
        ? (user.memberships.find((m) => m.vendorSlug === opts.vendorSlug) ?? null)
        : (user.memberships[0] ?? null);
  if (!membership || !meetsMembershipRole(membership.role, opts.minRole ?? "STAFF")) notFound();
  return { ...user, membership };
}

/** An admin page: any admin permission, or the given one (SUPERADMIN implies all). */
export async function requireAdminPage(
  path: string,
  permission?: AdminPermission,
  source?: TGuardSource,
): Promise<TSessionUser> {
  const user = await requireUserPage(path, source);
  if (permission ? !hasAdminPermission(user, permission) : !isAdmin(user)) notFound();
  return user;
}
