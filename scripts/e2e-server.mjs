// The e2e web server: `next start` plus the job worker, like production (two processes).
import { spawn } from "node:child_process";

const port = process.argv[2] ?? "3457";
const children = [
  spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit" }),
  spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], { stdio: "inherit" }),
];
const stop = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
let exited = 0;
for (const c of children) c.once("exit", () => (++exited === children.length ? process.exit(0) : stop()));
