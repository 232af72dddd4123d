// The vendor products list (/vendor/products) of a vendor with 5,000 products × 5 variants:
// listVendorProducts (lib/catalog/list-vendor-products.ts, the page's one data call) at 10
// concurrent callers. Bar: p99 under 250 ms. There is no JSON route for this list (the page is
// a server component), so it calls the function directly, like checkout-reservations.ts.
// Not part of npm test; runs on its own database:
//
//   node --import tsx scripts/db.ts run --db bench_list --fresh -- \
//     node --conditions=react-server --import tsx bench/vendor-products-list.ts [--products=5000] [--seconds=10] [--concurrency=10]
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { listVendorProducts, type TVendorProductFilters } from "@/lib/catalog/list-vendor-products";
import { arg, runFor, saveResult, summarize } from "./_support";

const PRODUCTS = arg("products", 5000);
const VARIANTS = 5;
const SECONDS = arg("seconds", 10);
const CONCURRENCY = arg("concurrency", 10);
const tag = randomBytes(3).toString("hex");
const STATUSES = ["ACTIVE", "ACTIVE", "ACTIVE", "DRAFT", "ARCHIVED"] as const;

async function setup() {
  const origin = await prisma.origin.create({ data: { code: `L${tag}`, name: "Bench origin", countryCode: "GB" } });
  const vendor = await prisma.vendor.create({
    data: {
      slug: `bench-list-${tag}`,
      name: "Bench list vendor",
      contactEmail: `bench-list-${tag}@bench.local`,
      originId: origin.id,
      status: "ACTIVE",
    },
  });
  const category = await prisma.category.create({ data: { slug: `bench-list-${tag}`, name: "Bench" } });
  for (let from = 0; from < PRODUCTS; from += 1000) {
    const n = Math.min(1000, PRODUCTS - from);
    const products = await prisma.product.createManyAndReturn({
      data: Array.from({ length: n }, (_, i) => ({
        vendorId: vendor.id,
        categoryId: category.id,
        originId: origin.id,
        slug: `bench-${tag}-${from + i}`,
        title: `${(from + i) % 10 === 0 ? "Kente" : "Linen"} shirt ${from + i}`,
        description: "bench",
        status: STATUSES[(from + i) % STATUSES.length]!,
      })),
      select: { id: true },
    });
    await prisma.variant.createMany({
      data: products.flatMap((p, i) =>
        Array.from({ length: VARIANTS }, (_, v) => ({
          productId: p.id,
          sku: `L${tag}-${from + i}-${v}`.toUpperCase(),
          title: `Size ${v}`,
          priceMinor: 10_000 + v * 500,
          availability: v % 2 ? ("PRE_ORDER" as const) : ("IN_STOCK" as const),
          stockOnHand: v % 2 ? 0 : 5,
          position: v,
        })),
      ),
    });
  }
  return vendor.id;
}

const vendorId = await setup();
const firstPage = await listVendorProducts({ vendorId });
const TARGETS: { name: string; filters: TVendorProductFilters }[] = [
  { name: "first page", filters: {} },
  { name: "second page (cursor)", filters: { cursor: firstPage.nextCursor ?? undefined } },
  { name: "status ACTIVE", filters: { status: "ACTIVE" } },
  { name: "search title 'kente'", filters: { q: "kente" } },
  { name: "search SKU prefix", filters: { q: `L${tag}-42`.toUpperCase() } },
];

const rows: Record<string, unknown>[] = [];
for (const t of TARGETS) {
  // Warm-up (JIT, the connection pool), discarded.
  await runFor(2000, CONCURRENCY, () => listVendorProducts({ ...t.filters, vendorId }).then(() => undefined));
  const r = await runFor(SECONDS * 1000, CONCURRENCY, () =>
    listVendorProducts({ ...t.filters, vendorId }).then(() => undefined),
  );
  const row = {
    target: t.name,
    perSecond: Math.round(r.latencies.length / r.seconds),
    ...summarize(r.latencies),
    errors: r.errors,
  };
  rows.push(row);
  console.log(row);
}
console.table(rows);
console.log(
  "saved",
  saveResult("vendor-products-list", { products: PRODUCTS, seconds: SECONDS, concurrency: CONCURRENCY, rows }),
);
await prisma.$disconnect();
