// Webhook acknowledgement latency of POST /api/webhooks/paystack under 200 concurrent
// deliveries: signature check, storage under the unique key, enqueue (pg-boss, in the same
// transaction), 200. By default the real route handler is served by a plain node:http
// server in this process (no Next routing); --url=http://localhost:3107/api/webhooks/paystack
// measures a running `next start` instead (same signing key required).
//
//   node --import tsx scripts/db.ts run --db bench_money -- \
//     node --conditions=react-server --import tsx bench/webhook-ack.ts [--concurrency=200] [--rounds=5]
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { POST } from "@/app/api/webhooks/paystack/route";
import { prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { signPaystackBody } from "@/lib/integrations/paystack/signature";
import { stopBoss } from "@/lib/jobs/queue";
import { arg, argString, saveResult, summarize } from "./_support";

const CONCURRENCY = arg("concurrency", 200);
const ROUNDS = arg("rounds", 5);
const DUPLICATE_SHARE = 0.3;

async function localServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on(
      "end",
      () =>
        void (async () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
          const response = await POST(
            new Request(`http://localhost${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }),
            undefined,
          );
          res.statusCode = response.status;
          res.end(await response.text());
        })(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/paystack`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function delivery(i: number, round: number) {
  const id = `${round}-${i}-${randomBytes(4).toString("hex")}`;
  const body = JSON.stringify({
    event: "charge.success",
    data: { id, reference: `BENCH-${id}`, amount: 10_000, currency: "GHS", status: "success" },
  });
  return { body, signature: signPaystackBody(body, serverEnv().paystackSecretKey) };
}

const target = argString("url");
const local = target ? null : await localServer();
const url = target ?? local!.url;
const post = async (d: { body: string; signature: string }) => {
  const t = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-paystack-signature": d.signature },
    body: d.body,
  });
  await res.text();
  return { ms: performance.now() - t, status: res.status };
};

// Warm up (connections, pg-boss queue, JIT).
await Promise.all(Array.from({ length: 20 }, (_, i) => post(delivery(i, -1))));

// Baseline: one delivery at a time.
const serial: number[] = [];
for (let i = 0; i < 50; i++) serial.push((await post(delivery(i, -2))).ms);

const cpu0 = process.cpuUsage();
const latencies: number[] = [];
const statuses = new Map<number, number>();
const wall: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const fresh = Array.from({ length: Math.round(CONCURRENCY * (1 - DUPLICATE_SHARE)) }, (_, i) => delivery(i, round));
  const batch = [...fresh, ...Array.from({ length: CONCURRENCY - fresh.length }, (_, i) => fresh[i % fresh.length]!)];
  const t = performance.now();
  const results = await Promise.all(batch.map(post));
  wall.push(performance.now() - t);
  for (const r of results) {
    latencies.push(r.ms);
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  }
}
const cpu = process.cpuUsage(cpu0);
const cpuMsPerDelivery = Math.round(((cpu.user + cpu.system) / 1000 / latencies.length) * 10) / 10;
const row = {
  concurrency: CONCURRENCY,
  rounds: ROUNDS,
  ...summarize(latencies),
  roundWallMsP50: summarize(wall).p50,
  statuses: Object.fromEntries(statuses),
};
const base = summarize(serial);
console.log(
  `[bench] ${target ? `target ${target}` : "route handler on node:http"}; pool ${serverEnv().DATABASE_POOL_SIZE}`,
);
console.table([row]);
console.log(
  `[bench] one at a time: p50 ${base.p50} ms, p99 ${base.p99} ms; app-process CPU per delivery under load ${cpuMsPerDelivery} ms (client + server in this process)`,
);
console.log(
  `[bench] saved ${saveResult("webhook-ack", { at: new Date().toISOString(), target: target ?? "in-process node:http", ...row, serial: base, cpuMsPerDelivery })}`,
);
await local?.close();
await stopBoss({ timeoutMs: 2000 });
await prisma.$disconnect();
