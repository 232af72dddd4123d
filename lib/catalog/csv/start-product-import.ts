import "server-only";
import { z } from "zod";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/queue";
import { APPLY_PRODUCT_IMPORT_JOB } from "@/lib/catalog/csv/job-names";

export const ZProductImportRef = z.object({
  importId: z.string().min(1).max(64),
  /** The tenant, from the session: another vendor's import is "not found". */
  vendorId: z.string().min(1),
});
export type TProductImportRef = z.input<typeof ZProductImportRef>;

const ALREADY: Record<string, string> = {
  QUEUED: "This import is already being applied.",
  RUNNING: "This import is already being applied.",
  COMPLETED: "This import was already applied.",
  FAILED: "This import stopped; upload the file again to retry.",
  DISCARDED: "This import was discarded; upload the file again.",
};

/**
 * Step 2: the vendor confirms a previewed import. PREVIEWED → QUEUED and the job is enqueued
 * in the same transaction (no job without the status, no QUEUED import without a job);
 * a second click finds it QUEUED and is refused.
 */
export async function startProductImport(input: TProductImportRef, db: Db = prisma): Promise<{ id: string }> {
  const { importId, vendorId } = ZProductImportRef.parse(input);
  return inTransaction(db, async (tx) => {
    const row = await tx.productImport.findFirst({
      where: { id: importId, vendorId },
      select: { id: true, status: true, createCount: true, updateCount: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "Import not found.");
    if (row.status !== "PREVIEWED") throw new AppError("INVALID_STATE", ALREADY[row.status] ?? "Not possible now.");
    if (row.createCount + row.updateCount === 0) {
      throw new AppError("INVALID_STATE", "Every row of this file was rejected: there is nothing to apply.");
    }
    const moved = await tx.productImport.updateMany({
      where: { id: row.id, status: "PREVIEWED" },
      data: { status: "QUEUED" },
    });
    if (moved.count !== 1) throw new AppError("INVALID_STATE", "This import is already being applied.");
    await enqueue(APPLY_PRODUCT_IMPORT_JOB, { importId: row.id }, { tx, singletonKey: row.id });
    return { id: row.id };
  });
}
