/**
 * Admin list pages at scale (issue 10's bar: p99 < 300 ms for a page of 50 at 10
 * connections; the orders CSV of 100,000 orders streamed with server memory growth < 100 MB).
 * Not part of npm test. Needs a production server on a database filled by
 * bench/ops-scale-data.ts (see bench/README.md, "Admin lists at scale").
 *
 *   BENCH_URL=http://127.0.0.1:3106 BENCH_SERVER_PID=<next-server pid> npm run bench:admin-lists
 *
 * Signs in as the demo superadmin through next-auth's credentials endpoint, then runs
 * autocannon (10 connections, BENCH_DURATION s) on each list URL, and downloads the full
 * orders CSV once while sampling the server's resident memory (/proc/<pid>/status).
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { saveResult } from "./_support";

const BASE = (process.env.BENCH_URL ?? "http://127.0.0.1:3106").replace(/\/$/, "");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PID = process.env.BENCH_SERVER_PID;

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
  { name: "batch manifest CSV", path: "/admin/batches/BX-LDN-0007/manifest.csv" },
];

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
for (const t of TARGETS) {
  const url = BASE + t.path;
  const first = await fetch(url, { headers: { cookie } });
  if (first.status !== 200) throw new Error(`${t.path} answered ${first.status}`);
  for (let i = 0; i < 3; i++) await fetch(url, { headers: { cookie } }).then((r) => r.arrayBuffer());
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } });
  const row = {
    target: t.name,
    path: t.path,
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
  rows.push(row);
  console.log(row);
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
console.log("saved", saveResult("admin-lists", { connections: CONNECTIONS, duration: DURATION, rows, csv }));
