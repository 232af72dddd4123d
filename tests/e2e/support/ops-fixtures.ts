// The step of the operations journey (ops-journey.spec.ts) that no page does yet, run
// OUTSIDE the web server through the real domain functions, in its own Node process like
// the job worker (node --import ./scripts/server-only.mjs --import tsx, DATABASE_URL set). The spec
// starts it once, early (loading the domain code takes a while), and sends it one JSON
// command per stdin line; each answer is one JSON line on stdout ({ ok, ... } or { ok: false,
// error }). It exits when stdin closes.
//
//   { "command": "procure", "orderNumber": "LI-…" }
//     The vendor hands the order's pre-order lines over for their batch (CONFIRMED → PROCURED):
//     /vendor/orders, where a vendor will do it, is still a placeholder.
import readline from "node:readline";
import { inTransaction, prisma } from "@/lib/db";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";

type TCommand = { command: "procure"; orderNumber: string };

async function procure(orderNumber: string) {
  const order = await prisma.order.findUniqueOrThrow({
    where: { number: orderNumber },
    select: { id: true, lines: { where: { status: "CONFIRMED", availability: "PRE_ORDER" }, select: { id: true } } },
  });
  if (order.lines.length === 0) throw new Error(`order ${orderNumber} has no pre-order line to procure`);
  await inTransaction(prisma, async (tx) => {
    for (const l of order.lines)
      await transitionLine(tx, { lineId: l.id, event: "PROCURE", actor: { type: "VENDOR" }, note: "e2e: handed over" });
    await syncOrderStatus(tx, { orderId: order.id, actor: { type: "VENDOR" }, note: "e2e: handed over" });
  });
  return { procured: order.lines.length };
}

async function run(c: TCommand) {
  if (c.command === "procure") return procure(c.orderNumber);
  throw new Error(`unknown command ${JSON.stringify(c)}`);
}

await prisma.$queryRaw`SELECT 1`; // connected before the first command arrives
console.log(JSON.stringify({ ok: true, ready: true }));
try {
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    try {
      console.log(JSON.stringify({ ok: true, ...(await run(JSON.parse(line) as TCommand)) }));
    } catch (e) {
      console.log(JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    }
  }
} finally {
  await prisma.$disconnect();
}
