/**
 * Admin list pages at scale (issue 10's bar: p99 < 300 ms for a page of 50 at 10
 * connections; the orders CSV of 100,000 orders streamed with server memory growth < 100 MB).
 * Not part of npm test. Needs a production server on a database filled by
 * bench/ops-scale-data.ts (see bench/README.md, "Admin lists at scale").
 *
 *   BENCH_URL=http://127.0.0.1:3106 BENCH_SERVER_PID=<next-server pid> npm run bench:admin-lists
 *
 * Signs in as the demo superadmin through next-auth's credentials endpoint, then runs
 * autocannon (10 connections, BENCH_DURATION s, after BENCH_WARMUP s discarded) on each list
 * URL and filtered CSV export, BENCH_ROUNDS times (the table shows the median of each figure: the machine is shared), and
 * downloads the full orders CSV once while sampling the server's resident memory
 * (/proc/<pid>/status). BENCH_ONLY=<substring> runs only the targets whose name contains it.
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { saveResult } from "./_support";

const BASE = (process.env.BENCH_URL ?? "http://127.0.0.1:3106").replace(/\/$/, "");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PID = process.env.BENCH_SERVER_PID;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ONLY = process.env.BENCH_ONLY;

const TARGETS: { name: string; path: string }[] = [
  { name: "batches", path: "/admin/batches" },
  { name: "batches in transit by air", path: "/admin/batches?status=IN_TRANSIT&method=AIR" },
  { name: "batches search", path: "/admin/batches?q=BX-LDN" },
  { name: "deliveries", path: "/admin/deliveries" },
  { name: "deliveries failed", path: "/admin/deliveries?status=FAILED" },
  { name: "deliveries search", path: "/admin/deliveries?q=BX-00421" },
  { name: "orders", path: "/admin/orders" },
  { name: "orders balance due", path: "/admin/orders?balance=due" },
  { name: "orders search customer", path: "/admin/orders?q=bench4242%40londom.test" },
  { name: "orders by status", path: "/admin/orders?status=DELIVERED" },
  { name: "orders largest total first", path: "/admin/orders?sort=total-desc" },
  { name: "batch manifest CSV", path: "/admin/batches/BX-LDN-0007/manifest.csv" },
  // The orders export of a filtered set: a customer's orders (20), and one day's (~290).
  { name: "orders CSV customer", path: "/admin/orders/export.csv?q=bench4242%40londom.test" },
  { name: "orders CSV one day", path: "/admin/orders/export.csv?from=2026-12-01&to=2026-12-01" },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return [...jar, session].join("; ");
}

function rssMb(): number | null {
  if (!PID) return null;
  const status = fs.readFileSync(`/proc/${PID}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

const cookie = await signIn("admin@londom.test", "password123");
const rows: Record<string, unknown>[] = [];
for (const t of TARGETS.filter((x) => !ONLY || x.name.includes(ONLY))) {
  const url = BASE + t.path;
  const first = await fetch(url, { headers: { cookie } });
  if (first.status !== 200) throw new Error(`${t.path} answered ${first.status}`);
  const kb = Math.round((await first.arrayBuffer()).byteLength / 1024);
  for (let i = 0; i < 3; i++) await fetch(url, { headers: { cookie } }).then((r) => r.arrayBuffer());
  // Discarded: until V8 has compiled this page's code, the first seconds measure the JIT.
  if (WARMUP > 0) await autocannon({ url, connections: CONNECTIONS, duration: WARMUP, headers: { cookie } });
  const runs: { reqPerSec: number; p50: number; p99: number; non2xx: number; errors: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } });
    runs.push({
      reqPerSec: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    });
  }
  const row = {
    target: t.name,
    path: t.path,
    kb,
    reqPerSec: Math.round(median(runs.map((r) => r.reqPerSec))),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    p99s: runs.map((r) => r.p99).join(" "),
    non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
    errors: runs.reduce((a, r) => a + r.errors, 0),
  };
  rows.push(row);
  console.log(row);
}

if (process.env.BENCH_SKIP_FULL_CSV) {
  console.table(rows);
  console.log(
    "saved",
    saveResult("admin-lists", { connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, rows }),
  );
  process.exit(0);
}

// The whole orders CSV, once, sampling the server's memory while it streams.
const before = rssMb();
let peak = before ?? 0;
const sampler = setInterval(() => {
  const now = rssMb();
  if (now !== null) peak = Math.max(peak, now);
}, 50);
const t0 = performance.now();
const res = await fetch(`${BASE}/admin/orders/export.csv`, { headers: { cookie } });
if (res.status !== 200 || !res.body) throw new Error(`orders CSV answered ${res.status}`);
let bytes = 0;
let newlines = 0;
const reader = res.body.getReader();
for (let r = await reader.read(); !r.done; r = await reader.read()) {
  bytes += r.value.byteLength;
  for (const b of r.value) if (b === 10) newlines++;
}
clearInterval(sampler);
const csv = {
  rows: newlines - 1,
  megabytes: Math.round(bytes / 1e5) / 10,
  seconds: Math.round((performance.now() - t0) / 100) / 10,
  rssBeforeMb: before,
  rssPeakMb: PID ? peak : null,
  rssGrowthMb: PID && before !== null ? peak - before : null,
};
console.log({ csv });

console.table(rows);
console.log(
  "saved",
  saveResult("admin-lists", { connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, rows, csv }),
);
