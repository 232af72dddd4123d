import "server-only";
import type { TCsvReject } from "@/lib/catalog/csv/parse-product-csv";
import type { ProductImportStatus } from "@/lib/generated/prisma/enums";

// What the import page and the status route see of a ProductImport (never the stored file).

export const PRODUCT_IMPORT_SELECT = {
  id: true,
  fileName: true,
  status: true,
  totalRows: true,
  createCount: true,
  updateCount: true,
  rejectCount: true,
  processedRows: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

export type TProductImportDto = {
  id: string;
  fileName: string;
  status: ProductImportStatus;
  totalRows: number;
  createCount: number;
  updateCount: number;
  rejectCount: number;
  processedRows: number;
  /** Rows the apply job writes: create + update. */
  applyRows: number;
  /** Products the preview would apply (only right after a preview). */
  productCount: number | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

type TRow = {
  id: string;
  fileName: string;
  status: ProductImportStatus;
  totalRows: number;
  createCount: number;
  updateCount: number;
  rejectCount: number;
  processedRows: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export function toProductImportDto(r: TRow, extra: { productCount?: number } = {}): TProductImportDto {
  return {
    id: r.id,
    fileName: r.fileName,
    status: r.status,
    totalRows: r.totalRows,
    createCount: r.createCount,
    updateCount: r.updateCount,
    rejectCount: r.rejectCount,
    processedRows: r.processedRows,
    applyRows: r.createCount + r.updateCount,
    productCount: extra.productCount ?? null,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** The stored rejects Json as typed rows (anything malformed is dropped, never shown raw). */
export function rejectsOf(json: unknown): TCsvReject[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((r: unknown) => {
    if (!r || typeof r !== "object") return [];
    const { line, sku, reason } = r as Record<string, unknown>;
    return typeof line === "number" && typeof reason === "string"
      ? [{ line, sku: typeof sku === "string" ? sku : "", reason }]
      : [];
  });
}
