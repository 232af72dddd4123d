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

/** findOpenBatchForOrigin for several origins in one query: origin id → its batch (absent = none open). */
export async function findOpenBatchesByOrigin(
  db: Db,
  originIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, Batch>> {
  const byOrigin = new Map<string, Batch>();
  if (originIds.length === 0) return byOrigin;
  const open = await db.batch.findMany({
    where: { originId: { in: [...new Set(originIds)] }, status: "OPEN", cutoffAt: { gt: now } },
    orderBy: [{ cutoffAt: "asc" }, { createdAt: "asc" }],
  });
  for (const b of open) if (!byOrigin.has(b.originId)) byOrigin.set(b.originId, b);
  return byOrigin;
}
