import "server-only";
import { type Db, Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Fixed-window counters in PostgreSQL ("RateLimitBucket"), so a limit holds across every web
// instance. One atomic INSERT … ON CONFLICT per attempt: concurrent attempts are all counted
// and an expired window restarts in the same statement. (rate-limiter-flexible's Prisma store
// wants its own column names and does delete-then-upsert in two statements, so it is not used.)

export type TRateLimitOptions = {
  /** e.g. "sign-in:ip:203.0.113.7" — namespace first, then the subject. */
  key: string;
  /** Attempts allowed per window. */
  points: number;
  windowSeconds: number;
  /** Points this attempt costs (default 1). */
  cost?: number;
  now?: Date;
};

export type TRateLimitResult = {
  allowed: boolean;
  /** Points used in the current window, this attempt included. */
  consumed: number;
  remaining: number;
  /** 0 when allowed; otherwise whole seconds until the window resets (≥ 1). */
  retryAfterSeconds: number;
  resetAt: Date;
};

/** UTC `timestamp` from epoch ms, independent of the session's TimeZone. */
function ts(ms: number): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${ms}::float8 / 1000) AT TIME ZONE 'UTC')`;
}

export async function consumeRateLimit(opts: TRateLimitOptions, db: Db = prisma): Promise<TRateLimitResult> {
  const cost = opts.cost ?? 1;
  if (opts.points < 1 || opts.windowSeconds < 1 || cost < 0) throw new Error("consumeRateLimit: bad limit");
  const nowMs = (opts.now ?? new Date()).getTime();
  const endMs = nowMs + opts.windowSeconds * 1000;
  const rows = await db.$queryRaw<{ points: number; expiresAtMs: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "points", "expiresAt")
    VALUES (${opts.key}, ${cost}, ${ts(endMs)})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimitBucket"."expiresAt" <= ${ts(nowMs)} THEN EXCLUDED."points"
                      ELSE "RateLimitBucket"."points" + EXCLUDED."points" END,
      "expiresAt" = CASE WHEN "RateLimitBucket"."expiresAt" <= ${ts(nowMs)} THEN EXCLUDED."expiresAt"
                         ELSE "RateLimitBucket"."expiresAt" END
    RETURNING "points", (EXTRACT(EPOCH FROM ("expiresAt" AT TIME ZONE 'UTC')) * 1000)::float8 AS "expiresAtMs"`;
  const row = rows[0];
  if (!row) throw new Error("consumeRateLimit: upsert returned no row");
  const consumed = Number(row.points);
  const resetMs = Number(row.expiresAtMs);
  const allowed = consumed <= opts.points;
  return {
    allowed,
    consumed,
    remaining: Math.max(0, opts.points - consumed),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetMs - nowMs) / 1000)),
    resetAt: new Date(resetMs),
  };
}

/** Like consumeRateLimit, but throws AppError RATE_LIMITED (→ 429 + Retry-After) when over. */
export async function assertRateLimit(
  { opts, message }: { opts: TRateLimitOptions; message?: string },
  db: Db = prisma,
): Promise<TRateLimitResult> {
  const result = await consumeRateLimit(opts, db);
  if (!result.allowed) throw rateLimitedError(result.retryAfterSeconds, message);
  return result;
}

export function rateLimitedError(retryAfterSeconds: number, message?: string): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError(
    "RATE_LIMITED",
    message ?? `Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    {
      retryAfterSeconds,
      details: { retryAfterSeconds },
    },
  );
}

/** Gives points back (e.g. after a successful sign-in) so only failures add up. */
export async function refundRateLimit(
  { key, cost = 1, now = new Date() }: { key: string; cost?: number; now?: Date },
  db: Db = prisma,
): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "points" = GREATEST("points" - ${cost}, 0)
    WHERE "key" = ${key} AND "expiresAt" > ${ts(now.getTime())}`;
}

/** Housekeeping for a periodic job: expired buckets carry no information. */
export async function deleteExpiredRateLimitBuckets(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
