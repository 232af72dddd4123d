// Checkout reservations per second on ONE hot SKU, beside a ceiling measured in the same
// run: a loop of single conditional UPDATEs on that row (what a reservation must do at the
// very least), serially and with the same concurrency.
//
//   node --import tsx scripts/db.ts run --db bench_money -- \
//     node --conditions=react-server --import tsx bench/checkout-reservations.ts [--seconds=10] [--concurrency=8]
import { randomBytes } from "node:crypto";
import pg from "pg";
import { prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { placeOrder } from "@/lib/checkout/place-order";
import { arg, runFor, saveResult, summarize } from "./_support";

const SECONDS = arg("seconds", 10);
const CONCURRENCY = arg("concurrency", 8);
const uid = () => randomBytes(4).toString("hex");

async function setup() {
  const tag = uid();
  const origin = await prisma.origin.create({
    data: { code: `BENCH-${tag}`, name: "Bench origin", countryCode: "GB" },
  });
  const vendor = await prisma.vendor.create({
    data: {
      slug: `bench-${tag}`,
      name: "Bench vendor",
      contactEmail: `bench-${tag}@bench.local`,
      originId: origin.id,
      status: "ACTIVE",
    },
  });
  const category = await prisma.category.create({ data: { slug: `bench-${tag}`, name: "Bench" } });
  const product = await prisma.product.create({
    data: {
      vendorId: vendor.id,
      categoryId: category.id,
      originId: origin.id,
      slug: `bench-${tag}`,
      title: "Hot item",
      description: "bench",
      status: "ACTIVE",
    },
  });
  const variant = await prisma.variant.create({
    data: {
      productId: product.id,
      sku: `BENCH-${tag}`,
      title: "One size",
      priceMinor: 5_000,
      availability: "IN_STOCK",
      stockOnHand: 10_000_000,
    },
  });
  const point = await prisma.pickupPoint.create({
    data: {
      slug: `bench-${tag}`,
      name: "Bench pickup",
      address: "1 Bench Rd",
      city: "Accra",
      phone: "+233200000000",
      openingHours: "9–5",
    },
  });
  const shoppers = await Promise.all(
    Array.from({ length: CONCURRENCY }, (_, i) =>
      prisma.user.create({
        data: {
          email: `bench-${tag}-${i}@bench.local`,
          name: "Bench",
          phone: `+23320${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, "0")}`,
        },
      }),
    ),
  );
  return { variant, point, shoppers };
}

async function ceiling(variantId: string, concurrency: number) {
  const pool = new pg.Pool({ connectionString: serverEnv().DATABASE_URL, max: concurrency });
  const sql = `UPDATE "Variant" SET "reserved" = "reserved" + 1 WHERE "id" = $1 AND "stockOnHand" - "reserved" >= 1`;
  await pool.query(sql, [variantId]); // warm the plan and the connection
  const run = await runFor(SECONDS * 1000, concurrency, async () => {
    const r = await pool.query(sql, [variantId]);
    if (r.rowCount !== 1) throw new Error("no row updated");
  });
  await pool.query(`UPDATE "Variant" SET "reserved" = 0 WHERE "id" = $1`, [variantId]);
  await pool.end();
  return run;
}

const { variant, point, shoppers } = await setup();
console.log(
  `[bench] hot SKU ${variant.sku}; ${SECONDS}s per phase; concurrency ${CONCURRENCY}; pool ${serverEnv().DATABASE_POOL_SIZE}`,
);

const serial = await ceiling(variant.id, 1);
const parallel = await ceiling(variant.id, CONCURRENCY);
const cpu0 = process.cpuUsage();
const checkout = await runFor(SECONDS * 1000, CONCURRENCY, async (w) => {
  await placeOrder({
    customerId: shoppers[w]!.id,
    idempotencyKey: `bench-${uid()}-${uid()}`,
    lines: [{ variantId: variant.id, quantity: 1 }],
    delivery: { method: "PICKUP", pickupPointId: point.id },
  });
});

const cpu = process.cpuUsage(cpu0);
const cpuMsPerCheckout =
  Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, checkout.latencies.length)) * 10) / 10;
const after = await prisma.variant.findUniqueOrThrow({ where: { id: variant.id } });
const rows = [
  {
    phase: "ceiling: conditional UPDATE loop, 1 connection",
    perSecond: serial.latencies.length / serial.seconds,
    errors: serial.errors,
    ...summarize(serial.latencies),
  },
  {
    phase: `ceiling: conditional UPDATE loop, ${CONCURRENCY} connections`,
    perSecond: parallel.latencies.length / parallel.seconds,
    errors: parallel.errors,
    ...summarize(parallel.latencies),
  },
  {
    phase: `placeOrder (full checkout transaction), ${CONCURRENCY} concurrent`,
    perSecond: checkout.latencies.length / checkout.seconds,
    errors: checkout.errors,
    ...summarize(checkout.latencies),
  },
].map((r) => ({ ...r, perSecond: Math.round(r.perSecond) }));
console.table(rows);
console.log(
  `[bench] checkout reached ${Math.round((rows[2]!.perSecond / rows[1]!.perSecond) * 1000) / 10}% of the ${CONCURRENCY}-connection ceiling; reserved on the SKU after the run: ${after.reserved} (= successful checkouts ${checkout.latencies.length})`,
);
console.log(
  `[bench] app-process CPU per checkout: ${cpuMsPerCheckout} ms (Prisma + domain code; the database's share is not counted)`,
);
console.log(
  `[bench] saved ${saveResult("checkout-reservations", { at: new Date().toISOString(), seconds: SECONDS, concurrency: CONCURRENCY, cpuMsPerCheckout, rows })}`,
);
await prisma.$disconnect();
