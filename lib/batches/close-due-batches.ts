import "server-only";
import { type Db, prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { transitionBatch } from "@/lib/batches/transition-batch";

export type TClosedBatch = { batchId: string; code: string; isBelowMinimum: boolean };

/**
 * Closes every OPEN batch whose cut-off is at or before `now`, each in its own transaction
 * through transitionBatch (actor SYSTEM), which flags batches below their minimum. A batch
 * someone else closed or cancelled meanwhile is skipped, so overlapping runs are harmless.
 */
export async function closeDueBatches(
  input: {
    now?: Date;
    /** Limits the run to some origins (targeted runs; tests sharing one database). */
    originIds?: string[];
  } = {},
  db: Db = prisma,
): Promise<TClosedBatch[]> {
  const now = input.now ?? new Date();
  const due = await db.batch.findMany({
    where: {
      status: "OPEN",
      cutoffAt: { lte: now },
      ...(input.originIds ? { originId: { in: input.originIds } } : {}),
    },
    select: { id: true },
    orderBy: { cutoffAt: "asc" },
  });
  const closed: TClosedBatch[] = [];
  for (const { id } of due) {
    try {
      const { batch } = await transitionBatch(
        { batchId: id, event: "CLOSE", actor: { type: "SYSTEM" }, note: "Cut-off reached", now },
        db,
      );
      closed.push({ batchId: batch.id, code: batch.code, isBelowMinimum: batch.isBelowMinimum });
    } catch (e) {
      if (isAppError(e) && e.code === "INVALID_STATE") continue;
      throw e;
    }
  }
  return closed;
}
