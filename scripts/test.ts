/**
 * `npm test`: everything — unit and integration tests (Vitest, real PostgreSQL), a production
 * build, then end-to-end tests (Playwright in Chromium against `next start`). Ends with one
 * line `N passed, N failed` counted from both runners' JSON reports.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./db.ts";

const OUT = path.join(ROOT, ".ci-out");
fs.mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- unit integration` or `e2e`
const wants = (part: string) => only.length === 0 || only.includes(part);

function run(label: string, cmd: string, args: string[]) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: process.env });
  console.log(`[test] ${label}: exit ${r.status} in ${Math.round((Date.now() - t0) / 1000)} s`);
  return r.status ?? 1;
}

const node = process.execPath;
let status = 0;
const vitestJson = path.join(OUT, "vitest.json");
const e2eJson = path.join(OUT, "e2e.json");
fs.rmSync(vitestJson, { force: true });
fs.rmSync(e2eJson, { force: true });

const projects = ["unit", "integration"].filter(wants);
if (projects.length) {
  status |= run("vitest", node, [
    "node_modules/vitest/vitest.mjs",
    "run",
    ...projects.flatMap((p) => ["--project", p]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestJson}`,
  ]);
}
if (wants("e2e")) {
  if (process.env.SKIP_BUILD !== "1") status |= run("next build", node, ["node_modules/next/dist/bin/next", "build"]);
  if (status === 0 || fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    status |= run("playwright", node, ["node_modules/@playwright/test/cli.js", "test"]);
  }
}

const read = (f: string) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
const v = read(vitestJson);
const e = read(e2eJson)?.stats;
const passed = (v?.numPassedTests ?? 0) + (e?.expected ?? 0);
const failed = (v?.numFailedTests ?? 0) + (e?.unexpected ?? 0) + (e?.flaky ?? 0);
if (status !== 0 && failed === 0) console.log("[test] a step failed before its tests could be counted");
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
