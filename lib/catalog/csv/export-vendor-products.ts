import "server-only";
import Papa from "papaparse";
import { type Db, type Prisma, prisma } from "@/lib/db";
import { PRODUCT_CSV_COLUMNS, type TProductCsvColumn } from "@/lib/catalog/csv/columns";

// The vendor's whole catalog as the import's CSV (columns.ts): one row per variant, every
// product and variant (drafts, archived, inactive variants too), so an export re-imports
// unchanged. Read in keyset chunks of products and written chunk by chunk (the admin orders
// export's approach), so a large catalog never sits in memory at once.

export const VENDOR_PRODUCTS_EXPORT_CHUNK = 200;

// A cell starting with = + - @ tab or CR could run as a spreadsheet formula: papaparse quotes
// it with a leading ' — which the import takes off again (parse-product-csv.ts).
export const CSV_FORMULA = /^[=+\-@\t\r]/;

const cedis = (minor: number) => (minor / 100).toFixed(2);

const PRODUCT_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  status: true,
  leadTimeDays: true,
  material: true,
  care: true,
  season: true,
  optionNames: true,
  category: { select: { slug: true } },
  origin: { select: { code: true } },
  variants: {
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      sku: true,
      options: true,
      priceMinor: true,
      compareAtMinor: true,
      availability: true,
      stockOnHand: true,
      batchCap: true,
      isActive: true,
    },
  },
} satisfies Prisma.ProductSelect;

type TProduct = Awaited<ReturnType<typeof readChunk>>[number];

function readChunk(db: Db, vendorId: string, after: string | null, take: number) {
  return db.product.findMany({
    where: { vendorId, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: PRODUCT_SELECT,
  });
}

function csvRecords(p: TProduct): string[][] {
  return p.variants.map((v) => {
    const options = (v.options ?? {}) as Record<string, string>;
    const cell: Record<TProductCsvColumn, string> = {
      handle: p.slug,
      title: p.title,
      description: p.description,
      category: p.category.slug,
      status: p.status,
      origin: p.origin.code,
      lead_time_days: String(p.leadTimeDays),
      material: p.material ?? "",
      care: p.care ?? "",
      season: p.season ?? "",
      option1_name: p.optionNames[0] ?? "",
      option1_value: p.optionNames[0] ? (options[p.optionNames[0]] ?? "") : "",
      option2_name: p.optionNames[1] ?? "",
      option2_value: p.optionNames[1] ? (options[p.optionNames[1]] ?? "") : "",
      option3_name: p.optionNames[2] ?? "",
      option3_value: p.optionNames[2] ? (options[p.optionNames[2]] ?? "") : "",
      sku: v.sku,
      price: cedis(v.priceMinor),
      compare_at_price: v.compareAtMinor === null ? "" : cedis(v.compareAtMinor),
      availability: v.availability === "IN_STOCK" ? "in_stock" : "pre_order",
      stock_on_hand: v.availability === "IN_STOCK" ? String(v.stockOnHand) : "",
      batch_cap: v.availability === "PRE_ORDER" && v.batchCap !== null ? String(v.batchCap) : "",
      active: v.isActive ? "true" : "false",
    };
    return PRODUCT_CSV_COLUMNS.map((c) => cell[c]);
  });
}

/** Every product of the vendor, `chunk` products at a time, as CSV records. */
export async function* vendorProductRecords(
  { vendorId }: { vendorId: string },
  db: Db = prisma,
  chunk = VENDOR_PRODUCTS_EXPORT_CHUNK,
): AsyncGenerator<string[][]> {
  let after: string | null = null;
  for (;;) {
    const products = await readChunk(db, vendorId, after, chunk);
    if (products.length === 0) return;
    yield products.flatMap(csvRecords);
    if (products.length < chunk) return;
    after = products.at(-1)!.id;
  }
}

/** The CSV text of some records (no BOM, CRLF), as the export writes them. */
export function unparseProductCsv(records: string[][]): string {
  return Papa.unparse(records, { escapeFormulae: CSV_FORMULA, newline: "\r\n" });
}

/**
 * The export as a byte stream: a BOM (spreadsheets then read it as UTF-8) and the header row,
 * then one chunk of products at a time, pulled only as fast as the client reads.
 */
export function vendorProductsCsvStream(
  { vendorId }: { vendorId: string },
  db: Db = prisma,
  chunk?: number,
): ReadableStream {
  const encoder = new TextEncoder();
  const chunks = vendorProductRecords({ vendorId }, db, chunk);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${unparseProductCsv([[...PRODUCT_CSV_COLUMNS]])}\r\n`));
        return;
      }
      const next = await chunks.next();
      if (next.done) {
        controller.close();
        return;
      }
      if (next.value.length) controller.enqueue(encoder.encode(`${unparseProductCsv(next.value)}\r\n`));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
