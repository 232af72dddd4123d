// The job worker is a plain Node process: it must load lib/ ("server-only") and still render
// e-mails with react-email. Under --conditions=react-server react-dom/server is a stub that
// throws, which once made every notification fail in the worker while in-process tests passed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const WORKER_FLAGS = ["--import", "./scripts/server-only.mjs", "--import", "tsx"];
const run = (flags: string[]) =>
  spawnSync(process.execPath, [...flags, "tests/support/render-notification-cli.ts"], {
    encoding: "utf8",
    timeout: 60_000,
  });

// Each case starts Node with tsx (a few seconds on a busy machine).
describe("worker process", { timeout: 90_000 }, () => {
  it("renders a notification's SMS and e-mail with the worker's flags", () => {
    const r = run(WORKER_FLAGS);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout.trim()) as { sms: string; htmlHasOrder: boolean };
    expect(out.sms).toContain("LI-TEST1");
    expect(out.htmlHasOrder).toBe(true);
  });

  it("cannot under the react-server condition (why the worker does not use it)", () => {
    const r = run(["--conditions=react-server", "--import", "tsx"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("react-dom/server is not supported");
  });

  it("is started with those flags by npm run worker, npm run dev and the e2e server", () => {
    const flags = WORKER_FLAGS.map((f) => JSON.stringify(f)).join(", ");
    expect(fs.readFileSync("scripts/dev.mjs", "utf8")).toContain(`[${flags}, "scripts/worker.ts"]`);
    expect(fs.readFileSync("scripts/e2e-server.mjs", "utf8")).toContain(`[${flags}, "scripts/worker.ts"]`);
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.worker).toContain(`node ${WORKER_FLAGS.join(" ")} scripts/worker.ts`);
  });
});
