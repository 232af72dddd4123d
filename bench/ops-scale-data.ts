/**
 * Fills a seeded database with operations data at the scale of issue 10's benchmark:
 * 500 batches, 100,000 orders, 300,000 lines, 100,000 payments and 50,000 deliveries,
 * spread over 5,000 customers, every seeded vendor, variant, zone and pickup point, a year
 * of dates and every status. Set-based SQL (generate_series), so it takes about a minute.
 *
 *   node --import tsx scripts/db.ts run --db bench_ops --fresh --seed -- node --import tsx bench/ops-scale-data.ts
 *
 * Rows are recognisable by their ids ("bx_…") and numbers ("BX-…"); rerunning adds nothing
 * (it stops when the bench orders exist). Not part of npm test.
 */
import pg from "pg";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const BATCHES = 500;
const CUSTOMERS = 5_000;

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is required (run through scripts/db.ts, see the header)");
const client = new pg.Client({ connectionString: url });
await client.connect();

async function step(label: string, sql: string) {
  const t = performance.now();
  const r = await client.query(sql);
  console.log(`[ops-scale] ${label}: ${r.rowCount ?? 0} rows in ${Math.round(performance.now() - t)} ms`);
}

const exists = await client.query(`SELECT 1 FROM "Order" WHERE id = 'bx_o_1'`);
if (exists.rowCount) {
  console.log("[ops-scale] bench orders already present: nothing to do");
  await client.end();
  process.exit(0);
}

await client.query("SET synchronous_commit = off");

await step(
  "customers",
  `INSERT INTO "User" (id, email, name, phone, roles, "updatedAt")
   SELECT 'bx_u_' || n, 'bench' || n || '@londom.test', 'Bench Customer ' || n,
          '+23324' || lpad(n::text, 7, '0'), ARRAY['CUSTOMER']::"Role"[], now()
   FROM generate_series(1, ${CUSTOMERS}) n`,
);

// Batches over every origin, a year of cut-offs, every status.
await step(
  "batches",
  `WITH o AS (SELECT id, code, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS c FROM "Origin")
   INSERT INTO "Batch" (id, code, "originId", status, "shippingMethod", "cutoffAt", "arrivalWindowStart",
                        "arrivalWindowEnd", "minUnits", "updatedAt")
   SELECT 'bx_b_' || n, 'BX-' || o.code || '-' || lpad(n::text, 4, '0'), o.id,
          (ARRAY['DRAFT','OPEN','CLOSED','IN_TRANSIT','ARRIVED','COMPLETED','CANCELLED'])[1 + n % 7]::"BatchStatus",
          (CASE WHEN n % 3 = 0 THEN 'SEA' ELSE 'AIR' END)::"ShippingMethod",
          now() - interval '300 days' + (n || ' hours')::interval * 16,
          now() - interval '290 days' + (n || ' hours')::interval * 16,
          now() - interval '280 days' + (n || ' hours')::interval * 16,
          CASE WHEN n % 4 = 0 THEN 40 END, now()
   FROM generate_series(1, ${BATCHES}) n JOIN o ON o.i = n % o.c`,
);

// Orders: one per series number, a customer, a zone (HOME) or a pickup point, every status.
await step(
  "orders",
  `WITH z AS (SELECT id, "feeMinor", row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS c FROM "DeliveryZone"),
        p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS c FROM "PickupPoint")
   INSERT INTO "Order" (id, number, "customerId", status, "subtotalMinor", "deliveryFeeMinor", "totalMinor",
                        "amountPaidMinor", "balanceDueMinor", "paymentPlan", "depositMinor", "deliveryMethod",
                        "deliveryZoneId", "pickupPointId", "shippingAddress", "contactPhone", "contactEmail",
                        "paidAt", "createdAt", "updatedAt")
   SELECT 'bx_o_' || n, 'BX-' || lpad(n::text, 7, '0'), 'bx_u_' || (1 + n % ${CUSTOMERS}),
          (ARRAY['PAID','IN_PROGRESS','READY_FOR_DELIVERY','OUT_FOR_DELIVERY','DELIVERED','COMPLETED',
                 'CANCELLED','PENDING_PAYMENT','EXPIRED','PARTIALLY_REFUNDED'])[1 + n % 10]::"OrderStatus",
          30000, CASE WHEN n % 2 = 0 THEN z."feeMinor" ELSE 0 END, 30000 + CASE WHEN n % 2 = 0 THEN z."feeMinor" ELSE 0 END,
          CASE WHEN n % 10 IN (7, 8) THEN 0 WHEN n % 5 = 0 THEN 9000 ELSE 30000 + CASE WHEN n % 2 = 0 THEN z."feeMinor" ELSE 0 END END,
          CASE WHEN n % 5 = 0 AND n % 10 NOT IN (7, 8) THEN 21000 + CASE WHEN n % 2 = 0 THEN z."feeMinor" ELSE 0 END ELSE 0 END,
          (CASE WHEN n % 5 = 0 THEN 'DEPOSIT' ELSE 'FULL' END)::"PaymentPlan",
          CASE WHEN n % 5 = 0 THEN 9000 END,
          (CASE WHEN n % 2 = 0 THEN 'HOME' ELSE 'PICKUP' END)::"DeliveryMethod",
          CASE WHEN n % 2 = 0 THEN z.id END, CASE WHEN n % 2 = 1 THEN p.id END,
          CASE WHEN n % 2 = 0 THEN jsonb_build_object('recipientName', 'Bench Customer ' || (1 + n % ${CUSTOMERS}),
            'phone', '+23324' || lpad((1 + n % ${CUSTOMERS})::text, 7, '0'), 'line1', n || ' Ring Road',
            'area', 'Osu', 'city', 'Accra', 'region', 'Greater Accra') END,
          '+23324' || lpad((1 + n % ${CUSTOMERS})::text, 7, '0'), 'bench' || (1 + n % ${CUSTOMERS}) || '@londom.test',
          CASE WHEN n % 10 NOT IN (7, 8) THEN now() - (n || ' minutes')::interval * 5 END,
          now() - (n || ' minutes')::interval * 5, now()
   FROM generate_series(1, ${ORDERS}) n
   JOIN z ON z.i = n % z.c JOIN p ON p.i = n % p.c`,
);

// Three lines per order, from the seeded variants, in a batch of the variant's origin when one exists.
await step(
  "order lines",
  `WITH v AS (SELECT v.id, v."productId", pr."vendorId", v.sku, v.title, pr.title AS "productTitle",
                     row_number() OVER (ORDER BY v.id) - 1 AS i, count(*) OVER () AS c
              FROM "Variant" v JOIN "Product" pr ON pr.id = v."productId")
   INSERT INTO "OrderLine" (id, "orderId", "vendorId", "productId", "variantId", "batchId", status, availability,
                            quantity, "unitPriceMinor", "lineTotalMinor", "feeBps", "feeMinor", "productTitle",
                            "variantTitle", sku, "createdAt", "updatedAt")
   SELECT 'bx_l_' || n || '_' || k, 'bx_o_' || n, v."vendorId", v."productId", v.id,
          'bx_b_' || (1 + (n * 7 + k) % ${BATCHES}),
          (ARRAY['CONFIRMED','PROCURED','SHIPPED','ARRIVED','OUT_FOR_DELIVERY','DELIVERED','RELEASED',
                 'CANCELLED','RESERVED','UNAVAILABLE'])[1 + n % 10]::"OrderLineStatus",
          'PRE_ORDER', 1, 10000, 10000, 1000, 1000, v."productTitle", v.title, v.sku,
          now() - (n || ' minutes')::interval * 5, now()
   FROM generate_series(1, ${ORDERS}) n CROSS JOIN generate_series(1, 3) k
   JOIN v ON v.i = (n * 3 + k) % v.c`,
);

await step(
  "payments",
  `INSERT INTO "Payment" (id, "orderId", kind, channel, reference, "amountMinor", status, "feeMinor", "paidAt",
                          "createdAt", "updatedAt")
   SELECT 'bx_p_' || n, 'bx_o_' || n,
          (CASE WHEN n % 5 = 0 THEN 'DEPOSIT' ELSE 'FULL' END)::"PaymentKind",
          (CASE WHEN n % 3 = 0 THEN 'CARD' ELSE 'MOBILE_MONEY' END)::"PaymentChannel",
          'bx_ref_' || n, CASE WHEN o."amountPaidMinor" > 0 THEN o."amountPaidMinor" ELSE o."totalMinor" END,
          (CASE WHEN o."amountPaidMinor" > 0 THEN 'SUCCEEDED' ELSE 'ABANDONED' END)::"PaymentStatus",
          CASE WHEN o."amountPaidMinor" > 0 THEN 585 END, o."paidAt", o."createdAt", now()
   FROM generate_series(1, ${ORDERS}) n JOIN "Order" o ON o.id = 'bx_o_' || n`,
);

// Deliveries for half of the orders (the paid, delivered-side statuses), every delivery status.
await step(
  "deliveries",
  `WITH r AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS c
              FROM "User" WHERE 'RIDER' = ANY(roles))
   INSERT INTO "Delivery" (id, "orderId", method, status, "zoneId", "pickupPointId", address, "feeMinor", "riderId",
                           "deliveryCode", "scheduledFor", "timeSlot", "createdAt", "updatedAt")
   SELECT 'bx_d_' || o.n, o.id, o."deliveryMethod", s.status, o."deliveryZoneId", o."pickupPointId",
          o."shippingAddress", o."deliveryFeeMinor",
          CASE WHEN s.status IN ('SCHEDULED','OUT_FOR_DELIVERY','DELIVERED','FAILED') THEN r.id END,
          lpad((o.n % 1000000)::text, 6, '0'),
          CASE WHEN s.status <> 'PENDING' THEN date_trunc('day', now()) - ((o.n % 60) || ' days')::interval + interval '8 hours' END,
          CASE WHEN s.status <> 'PENDING' THEN (ARRAY['MORNING','AFTERNOON','EVENING'])[1 + o.n % 3]::"DeliveryTimeSlot" END,
          o."createdAt", now()
   FROM (SELECT id, "deliveryMethod", "deliveryZoneId", "pickupPointId", "shippingAddress", "deliveryFeeMinor",
                "createdAt", substring(id from 6)::int AS n
         FROM "Order" WHERE id LIKE 'bx_o_%' AND substring(id from 6)::int % 2 = 0) o
   CROSS JOIN LATERAL (SELECT (ARRAY['PENDING','SCHEDULED','OUT_FOR_DELIVERY','DELIVERED','FAILED','RETURNED'])
                        [1 + (o.n / 2) % 6]::"DeliveryStatus" AS status) s
   JOIN r ON r.i = o.n % r.c`,
);

await step("analyze", "ANALYZE");
await client.end();
