// Driver adapter used by the Prisma 6.19.3 CLI (prisma/migrate.config.ts) for migrations.
// Wraps @prisma/adapter-pg 7.10.1 and fixes what breaks with Prisma 6.19's WASM schema engine:
//  1. "Column type 'char' could not be deserialized from the database": adapter-pg has no
//     mapping for PostgreSQL's internal type "char" (oid 18), which the engine reads from
//     pg_catalog whenever it introspects (migrate dev, migrate diff --from-migrations).
//     Such columns are handed to the engine as ColumnType Character (what it expects; mapping
//     them to Text makes the WASM engine panic with "RuntimeError: unreachable").
//  2. adapter-pg's executeScript() splits a migration on every ";" (breaks $$ ... ; ... $$
//     function bodies and ';' inside string literals: "unterminated quoted string"). The whole
//     script is sent as one simple-protocol query instead (PostgreSQL runs it as one implicit
//     transaction, so statements like CREATE INDEX CONCURRENTLY cannot be used in a migration).
//  3. connectToShadowDb() drops the shadow database before closing its pool ("database ... is
//     being accessed by other users", shadow DB left behind), and with a connectionString the
//     shadow pool silently connects to the MAIN database. Here: discrete host/port/user/
//     password/database fields, and the shadow pool is closed before the DROP.
//  4. The CLI never disposes the adapter: allowExitOnIdle lets the process exit when done.
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const CHAR_COLUMNS = Symbol("charColumns");

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[][] & { [CHAR_COLUMNS]?: number[] } };
type Internals = {
  performIO(q: unknown): Promise<PgResult>;
  queryRaw(q: unknown): Promise<{ columnTypes: number[]; rows: PgResult["rows"] }>;
  onError(e: unknown): never;
};

/** Fixes 1 + 2 on one adapter instance (the object the schema engine talks to). */
function patchAdapter(adapter: Adapter): Adapter {
  const a = adapter as unknown as Internals;
  const performIO = a.performIO.bind(a);
  a.performIO = async (q) => {
    const res = await performIO(q);
    if (Array.isArray(res)) return res; // multi-statement script (simple protocol): no row data
    const charColumns: number[] = [];
    res.fields.forEach((f, i) => {
      if (f.dataTypeID === PG_CHAR_OID) {
        f.dataTypeID = PG_TEXT_OID; // adapter-pg would throw UnsupportedNativeDataType
        charColumns.push(i);
      }
    });
    if (charColumns.length) Object.defineProperty(res.rows, CHAR_COLUMNS, { value: charColumns });
    return res;
  };
  const queryRaw = a.queryRaw.bind(a);
  a.queryRaw = async (q) => {
    const rs = await queryRaw(q); // calls our performIO; keeps the same rows array
    for (const i of rs.rows[CHAR_COLUMNS] ?? []) rs.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return rs;
  };
  const pool = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script); // one simple-protocol query: all statements, one implicit transaction
    } catch (e) {
      a.onError(e); // converts to DriverAdapterError and throws
    }
  };
  return adapter;
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.replace(/^\//, "")),
    max: 4,
    // the Prisma CLI never disposes its adapter: without this it lingers ~10 s (pg idle timeout)
    allowExitOnIdle: true,
  };
}

export class MigratePg extends PrismaPg {
  readonly #url: string;

  constructor(url: string | undefined) {
    if (!url) throw new Error("DATABASE_URL is not set");
    super(poolConfig(url));
    this.#url = url;
  }

  override async connect() {
    return patchAdapter(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = patchAdapter(await new PrismaPg(poolConfig(this.#url, name)).connect());
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool(); // end the shadow pool FIRST
      try {
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.dispose();
      }
    };
    return shadow;
  }
}
