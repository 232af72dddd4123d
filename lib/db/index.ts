import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

function createClient(url: string, max: number) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max }),
    // Secrets never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true }, oneTimeCode: { codeHash: true } },
  });
}

export type AppPrismaClient = ReturnType<typeof createClient>;
/** The client or a transaction client: domain functions take one so callers compose them. */
export type Db = AppPrismaClient | Prisma.TransactionClient;

const globalForPrisma = globalThis as unknown as { prisma?: AppPrismaClient };

function client(): AppPrismaClient {
  if (!globalForPrisma.prisma) {
    const env = serverEnv();
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start through `npm run dev` (scripts/db.ts)");
    globalForPrisma.prisma = createClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  }
  return globalForPrisma.prisma;
}

/** Created on first use, so `next build` (which imports route modules) needs no database. */
export const prisma = new Proxy({} as AppPrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
  // `"$transaction" in prisma` (inTransaction) must see the real client, not the empty target.
  has(_target, prop) {
    return Reflect.has(client(), prop);
  },
});

const TRANSACTION_ATTEMPTS = 3;

/**
 * Runs fn in a transaction unless db already is one. A transaction PostgreSQL aborted to
 * break a deadlock or a serialization conflict did nothing, so it runs again (fn must only
 * touch the database: external calls belong after the commit).
 */
export async function inTransaction<T>(db: Db, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if (!isRootClient(db)) return fn(db); // already inside the caller's transaction
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { timeout: 15_000, maxWait: 10_000 });
    } catch (e) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isTransactionConflict(e)) throw e;
      await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50));
    }
  }
}

/** True for the root client, false inside a transaction (where the caller owns the commit). */
export function isRootClient(db: Db): db is AppPrismaClient {
  // Not "$transaction" in db: Prisma 7's transaction client has $transaction too (nested
  // calls), but only the root client can $connect.
  return typeof (db as Partial<AppPrismaClient>).$connect === "function";
}

class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super("rolled back on purpose");
  }
}

/**
 * Runs `fn` in a transaction and rolls it back, returning what it returned: a preview of a
 * use case that is exact because it is the use case (same locks, same checks, same sums).
 */
export async function inRolledBackTransaction<T>(db: Db, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    await inTransaction(db, async (tx) => {
      throw new RolledBack(await fn(tx));
    });
  } catch (e) {
    if (e instanceof RolledBack) return e.value as T;
    throw e;
  }
  throw new Error("unreachable: the transaction always rolls back");
}

/** Deadlock (40P01) or serialization failure (40001): the transaction was rolled back whole. */
export function isTransactionConflict(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (e.code === "P2034") return true;
  const cause = (e.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)
    ?.driverAdapterError?.cause?.originalCode;
  return cause === "40P01" || cause === "40001";
}

export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

export function isNotFound(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025";
}

export { Prisma };
