import "server-only";
import { requirePermission, requireVendor, type TVendorContext } from "@/lib/auth/guards";
import { RBAC_MATRIX, type TAction } from "@/lib/auth/rbac";
import { clientIp } from "@/lib/auth/request-ip";
import { getSessionUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/types";

// Who is calling a server action or a route handler, checked against the RBAC matrix before
// any input is read. Shared by action() and route() so both answer the same way.

/** An RBAC action, or "public" for endpoints anyone may call (the guard-walk test lists them). */
export type TPermission = TAction | "public";
export type TIsVendor<P> = P extends `vendor:${string}` ? true : false;
export type TIsStaff<P> = P extends `admin:${string}` ? true : false;

export type TCaller<P extends TPermission> = {
  ip: string;
} & (P extends "public"
  ? { user: TSessionUser | null }
  : TIsVendor<P> extends true
    ? { user: TSessionUser; vendor: TVendorContext }
    : { user: TSessionUser });

/**
 * Throws AppError UNAUTHORIZED/FORBIDDEN. A vendor caller's tenant is the session's own
 * membership. `readSession: false` keeps public routes from reading cookies (cached responses).
 */
export async function resolveCaller<P extends TPermission>(
  permission: P,
  headers: Headers,
  { readSession = true } = {},
): Promise<TCaller<P>> {
  const ip = clientIp(headers);
  let caller: { ip: string; user: TSessionUser | null; vendor?: TVendorContext };
  if (permission === "public") caller = { ip, user: readSession ? await getSessionUser() : null };
  else if (RBAC_MATRIX[permission as TAction].kind === "vendor") {
    const vendor = await requireVendor(permission as TAction);
    caller = { ip, user: vendor.user, vendor };
  } else caller = { ip, user: await requirePermission(permission as TAction) };
  return caller as unknown as TCaller<P>;
}
