import "server-only";
import { type Db, inTransaction, isRootClient, type Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeBatchStatus, type TBatchStatusChange } from "@/lib/batches/batch-status-step";
import { type TCloseBatchInput, ZCloseBatchInput } from "@/lib/batches/schemas";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { PAID_LINE_STATUSES } from "@/lib/orders/statuses";

/**
 * OPEN → CLOSED: no more pre-orders join; the vendors procure what was sold. The cut-off job
 * closes at the cut-off (SYSTEM may not close early); an admin may close any time. A batch
 * that closes with fewer paid units than its minimum is flagged for an admin's decision.
 */
export async function closeBatch(input: TCloseBatchInput, db: Db = prisma): Promise<TBatchStatusChange> {
  const args = ZCloseBatchInput.parse(input);
  const now = args.now ?? new Date();
  const change = await inTransaction(db, (tx) =>
    changeBatchStatus(tx, {
      ...args,
      event: "CLOSE",
      now,
      prepare: async (batch) => {
        if (args.actor.type === "SYSTEM" && now < batch.cutoffAt)
          throw new AppError("INVALID_STATE", "The batch's cut-off has not passed yet.");
        if (batch.minUnits === null) return {};
        const units = await countPaidUnits(tx, { batchId: batch.id });
        if (units >= batch.minUnits) return {};
        return { isBelowMinimum: true, notes: [`Closed below minimum: ${units} of ${batch.minUnits} units.`] };
      },
    }),
  );
  if (isRootClient(db)) await invalidateCatalog({ type: "batch", batchId: change.batch.id }, db);
  return change;
}

/** Units sold into the batch: paid lines not taken back. */
export async function countPaidUnits(tx: Prisma.TransactionClient, { batchId }: { batchId: string }): Promise<number> {
  const agg = await tx.orderLine.aggregate({
    where: { batchId, status: { in: [...PAID_LINE_STATUSES] } },
    _sum: { quantity: true },
  });
  return agg._sum.quantity ?? 0;
}
