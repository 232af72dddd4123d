// The e2e web server: `next start` plus the job worker, like production (two processes).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3457";
// The database was just re-seeded with new ids: cached catalog data of an earlier run (Next's
// data cache lives in the build directory) must not be served even before the server's
// start-up expiry of the catalog (lib/catalog/cache/listener-boot.ts) has arrived.
fs.rmSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "cache", "fetch-cache"), { recursive: true, force: true });
const children = [
  spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
  }),
  // the worker learns the web server's port as PORT, like under `npm run dev` (scripts/dev.mjs)
  spawn(process.execPath, ["--import", "./scripts/server-only.mjs", "--import", "tsx", "scripts/worker.ts"], {
    stdio: "inherit",
    env: { ...process.env, PORT: port },
  }),
];
const stop = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
let exited = 0;
for (const c of children) c.once("exit", () => (++exited === children.length ? process.exit(0) : stop()));
