// A vendor CSV import of 10,000 rows (2,000 products × 5 variants) through the real preview and
// apply functions (lib/catalog/csv/preview-product-import.ts, apply-product-import.ts — what the
// upload route and the catalog.apply-import job call). Bar: under 60 s, memory growth of the
// process under 200 MB. Not part of npm test; runs in-process on its own database:
//
//   node --import tsx scripts/db.ts run --db bench_csv --fresh -- \
//     node --conditions=react-server --expose-gc --import tsx bench/vendor-csv-import.ts [--products=2000] [--variants=5]
//
// Then the same file is imported a second time: every row is an update that changes nothing
// (the re-import of an export), which is the other half of the common use.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { PRODUCT_CSV_COLUMNS, type TProductCsvColumn } from "@/lib/catalog/csv/columns";
import { unparseProductCsv } from "@/lib/catalog/csv/export-vendor-products";
import { previewProductImport } from "@/lib/catalog/csv/preview-product-import";
import { applyProductImport } from "@/lib/catalog/csv/apply-product-import";
import { arg, saveResult } from "./_support";

const PRODUCTS = arg("products", 2000);
const VARIANTS = arg("variants", 5);
const SIZES = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"];
const tag = randomBytes(3).toString("hex");

async function setup() {
  const origin = await prisma.origin.create({ data: { code: `B${tag}`, name: "Bench origin", countryCode: "GB" } });
  const vendor = await prisma.vendor.create({
    data: {
      slug: `bench-csv-${tag}`,
      name: "Bench CSV vendor",
      contactEmail: `bench-csv-${tag}@bench.local`,
      originId: origin.id,
      status: "ACTIVE",
    },
  });
  const category = await prisma.category.create({ data: { slug: `bench-csv-${tag}`, name: "Bench shirts" } });
  return { vendorId: vendor.id, categorySlug: category.slug };
}

function buildCsv(categorySlug: string): string {
  const rows: string[][] = [[...PRODUCT_CSV_COLUMNS]];
  for (let p = 0; p < PRODUCTS; p++) {
    for (let v = 0; v < VARIANTS; v++) {
      const cell: Partial<Record<TProductCsvColumn, string>> = {
        handle: `bench-${tag}-shirt-${p}`,
        title: `Bench linen shirt ${p}`,
        description: "Breathable linen with a kente trim, cut for Accra's heat.",
        category: categorySlug,
        status: "ACTIVE",
        lead_time_days: "7",
        material: "100% linen",
        care: "Machine wash cold",
        option1_name: "Size",
        option1_value: SIZES[v % SIZES.length]!,
        sku: `B${tag}-${p}-${v}`.toUpperCase(),
        price: `${100 + (p % 50)}.99`,
        availability: v % 2 ? "pre_order" : "in_stock",
        stock_on_hand: v % 2 ? "" : String(5 + (p % 7)),
        active: "true",
      };
      rows.push(PRODUCT_CSV_COLUMNS.map((c) => cell[c] ?? ""));
    }
  }
  return `${unparseProductCsv(rows)}\r\n`;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function memory() {
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapMb: mb(m.heapUsed) };
}

/** Samples the process's memory every 50 ms while fn runs; growth = peak − before. */
async function measured<T>(fn: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = memory();
  let peakRss = before.rssMb;
  let peakHeap = before.heapMb;
  const sampler = setInterval(() => {
    const now = memory();
    peakRss = Math.max(peakRss, now.rssMb);
    peakHeap = Math.max(peakHeap, now.heapMb);
  }, 50);
  const t0 = performance.now();
  const result = await fn();
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  clearInterval(sampler);
  const after = memory();
  return {
    result,
    seconds,
    rssBeforeMb: before.rssMb,
    rssPeakMb: peakRss,
    rssGrowthMb: peakRss - before.rssMb,
    heapBeforeMb: before.heapMb,
    heapPeakMb: peakHeap,
    heapAfterMb: after.heapMb,
  };
}

async function importOnce(label: string, vendorId: string, bytes: Uint8Array<ArrayBuffer>) {
  const preview = await measured(() => previewProductImport({ vendorId, fileName: `${label}.csv`, bytes }));
  // What startProductImport does, minus enqueueing the job (no worker on this database): the
  // bench calls the job's function itself, in this process, so its time and memory are measured.
  await prisma.productImport.update({ where: { id: preview.result.id }, data: { status: "QUEUED" } });
  const apply = await measured(() => applyProductImport({ importId: preview.result.id }));
  const row = await prisma.productImport.findUniqueOrThrow({
    where: { id: preview.result.id },
    select: { status: true, processedRows: true, rejectCount: true },
  });
  const out = {
    label,
    rows: preview.result.totalRows,
    creates: preview.result.createCount,
    updates: preview.result.updateCount,
    rejects: preview.result.rejectCount,
    preview: { ...preview, result: undefined },
    apply: { ...apply, result: apply.result },
    finalStatus: row.status,
    processedRows: row.processedRows,
    totalSeconds: Math.round((preview.seconds + apply.seconds) * 10) / 10,
  };
  console.log(JSON.stringify(out, null, 2));
  return out;
}

const { vendorId, categorySlug } = await setup();
const csv = buildCsv(categorySlug);
const bytes = new TextEncoder().encode(csv);
console.log(`${PRODUCTS} products × ${VARIANTS} variants, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`);
const first = await importOnce("create", vendorId, bytes);
const second = await importOnce("reimport", vendorId, bytes);
console.log("saved", saveResult("vendor-csv-import", { products: PRODUCTS, variants: VARIANTS, first, second }));
await prisma.$disconnect();
