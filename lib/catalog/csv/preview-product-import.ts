import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isStorableText } from "@/lib/http/text";
import { PRODUCT_CSV_MAX_BYTES } from "@/lib/catalog/csv/columns";
import { parseProductCsv } from "@/lib/catalog/csv/parse-product-csv";
import { planProductImport } from "@/lib/catalog/csv/plan-product-import";
import {
  toProductImportDto,
  PRODUCT_IMPORT_SELECT,
  type TProductImportDto,
} from "@/lib/catalog/csv/product-import-dto";

export const ZPreviewProductImportInput = z.object({
  vendorId: z.string().min(1),
  actorId: z.string().min(1).nullish(),
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes (UTF-8). */
  bytes: z.instanceof(Uint8Array),
});
export type TPreviewProductImportInput = z.input<typeof ZPreviewProductImportInput>;

/** UTF-8 text of an uploaded CSV, or a sentence saying why it cannot be read. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > PRODUCT_CSV_MAX_BYTES) {
    throw new AppError(
      "BAD_REQUEST",
      `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${PRODUCT_CSV_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", 'The file is not UTF-8 text. In your spreadsheet, save it as "CSV UTF-8".');
  }
  if (!isStorableText(text)) throw new AppError("BAD_REQUEST", "The file contains binary data; upload a CSV file.");
  return text;
}

/**
 * Step 1 of an import: reads the file, says what it would do (rows to create, to update, and
 * every rejected row with its line and reason) and keeps it as a PREVIEWED ProductImport, so
 * the job later applies exactly this file. Changes nothing in the catalog. A file that cannot
 * be read at all (too big, not UTF-8, wrong header, too many rows) → BAD_REQUEST, nothing kept.
 */
export async function previewProductImport(
  input: TPreviewProductImportInput,
  db: Db = prisma,
): Promise<TProductImportDto> {
  const args = ZPreviewProductImportInput.parse(input);
  const csv = decodeCsvBytes(args.bytes);
  const parsed = parseProductCsv(csv);
  if (!parsed.ok) throw new AppError("BAD_REQUEST", parsed.error);
  const plan = await planProductImport({ vendorId: args.vendorId, parsed }, db);
  const row = await db.productImport.create({
    data: {
      vendorId: args.vendorId,
      createdById: args.actorId ?? null,
      fileName: args.fileName,
      csv,
      status: "PREVIEWED",
      totalRows: plan.totalRows,
      createCount: plan.createCount,
      updateCount: plan.updateCount,
      rejectCount: plan.rejects.length,
      rejects: plan.rejects,
    },
    select: PRODUCT_IMPORT_SELECT,
  });
  return toProductImportDto(row, { productCount: plan.products.length });
}
