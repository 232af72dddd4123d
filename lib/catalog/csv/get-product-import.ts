import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TCsvReject } from "@/lib/catalog/csv/parse-product-csv";
import { parseProductCsv } from "@/lib/catalog/csv/parse-product-csv";
import {
  PRODUCT_IMPORT_SELECT,
  rejectsOf,
  toProductImportDto,
  type TProductImportDto,
} from "@/lib/catalog/csv/product-import-dto";

export const PRODUCT_IMPORT_REJECTS_PAGE = 50;

export type TProductImportDetail = TProductImportDto & {
  rejects: TCsvReject[];
  rejectPage: number;
  rejectPages: number;
};

/**
 * One of the vendor's imports with a page of its rejected rows (another vendor's → NOT_FOUND).
 * A previewed import also says how many products applying it writes (the file's handles
 * whose rows were not rejected).
 */
export async function getProductImportOrThrow(
  { importId, vendorId, rejectPage = 1 }: { importId: string; vendorId: string; rejectPage?: number },
  db: Db = prisma,
): Promise<TProductImportDetail> {
  const row = await db.productImport.findFirst({
    where: { id: importId, vendorId },
    select: { ...PRODUCT_IMPORT_SELECT, rejects: true, csv: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Import not found.");
  const all = rejectsOf(row.rejects);
  const rejectPages = Math.max(1, Math.ceil(all.length / PRODUCT_IMPORT_REJECTS_PAGE));
  const page = Math.min(Math.max(1, Math.floor(rejectPage)), rejectPages);
  let productCount: number | undefined;
  if (row.status === "PREVIEWED" && row.csv) {
    const parsed = parseProductCsv(row.csv);
    const rejected = new Set(all.map((r) => r.line));
    if (parsed.ok) productCount = parsed.products.filter((p) => p.rows.every((r) => !rejected.has(r.line))).length;
  }
  return {
    ...toProductImportDto(row, productCount === undefined ? {} : { productCount }),
    rejects: all.slice((page - 1) * PRODUCT_IMPORT_REJECTS_PAGE, page * PRODUCT_IMPORT_REJECTS_PAGE),
    rejectPage: page,
    rejectPages,
  };
}

/** Status only (the progress bar polls it): no rejects, no file. */
export async function getProductImportStatusOrThrow(
  { importId, vendorId }: { importId: string; vendorId: string },
  db: Db = prisma,
): Promise<TProductImportDto> {
  const row = await db.productImport.findFirst({ where: { id: importId, vendorId }, select: PRODUCT_IMPORT_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Import not found.");
  return toProductImportDto(row);
}

/** The vendor's most recent imports, newest first. */
export async function listProductImports(
  { vendorId, take = 10 }: { vendorId: string; take?: number },
  db: Db = prisma,
): Promise<TProductImportDto[]> {
  const rows = await db.productImport.findMany({
    where: { vendorId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: PRODUCT_IMPORT_SELECT,
  });
  return rows.map((r) => toProductImportDto(r));
}
