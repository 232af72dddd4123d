/**
 * User test data through the real registerUser (argon2id hash), with unique e-mails so test
 * files can run in parallel. Memberships are plain rows; getSessionUserById turns a user into
 * the TSessionUser the guards see, exactly as the JWT callback does.
 */
import { registerUser } from "@/lib/auth/register-user";
import { getSessionUserById } from "@/lib/auth/session-claims";
import type { TSessionUser } from "@/lib/auth/types";
import { type Db, prisma } from "@/lib/db";
import type { AdminPermission, MembershipRole, Role } from "@/lib/generated/prisma/enums";
import { uniq } from "./catalog";

export const TEST_PASSWORD = "correct-horse-42";

export async function createTestUser(
  opts: {
    name?: string;
    roles?: Role[];
    adminPermissions?: AdminPermission[];
    membership?: { vendorId: string; role: MembershipRole };
    password?: string;
  } = {},
  db: Db = prisma,
): Promise<{ id: string; email: string; password: string }> {
  const password = opts.password ?? TEST_PASSWORD;
  const user = await registerUser(
    {
      email: `${uniq("user")}@test.local`,
      name: opts.name ?? "Test User",
      password,
      ...(opts.roles ? { roles: opts.roles } : {}),
      ...(opts.adminPermissions ? { adminPermissions: opts.adminPermissions } : {}),
    },
    db,
  );
  if (opts.membership) {
    const { vendorId, role } = opts.membership;
    await db.vendorMembership.create({ data: { userId: user.id, vendorId, role } });
  }
  return { ...user, password };
}

/** The session user as loaded from the database (what the JWT would carry). */
export async function sessionUserFor({ userId }: { userId: string }, db: Db = prisma): Promise<TSessionUser> {
  const user = await getSessionUserById({ userId }, db);
  if (!user) throw new Error(`user ${userId} is not active`);
  return user;
}
