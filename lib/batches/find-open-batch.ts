import "server-only";
import { type Db } from "@/lib/db";
import { type Batch } from "@/lib/generated/prisma/client";

/**
 * The OPEN batch of an origin that still accepts pre-orders and closes soonest (where a paid
 * pre-order line goes), or null — then checkout refuses pre-order lines from that origin.
 */
export async function findOpenBatchForOrigin(db: Db, originId: string, now: Date = new Date()): Promise<Batch | null> {
  return db.batch.findFirst({
    where: { originId, status: "OPEN", cutoffAt: { gt: now } },
    orderBy: [{ cutoffAt: "asc" }, { createdAt: "asc" }],
  });
}
