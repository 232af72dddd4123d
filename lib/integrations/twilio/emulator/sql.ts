import "server-only";
import pg from "pg";
import { serverEnv } from "@/lib/env";

// Raw SQL over a small pool of its own, like the Paystack emulator (lib/integrations/paystack/
// emulator/db.ts): an emulator stands in for an external service and shares nothing with the
// app's Prisma client except the database server. Each emulator owns one PostgreSQL schema,
// created on first use (never in Prisma migrations) and recreated when its version changes, so
// the web server, the worker and tests all see the same messages.

type TState = { pool: pg.Pool; url: string; ready: Map<string, Promise<void>> };
const g = globalThis as unknown as { __messagingEmulatorDb?: TState };

function state(): TState {
  const url = serverEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the messaging emulators keep their state in PostgreSQL");
  if (!g.__messagingEmulatorDb || g.__messagingEmulatorDb.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
    pool.on("error", (e) => console.error("[messaging-emulator] idle client error", e));
    g.__messagingEmulatorDb = { pool, url, ready: new Map() };
  }
  return g.__messagingEmulatorDb;
}

export type TEmulatorSchema = { name: string; version: string; ddl: string };

async function ensureSchema(s: TState, schema: TEmulatorSchema): Promise<void> {
  let ready = s.ready.get(schema.name);
  if (!ready) {
    ready = (async () => {
      const c = await s.pool.connect();
      try {
        await c.query("BEGIN");
        await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [schema.name]);
        const exists = await c.query(`SELECT to_regclass('${schema.name}.meta') IS NOT NULL AS "has"`);
        let version: string | null = null;
        if (exists.rows[0]?.has) {
          const r = await c.query(`SELECT value FROM ${schema.name}.meta WHERE key = 'version'`);
          version = r.rows[0]?.value ?? null;
        }
        if (version !== schema.version) {
          await c.query(`DROP SCHEMA IF EXISTS ${schema.name} CASCADE`);
          await c.query(`CREATE SCHEMA ${schema.name}`);
          await c.query(`CREATE TABLE ${schema.name}.meta (key text PRIMARY KEY, value text NOT NULL)`);
          await c.query(schema.ddl);
          await c.query(`INSERT INTO ${schema.name}.meta (key, value) VALUES ('version', $1)`, [schema.version]);
        }
        await c.query("COMMIT");
      } catch (e) {
        await c.query("ROLLBACK").catch(() => {});
        s.ready.delete(schema.name);
        throw e;
      } finally {
        c.release();
      }
    })();
    s.ready.set(schema.name, ready);
  }
  return ready;
}

export async function emulatorSql<R extends pg.QueryResultRow>(
  schema: TEmulatorSchema,
  text: string,
  params: unknown[] = [],
): Promise<R[]> {
  const s = state();
  await ensureSchema(s, schema);
  return (await s.pool.query<R>(text, params)).rows;
}
