import "server-only";
import { type Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { transitionBatch } from "@/lib/batches/batch-lifecycle";

export type TClosedBatch = { batchId: string; code: string; isBelowMinimum: boolean };

/**
 * Closes every OPEN batch whose cut-off is at or before `now`, each in its own transaction
 * through transitionBatch (actor SYSTEM), which flags batches below their minimum. A batch
 * someone else closed or cancelled meanwhile is skipped, so overlapping runs are harmless.
 */
export async function closeDueBatches(
  db: Db,
  now: Date = new Date(),
  /** Limits the run to some origins (targeted runs; tests sharing one database). */
  scope: { originIds?: string[] } = {},
): Promise<TClosedBatch[]> {
  const due = await db.batch.findMany({
    where: {
      status: "OPEN",
      cutoffAt: { lte: now },
      ...(scope.originIds ? { originId: { in: scope.originIds } } : {}),
    },
    select: { id: true },
    orderBy: { cutoffAt: "asc" },
  });
  const closed: TClosedBatch[] = [];
  for (const { id } of due) {
    try {
      const { batch } = await transitionBatch(db, {
        batchId: id,
        event: "CLOSE",
        actor: { type: "SYSTEM" },
        note: "Cut-off reached",
        now,
      });
      closed.push({ batchId: batch.id, code: batch.code, isBelowMinimum: batch.isBelowMinimum });
    } catch (e) {
      if (isAppError(e) && e.code === "INVALID_STATE") continue;
      throw e;
    }
  }
  return closed;
}
