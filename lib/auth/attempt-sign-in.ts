import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AUTH_LIMITS, authLimitKeys, signInSlowdownMs } from "./auth-limits";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { consumeRateLimit, rateLimitedError, refundRateLimit } from "./rate-limit";
import { ZSignInInput } from "./schemas";
import { getSessionUserById, openUserSession } from "./session-claims";
import type { TSessionUser } from "./types";

export type TSignInAttempt = { email: unknown; password: unknown; ip: string; userAgent?: string | undefined };
export type TSignInResult =
  | { ok: true; user: TSessionUser; sessionId: string }
  | { ok: false; reason: "INVALID_CREDENTIALS" | "ACCOUNT_DISABLED" };

/**
 * The whole credentials sign-in: rate limits (per IP, per account and IP; the account's own
 * count only slows attempts down — lib/auth/auth-limits.ts) → verify the argon2id hash → open a
 * UserSession. Throws AppError RATE_LIMITED (with retryAfterSeconds) when over a limit; a success
 * refunds its points so signing in often never locks anyone out.
 */
export async function attemptSignIn(
  attempt: TSignInAttempt,
  db: Db = prisma,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<TSignInResult> {
  const parsed = ZSignInInput.safeParse({ email: attempt.email, password: attempt.password });
  const ipKey = authLimitKeys.signInIp(attempt.ip);
  const ipLimit = await consumeRateLimit({ key: ipKey, ...AUTH_LIMITS.signInPerIp }, db);
  if (!ipLimit.allowed) throw rateLimitedError(ipLimit.retryAfterSeconds);
  if (!parsed.success) return { ok: false, reason: "INVALID_CREDENTIALS" };

  const { email, password } = parsed.data;
  const pairKey = authLimitKeys.signInAccountIp(email, attempt.ip);
  const pairLimit = await consumeRateLimit({ key: pairKey, ...AUTH_LIMITS.signInPerAccountIp }, db);
  if (!pairLimit.allowed) throw rateLimitedError(pairLimit.retryAfterSeconds);
  const accountKey = authLimitKeys.signInAccount(email);
  const account = await consumeRateLimit({ key: accountKey, ...AUTH_LIMITS.signInPerAccount }, db);
  const delay = signInSlowdownMs(account.consumed);
  if (delay > 0) await sleep(delay);

  const row = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, status: true },
  });
  const isValid = row ? await verifyPassword(password, row.passwordHash) : await verifyAgainstDummy(password);
  if (!row || !isValid) return { ok: false, reason: "INVALID_CREDENTIALS" };
  if (row.status !== "ACTIVE") return { ok: false, reason: "ACCOUNT_DISABLED" };

  const user = await getSessionUserById({ userId: row.id }, db);
  if (!user) return { ok: false, reason: "ACCOUNT_DISABLED" };
  await refundRateLimit({ key: ipKey }, db);
  await refundRateLimit({ key: pairKey }, db);
  await refundRateLimit({ key: accountKey }, db);
  const session = await openUserSession({ userId: row.id, ip: attempt.ip, userAgent: attempt.userAgent }, db);
  await db.user.update({ where: { id: row.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return { ok: true, user, sessionId: session.id };
}
