import "server-only";
import PgBoss from "pg-boss";
import { type Prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/jobs/log";

// pg-boss keeps its tables in their own schema beside the app's (Prisma never sees them) and
// creates/migrates it on first start, so a fresh database needs no extra step.
export const BOSS_SCHEMA = "pgboss";

/**
 * "client": only sends jobs (Next route handlers, server actions, scripts) — no cron clock,
 * no maintenance loop, a tiny pool. "worker": the worker process — also runs cron schedules
 * and pg-boss maintenance (expiring, retrying, archiving jobs).
 */
export type TBossMode = "client" | "worker";

type TBossState = { boss: PgBoss; mode: TBossMode; started: Promise<PgBoss>; queues: Set<string> };
// On globalThis so Next's dev reloads reuse one instance (like the Prisma client).
const g = globalThis as unknown as { londomBoss?: TBossState };

function createBoss(mode: TBossMode, poolSize: number): PgBoss {
  const env = serverEnv();
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start through `npm run dev` or `npm run worker`");
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: BOSS_SCHEMA,
    application_name: mode === "worker" ? "londom-worker" : "londom-web",
    max: poolSize,
    supervise: mode === "worker",
    schedule: mode === "worker",
    migrate: true,
  });
  // An EventEmitter "error" without a listener would crash the process (e.g. the database
  // restarting under a polling worker); pg-boss retries on its own, so log and carry on.
  boss.on("error", onBossError);
  return boss;
}

// Connection lost: the server is shutting down (Ctrl-C in `npm run dev` reaches PostgreSQL
// too) or restarting. Every pooled connection reports it; one warning line is enough.
const CONNECTION_LOST = new Set(["57P01", "57P02", "57P03", "ECONNREFUSED", "ECONNRESET"]);
let lastConnectionWarning = 0;

function onBossError(error: Error & { code?: string }) {
  if (error.code && CONNECTION_LOST.has(error.code)) {
    if (Date.now() - lastConnectionWarning > 10_000)
      log.warn(`database connection lost (${error.code}): ${error.message}`);
    lastConnectionWarning = Date.now();
    return;
  }
  log.error("pg-boss error", { error });
}

/**
 * The process-wide pg-boss instance, created and started on first use. The first caller
 * fixes the mode: runWorker() asks for "worker" before anything else in the worker process;
 * everywhere else the default "client" instance only sends.
 */
export function getBoss(opts: { mode?: TBossMode; poolSize?: number } = {}): Promise<PgBoss> {
  const mode = opts.mode ?? "client";
  const current = g.londomBoss;
  if (current) {
    if (mode === "worker" && current.mode !== "worker") {
      throw new Error("getBoss: a send-only pg-boss already runs in this process; start the worker first");
    }
    return current.started;
  }
  const boss = createBoss(mode, opts.poolSize ?? (mode === "worker" ? 10 : 3));
  const state: TBossState = { boss, mode, queues: new Set(), started: Promise.resolve(boss) };
  state.started = boss.start().catch((e: unknown) => {
    if (g.londomBoss === state) g.londomBoss = undefined;
    throw e;
  });
  g.londomBoss = state;
  return state.started;
}

/** pg-boss 10 silently drops a job sent to a queue that does not exist: make sure it does. */
export async function ensureQueue(name: string, options?: PgBoss.Queue): Promise<PgBoss> {
  const boss = await getBoss();
  const state = g.londomBoss;
  if (state?.queues.has(name) && !options) return boss;
  await boss.createQueue(name, options); // INSERT … ON CONFLICT DO NOTHING: safe to repeat
  if (options) await boss.updateQueue(name, options); // settings of an existing queue follow the code
  state?.queues.add(name);
  return boss;
}

export type TEnqueueOptions = Omit<PgBoss.SendOptions, "db"> & {
  /**
   * Enqueue inside this Prisma transaction: the job exists only if the transaction commits
   * (no job for a rolled-back write, no lost job for a committed one).
   */
  tx?: Prisma.TransactionClient;
};

/**
 * Sends a job. Returns its id, or null when a singletonKey/throttle dropped it as a duplicate.
 * Works from any process (Next route handlers included); the worker picks it up.
 */
export async function enqueue(name: string, data: object = {}, opts: TEnqueueOptions = {}): Promise<string | null> {
  const { tx, ...sendOptions } = opts;
  const boss = await ensureQueue(name);
  if (!tx) return boss.send(name, data, sendOptions);
  return boss.send(name, data, { ...sendOptions, db: prismaExecutor(tx) });
}

/** Lets pg-boss run its INSERT through a Prisma transaction. */
function prismaExecutor(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      // node-postgres serialises objects to JSON itself; Prisma needs them as JSON text.
      const params = values.map((v) =>
        v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v,
      );
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows };
    },
  };
}

/** Stops the instance (if any): waits up to timeoutMs for running handlers, closes its pool. */
export async function stopBoss(opts: { timeoutMs?: number } = {}): Promise<void> {
  const state = g.londomBoss;
  if (!state) return;
  g.londomBoss = undefined;
  const boss = await state.started.catch(() => null);
  if (!boss) return;
  await boss.stop({ graceful: true, wait: true, close: true, timeout: opts.timeoutMs ?? 30_000 });
}
