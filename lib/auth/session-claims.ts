import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { TSessionUser } from "./types";

// What the JWT carries about a user, loaded from the database: on sign-in and, at most once
// a minute per session, to notice revoked sessions, disabled users and changed roles.

const USER_CLAIMS_SELECT = {
  id: true,
  email: true,
  name: true,
  roles: true,
  adminPermissions: true,
  status: true,
  membership: { select: { role: true, vendor: { select: { id: true, slug: true } } } },
} as const;

type TUserClaimsRow = {
  id: string;
  email: string;
  name: string;
  roles: TSessionUser["roles"];
  adminPermissions: TSessionUser["adminPermissions"];
  status: string;
  membership: { role: NonNullable<TSessionUser["membership"]>["role"]; vendor: { id: string; slug: string } } | null;
};

function toSessionUser(row: TUserClaimsRow): TSessionUser | null {
  if (row.status !== "ACTIVE") return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: [...row.roles],
    adminPermissions: [...row.adminPermissions],
    membership: row.membership
      ? { vendorId: row.membership.vendor.id, vendorSlug: row.membership.vendor.slug, role: row.membership.role }
      : null,
  };
}

/** The session user for an ACTIVE user, else null. */
export async function getSessionUserById(
  { userId }: { userId: string },
  db: Db = prisma,
): Promise<TSessionUser | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: USER_CLAIMS_SELECT });
  return row ? toSessionUser(row) : null;
}

/** The session's user if the session is live (not revoked, user active); marks it seen. */
export async function getActiveSessionUser(
  { sessionId, now = new Date() }: { sessionId: string; now?: Date },
  db: Db = prisma,
): Promise<TSessionUser | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { revokedAt: true, user: { select: USER_CLAIMS_SELECT } },
  });
  if (!session || session.revokedAt) return null;
  const user = toSessionUser(session.user);
  if (!user) return null;
  await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now }, select: { id: true } });
  return user;
}

/** Opens a UserSession row (one per signed-in device); its id goes into the JWT. */
export async function openUserSession(
  input: { userId: string; ip?: string | undefined; userAgent?: string | undefined },
  db: Db = prisma,
): Promise<{ id: string }> {
  return db.userSession.create({
    data: {
      userId: input.userId,
      ...(input.ip ? { ip: input.ip } : {}),
      ...(input.userAgent ? { userAgent: input.userAgent } : {}),
    },
    select: { id: true },
  });
}

/** Revokes one of the user's sessions (scoped by user: another user's id is "not found"). */
export async function revokeUserSession(
  { input, now = new Date() }: { input: { userId: string; sessionId: string }; now?: Date },
  db: Db = prisma,
): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: input.sessionId, userId: input.userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}
