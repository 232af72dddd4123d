import "server-only";
import pg from "pg";
import { serverEnv } from "@/lib/env";
import { DDL, SCHEMA, SCHEMA_VERSION } from "./schema-sql";

// Raw SQL over its own small pool: the emulator stands in for an external service, so it
// shares nothing with the app's Prisma client except the database server.

/** int8 (bigint) columns come back as JS numbers: every amount and id fits in 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

type TState = { pool: pg.Pool; url: string; ready?: Promise<void> };
const g = globalThis as unknown as { __paystackEmulatorDb?: TState };

function state(): TState {
  const url = serverEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the Paystack emulator keeps its state in PostgreSQL");
  if (!g.__paystackEmulatorDb || g.__paystackEmulatorDb.url !== url) {
    // allowExitOnIdle: a short-lived script that touched the emulator (the seed pays its demo
    // orders here) exits when done instead of waiting on an idle connection forever.
    const pool = new pg.Pool({ connectionString: url, max: 8, types, allowExitOnIdle: true });
    pool.on("error", (e) => console.error("[paystack-emulator] idle client error", e));
    g.__paystackEmulatorDb = { pool, url };
  }
  return g.__paystackEmulatorDb;
}

/** Creates (or, on a version change, recreates) the emulator schema once per process. */
async function ensureSchema(s: TState): Promise<void> {
  s.ready ??= (async () => {
    const c = await s.pool.connect();
    try {
      await c.query("BEGIN");
      // Several processes (web, worker, test files) may start at once: one creates the schema.
      await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [SCHEMA]);
      const exists = await c.query(`SELECT to_regclass('${SCHEMA}.meta') IS NOT NULL AS "has"`);
      let version: string | null = null;
      if (exists.rows[0]?.has) {
        const r = await c.query(`SELECT value FROM ${SCHEMA}.meta WHERE key = 'version'`);
        version = r.rows[0]?.value ?? null;
      }
      if (version !== SCHEMA_VERSION) {
        await c.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
        await c.query(DDL);
      }
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      s.ready = undefined;
      throw e;
    } finally {
      c.release();
    }
  })();
  return s.ready;
}

export type TSql = pg.PoolClient;

export type TTx = {
  sql: TSql;
  /** Runs after COMMIT (e.g. an immediate webhook delivery attempt); errors are logged. */
  afterCommit(fn: () => Promise<void> | void): void;
};

/** Runs fn in one transaction of the emulator database. */
export async function emulatorTx<T>(fn: (tx: TTx) => Promise<T>): Promise<T> {
  const s = state();
  await ensureSchema(s);
  const sql = await s.pool.connect();
  const after: (() => Promise<void> | void)[] = [];
  let result: T;
  try {
    await sql.query("BEGIN");
    result = await fn({ sql, afterCommit: (f) => after.push(f) });
    await sql.query("COMMIT");
  } catch (e) {
    await sql.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    sql.release();
  }
  for (const f of after) {
    try {
      await f();
    } catch (e) {
      console.error("[paystack-emulator] after-commit task failed", e);
    }
  }
  return result;
}

/** One statement outside an explicit transaction. */
export async function emulatorQuery<R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<R[]> {
  const s = state();
  await ensureSchema(s);
  const r = await s.pool.query<R>(text, params);
  return r.rows;
}

export { SCHEMA };
