import "server-only";
import { type Db, inTransaction, isRootClient, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeBatchStatus, type TBatchStatusChange } from "@/lib/batches/batch-status-step";
import { type TOpenBatchInput, ZOpenBatchInput } from "@/lib/batches/schemas";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

/** DRAFT → OPEN: the batch takes pre-orders and shows on the storefront at once. */
export async function openBatch(input: TOpenBatchInput, db: Db = prisma): Promise<TBatchStatusChange> {
  const args = ZOpenBatchInput.parse(input);
  const now = args.now ?? new Date();
  const change = await inTransaction(db, (tx) =>
    changeBatchStatus(tx, {
      ...args,
      event: "OPEN",
      now,
      prepare: (batch) => {
        if (batch.cutoffAt <= now)
          throw new AppError("INVALID_STATE", "The batch's cut-off has passed: move it before opening.");
        return {};
      },
    }),
  );
  if (isRootClient(db)) await invalidateCatalog({ type: "batch", batchId: change.batch.id }, db);
  return change;
}
