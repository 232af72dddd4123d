import "server-only";
import { type Db, prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { cancelBatch } from "@/lib/batches/cancel-batch";
import { transitionBatch } from "@/lib/batches/transition-batch";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";

export type TClosedBatch = {
  batchId: string;
  code: string;
  isBelowMinimum: boolean;
  /** Closed under its minimum with the platform's auto-cancel on: cancelled and refunded. */
  isCancelled: boolean;
};

/**
 * Closes every OPEN batch whose cut-off is at or before `now`, each in its own transaction
 * through transitionBatch (actor SYSTEM), which flags batches below their minimum. A batch
 * someone else closed or cancelled meanwhile is skipped, so overlapping runs are harmless.
 * With the platform setting autoCancelUnderMinimum, a batch that closed under its group-buy
 * minimum is then cancelled through cancelBatch: every paid line refunded, everyone told.
 * Otherwise it waits, flagged, for an admin to ship it anyway or cancel it.
 */
export async function closeDueBatches(
  input: {
    now?: Date;
    /** Limits the run to some origins (targeted runs; tests sharing one database). */
    originIds?: string[];
    /** Overrides the platform setting (tests; the job reads the setting). */
    autoCancelUnderMinimum?: boolean;
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
  const autoCancel = input.autoCancelUnderMinimum ?? (await getPlatformSettings(db)).autoCancelUnderMinimum;
  const closed: TClosedBatch[] = [];
  for (const { id } of due) {
    try {
      const { batch } = await transitionBatch(
        { batchId: id, event: "CLOSE", actor: { type: "SYSTEM" }, note: "Cut-off reached", now },
        db,
      );
      const isCancelled = batch.isBelowMinimum && autoCancel;
      if (isCancelled)
        await cancelBatch(
          {
            batchId: batch.id,
            actor: { type: "SYSTEM" },
            reason: "Too few pre-orders reached the group-buy minimum by the cut-off",
            now,
          },
          db,
        );
      closed.push({ batchId: batch.id, code: batch.code, isBelowMinimum: batch.isBelowMinimum, isCancelled });
    } catch (e) {
      if (isAppError(e) && e.code === "INVALID_STATE") continue;
      throw e;
    }
  }
  return closed;
}
