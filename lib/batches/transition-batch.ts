import "server-only";
import { type Db, prisma } from "@/lib/db";
import { arriveBatch } from "@/lib/batches/arrive-batch";
import type { TBatchStatusChange } from "@/lib/batches/batch-status-step";
import { cancelBatch } from "@/lib/batches/cancel-batch";
import { closeBatch } from "@/lib/batches/close-batch";
import { completeBatch } from "@/lib/batches/complete-batch";
import { openBatch } from "@/lib/batches/open-batch";
import { type TTransitionBatchInput, ZTransitionBatchInput } from "@/lib/batches/schemas";
import { shipBatch } from "@/lib/batches/ship-batch";

/**
 * Any batch transition by its event: the one entry the admin's buttons and the jobs go
 * through. Each event is its own use case (<verb>-batch.ts), which performs all of its
 * effects in the transaction that changes the status.
 */
export async function transitionBatch(input: TTransitionBatchInput, db: Db = prisma): Promise<TBatchStatusChange> {
  const args = ZTransitionBatchInput.parse(input);
  switch (args.event) {
    case "OPEN":
      return openBatch(args, db);
    case "CLOSE":
      return closeBatch(args, db);
    case "SHIP":
      return shipBatch(args, db);
    case "ARRIVE":
      return arriveBatch(args, db);
    case "COMPLETE":
      return completeBatch(args, db);
    case "CANCEL":
      return cancelBatch(args, db);
  }
}
