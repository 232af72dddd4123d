import "server-only";
import { type Db, prisma } from "@/lib/db";
import { parseProductCsv } from "@/lib/catalog/csv/parse-product-csv";
import { rejectsOf } from "@/lib/catalog/csv/product-import-dto";

// A few of the rows a previewed import would create and update, for the import page's sample
// table. Only the first rows of the file are looked at (the counts come from the preview
// itself); a row counts as an update when its SKU is already one of the vendor's variants,
// as the plan decides. Rows of a product with any rejected row are never applied, so left out.

export type TImportSampleRow = {
  line: number;
  handle: string;
  title: string;
  variant: string;
  sku: string;
  priceMinor: number;
  availability: "IN_STOCK" | "PRE_ORDER";
  stockOnHand: number | null;
};

export type TImportSample = { creates: TImportSampleRow[]; updates: TImportSampleRow[] };

const LOOK_AT = 400;

export async function getProductImportSample(
  { importId, vendorId, size = 5 }: { importId: string; vendorId: string; size?: number },
  db: Db = prisma,
): Promise<TImportSample> {
  const row = await db.productImport.findFirst({
    where: { id: importId, vendorId, status: "PREVIEWED" },
    select: { csv: true, rejects: true },
  });
  if (!row?.csv) return { creates: [], updates: [] };
  const parsed = parseProductCsv(row.csv);
  if (!parsed.ok) return { creates: [], updates: [] };
  const rejected = new Set(rejectsOf(row.rejects).map((r) => r.line));

  const candidates: TImportSampleRow[] = [];
  for (const p of parsed.products) {
    if (p.rows.some((r) => rejected.has(r.line))) continue;
    for (const r of p.rows) {
      candidates.push({
        line: r.line,
        handle: p.handle,
        title: p.product.title,
        variant: Object.values(r.variant.options).join(" / "),
        sku: r.variant.sku,
        priceMinor: r.variant.priceMinor,
        availability: r.variant.availability,
        stockOnHand: r.variant.stockOnHand,
      });
    }
    if (candidates.length >= LOOK_AT) break;
  }
  const known = await db.variant.findMany({
    where: { sku: { in: candidates.map((c) => c.sku) }, product: { vendorId } },
    select: { sku: true },
  });
  const isKnown = new Set(known.map((v) => v.sku));
  const byLine = (a: TImportSampleRow, b: TImportSampleRow) => a.line - b.line;
  return {
    creates: candidates
      .filter((c) => !isKnown.has(c.sku))
      .sort(byLine)
      .slice(0, size),
    updates: candidates
      .filter((c) => isKnown.has(c.sku))
      .sort(byLine)
      .slice(0, size),
  };
}
