/**
 * `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → demo data on
 * first run → `next dev` and the job worker side by side. Ctrl-C stops both, then the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { ensureDatabase, migrateDeploy, seed, ROOT } from "./db.ts";

async function isEmpty(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`SELECT EXISTS (SELECT 1 FROM "Product") AS "has"`);
    return !r.rows[0]?.has;
  } finally {
    await c.end();
  }
}

const db = await ensureDatabase(process.env.EMBEDDED_PG_DB ?? "londom");
migrateDeploy(db.url);
if (process.argv.includes("--seed") || (await isEmpty(db.url))) {
  console.log("[dev] seeding demo data (first run)…");
  seed(db.url);
}

const env = { ...process.env, DATABASE_URL: db.url };
const children: ChildProcess[] = [
  spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", ...process.argv.slice(2).filter((a) => a !== "--seed")], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  }),
  spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], { cwd: ROOT, env, stdio: "inherit" }),
];

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
for (const c of children) c.once("exit", (code) => void stop(code ?? 0));
