/**
 * `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → demo data on
 * first run → `next dev` and the job worker side by side. Ctrl-C stops both, then the database.
 *
 * Plain JavaScript on purpose: under tsx's loader a Ctrl-C ends the process before it can stop
 * its children. The embedded database runs in its own process group (`db.ts serve`, detached):
 * Ctrl-C signals the whole foreground group, and PostgreSQL would otherwise shut down at the
 * same instant as the worker, cutting off the jobs it is finishing.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { nextListenPort } from "./listen-port.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DB_NAME = process.env.EMBEDDED_PG_DB ?? "londom";
const PORT = process.env.EMBEDDED_PG_PORT ?? "54329";
const ADMIN_URL = `postgresql://postgres:postgres@127.0.0.1:${PORT}/postgres`;
const node = process.execPath;

async function query(url, sql) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}
const canConnect = (url) =>
  query(url, "SELECT 1").then(
    () => true,
    () => false,
  );

async function startDetachedDatabase() {
  if (await canConnect(ADMIN_URL)) return null; // already running (another terminal): reuse it
  const child = spawn(node, ["--import", "tsx", "scripts/db.ts", "serve"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error("embedded PostgreSQL failed to start (see above)");
    if (await canConnect(ADMIN_URL)) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("embedded PostgreSQL did not start within 60 s");
}

function dbRun(args) {
  const r = spawnSync(node, ["--import", "tsx", "scripts/db.ts", "run", "--db", DB_NAME, ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error(`scripts/db.ts run ${args.join(" ")} failed`);
}

const database = process.env.DATABASE_URL ? null : await startDetachedDatabase();
const url = process.env.DATABASE_URL ?? ADMIN_URL.replace(/\/postgres$/, `/${DB_NAME}`);
dbRun([]); // create the database if needed and apply migrations
const { rows } = await query(url, `SELECT EXISTS (SELECT 1 FROM "Product") AS "has"`);
if (process.argv.includes("--seed") || !rows[0]?.has) {
  console.log("[dev] seeding demo data (first run)…");
  dbRun(["--seed"]);
}

const args = process.argv.slice(2).filter((a) => a !== "--seed");
// PORT for both: the worker derives the local APP_URL (webhook target, links) from it too.
const env = { ...process.env, DATABASE_URL: url, PORT: nextListenPort(args, process.env) };
const children = [
  spawn(node, ["node_modules/next/dist/bin/next", "dev", ...args], { cwd: ROOT, env, stdio: "inherit" }),
  spawn(node, ["--import", "./scripts/server-only.mjs", "--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  }),
];

const running = (c) => c.exitCode === null && c.signalCode === null;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (running(c)) c.kill("SIGTERM");
  await Promise.all(children.map((c) => (running(c) ? new Promise((r) => c.once("exit", r)) : null)));
  if (database && running(database)) {
    database.kill("SIGTERM"); // db.ts stops PostgreSQL cleanly on SIGTERM
    await new Promise((r) => database.once("exit", r));
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
for (const c of children) c.once("exit", (code) => void stop(code ?? 0));
