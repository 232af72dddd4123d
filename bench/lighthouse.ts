/**
 * Lighthouse (npm lighthouse 12, Debian Chromium, default mobile config: Moto G class device,
 * simulated slow 4G) on the home, a category and a product page: the median of 5 runs for
 * performance and accessibility, plus the median run's LCP / TBT / CLS. Not part of `npm test`.
 *
 *   npm run bench:lighthouse                # against BENCH_URL (default http://127.0.0.1:3105)
 *   BENCH_RUNS=3 CHROMIUM_PATH=/usr/bin/chromium npm run bench:lighthouse
 *
 * Run against a production build (`next start`) on a seeded database. Results are also
 * written to bench/results/lighthouse-<time>.json.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import fixture from "./fixtures/pages.json" with { type: "json" };

const BASE = (process.env.BENCH_URL ?? "http://127.0.0.1:3105").replace(/\/$/, "");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  { name: "home", path: fixture.targets.home },
  { name: "category", path: fixture.targets.category },
  { name: "product", path: fixture.targets.product },
];

type TRun = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function runOnce(url: string, port: number): Promise<TRun> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  const num = (id: string) => Number(audits[id]?.numericValue ?? NaN);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    lcpMs: Math.round(num("largest-contentful-paint")),
    tbtMs: Math.round(num("total-blocking-time")),
    cls: Math.round(num("cumulative-layout-shift") * 1000) / 1000,
    fcpMs: Math.round(num("first-contentful-paint")),
  };
}

async function main() {
  const health = await fetch(`${BASE}/api/health`).catch(() => null);
  if (!health?.ok) throw new Error(`${BASE} is not answering: start the app first (next build && next start)`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  const rows = [];
  try {
    for (const p of PAGES) {
      const url = `${BASE}${p.path}`;
      await fetch(url); // warm the server's caches: we measure the page, not a cold start
      const runs: TRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(url, chrome.port));
      const perf = median(runs.map((r) => r.performance));
      const medianRun = runs.find((r) => r.performance === perf) ?? runs[0]!;
      const row = {
        page: p.name,
        path: p.path,
        performance: perf,
        accessibility: median(runs.map((r) => r.accessibility)),
        medianRun,
        runs,
      };
      rows.push(row);
      console.log(
        `${p.name.padEnd(9)} performance ${perf} accessibility ${row.accessibility} (runs: ${runs.map((r) => r.performance).join(", ")}; ` +
          `LCP ${medianRun.lcpMs} ms, TBT ${medianRun.tbtMs} ms, CLS ${medianRun.cls})`,
      );
    }
  } finally {
    chrome.kill();
  }
  console.log(`\n| Page | Path | Performance (median of ${RUNS}) | Accessibility | LCP | TBT | CLS |`);
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.page} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.medianRun.lcpMs} ms | ${r.medianRun.tbtMs} ms | ${r.medianRun.cls} |`,
    );
  }
  const out = path.join(ROOT, "results", `lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ base: BASE, runs: RUNS, rows }, null, 2));
  console.log(`\n[bench] results: ${path.relative(process.cwd(), out)}`);
}

await main();
