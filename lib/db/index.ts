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

/** Runs fn in a transaction unless db already is one. */
export async function inTransaction<T>(db: Db, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if ("$transaction" in db) return db.$transaction(fn, { timeout: 15_000, maxWait: 10_000 });
  return fn(db);
}

export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

export function isNotFound(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025";
}

export { Prisma };
