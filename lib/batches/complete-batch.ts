import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeBatchStatus, type TBatchStatusChange } from "@/lib/batches/batch-status-step";
import { type TCompleteBatchInput, ZCompleteBatchInput } from "@/lib/batches/schemas";
import { SETTLED_LINE_STATUSES } from "@/lib/orders/statuses";

/** ARRIVED → COMPLETED, once every line of the batch is delivered, refunded or returned. */
export async function completeBatch(input: TCompleteBatchInput, db: Db = prisma): Promise<TBatchStatusChange> {
  const args = ZCompleteBatchInput.parse(input);
  return inTransaction(db, (tx) =>
    changeBatchStatus(tx, {
      ...args,
      event: "COMPLETE",
      now: args.now ?? new Date(),
      prepare: async (batch) => {
        const open = await tx.orderLine.count({
          where: { batchId: batch.id, status: { notIn: [...SETTLED_LINE_STATUSES] } },
        });
        if (open > 0)
          throw new AppError(
            "INVALID_STATE",
            `${open} line(s) in this batch are not delivered, refunded or returned yet.`,
            { details: { openLines: open } },
          );
        return {};
      },
    }),
  );
}
