/**
 * Load benchmark (not part of `npm test`): autocannon, 50 connections, ~10 s per target, on
 * each catalog page and GET /api/v1/products, each beside its baseline measured in the same
 * run — the same markup (or JSON) rendered by the same app from a constant, no database
 * (app/(bench)/bench/baseline). Reports req/s, p50/p99 latency and page/baseline ratios.
 *
 *   npm run bench:load                      # against BENCH_URL (default http://127.0.0.1:3105)
 *   BENCH_ROUNDS=3 BENCH_DURATION=10 BENCH_CONNECTIONS=50 npm run bench:load
 *
 * With BENCH_ROUNDS > 1 each page/baseline pair is measured that many times, alternating
 * which goes first, and the median of each figure is reported: on a shared machine one
 * 10-second run can land on someone else's build.
 *
 * Run against a production build (`next build` + `next start`) on a seeded database. Results
 * are also written to bench/results/load-<time>.json.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import fixture from "./fixtures/pages.json" with { type: "json" };

const BASE = (process.env.BENCH_URL ?? "http://127.0.0.1:3105").replace(/\/$/, "");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const ROOT = path.dirname(fileURLToPath(import.meta.url));

const TARGETS = [
  { name: "home", path: fixture.targets.home, baseline: "/bench/baseline/home" },
  { name: "category", path: fixture.targets.category, baseline: "/bench/baseline/category" },
  { name: "product", path: fixture.targets.product, baseline: "/bench/baseline/product" },
  { name: "search", path: fixture.targets.search, baseline: "/bench/baseline/search" },
  { name: "api products", path: fixture.targets.api, baseline: "/bench/baseline-api" },
];

type TRun = { reqPerSec: number; p50: number; p99: number; non2xx: number; errors: number; bytesPerReq: number };

async function measureOnce(url: string): Promise<TRun> {
  // warm up: compile caches, fill the data cache, open the database pool
  for (let i = 0; i < 5; i++) await fetch(url).then((r) => r.arrayBuffer());
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    bytesPerReq: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function medianRun(runs: TRun[]): TRun {
  return {
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    bytesPerReq: median(runs.map((r) => r.bytesPerReq)),
  };
}

/** Page and baseline, ROUNDS times, alternating which runs first. */
async function measurePair(pageUrl: string, baselineUrl: string): Promise<{ page: TRun; baseline: TRun }> {
  const pages: TRun[] = [];
  const baselines: TRun[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) {
      pages.push(await measureOnce(pageUrl));
      baselines.push(await measureOnce(baselineUrl));
    } else {
      baselines.push(await measureOnce(baselineUrl));
      pages.push(await measureOnce(pageUrl));
    }
  }
  return { page: medianRun(pages), baseline: medianRun(baselines) };
}

async function main() {
  const health = await fetch(`${BASE}/api/health`).catch(() => null);
  if (!health?.ok) throw new Error(`${BASE} is not answering: start the app first (next build && next start)`);
  console.log(`[bench] ${BASE}, ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} round(s) (median)\n`);
  const rows = [];
  for (const t of TARGETS) {
    const { page, baseline: base } = await measurePair(`${BASE}${t.path}`, `${BASE}${t.baseline}`);
    const row = {
      target: t.name,
      path: t.path,
      page,
      baseline: base,
      ratio: base.reqPerSec ? page.reqPerSec / base.reqPerSec : 0,
    };
    rows.push(row);
    console.log(
      `${t.name.padEnd(13)} page ${String(page.reqPerSec).padStart(5)} req/s p50 ${page.p50} ms p99 ${page.p99} ms | ` +
        `baseline ${String(base.reqPerSec).padStart(5)} req/s p50 ${base.p50} ms p99 ${base.p99} ms | ratio ${(row.ratio * 100).toFixed(0)}%` +
        (page.non2xx || page.errors ? `  (page: ${page.non2xx} non-2xx, ${page.errors} errors)` : ""),
    );
  }

  console.log(
    "\n| Target | Path | Page req/s | Page p50 / p99 (ms) | Baseline req/s | Baseline p50 / p99 (ms) | Page / baseline |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.target} | \`${r.path}\` | ${r.page.reqPerSec} | ${r.page.p50} / ${r.page.p99} | ${r.baseline.reqPerSec} | ${r.baseline.p50} / ${r.baseline.p99} | ${(r.ratio * 100).toFixed(0)}% |`,
    );
  }
  const out = path.join(ROOT, "results", `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const loadavg = fs.existsSync("/proc/loadavg") ? fs.readFileSync("/proc/loadavg", "utf8").trim() : null;
  fs.writeFileSync(
    out,
    JSON.stringify(
      { base: BASE, connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, loadavg, rows },
      null,
      2,
    ),
  );
  console.log(`\n[bench] results: ${path.relative(process.cwd(), out)}`);
  const failing = rows.filter((r) => r.page.non2xx > 0 || r.page.errors > 0);
  if (failing.length) {
    console.error(`[bench] non-2xx answers or errors on: ${failing.map((r) => r.target).join(", ")}`);
    process.exitCode = 1;
  }
}

await main();
