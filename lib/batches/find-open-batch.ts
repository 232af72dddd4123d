import "server-only";
import { type Db, type Prisma } from "@/lib/db";
import { type Batch } from "@/lib/generated/prisma/client";

/**
 * Batches still taking pre-orders (OPEN, cut-off ahead), soonest cut-off first, the older batch
 * first on a tie: domain.md's rule for the batch a pre-order line joins. Every reader that shows
 * or assigns that batch (checkout, cart quote, catalog) queries through this.
 */
export function openBatches(now: Date, originIds?: readonly string[]) {
  return {
    where: {
      status: "OPEN",
      cutoffAt: { gt: now },
      ...(originIds ? { originId: { in: [...new Set(originIds)] } } : {}),
    },
    orderBy: [{ cutoffAt: "asc" }, { createdAt: "asc" }],
  } satisfies { where: Prisma.BatchWhereInput; orderBy: Prisma.BatchOrderByWithRelationInput[] };
}

/**
 * The OPEN batch of an origin that still accepts pre-orders and closes soonest (where a paid
 * pre-order line goes), or null — then checkout refuses pre-order lines from that origin.
 */
export async function findOpenBatchForOrigin(db: Db, originId: string, now: Date = new Date()): Promise<Batch | null> {
  return db.batch.findFirst(openBatches(now, [originId]));
}

/** findOpenBatchForOrigin for several origins in one query: origin id → its batch (absent = none open). */
export async function findOpenBatchesByOrigin(
  db: Db,
  originIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, Batch>> {
  const byOrigin = new Map<string, Batch>();
  if (originIds.length === 0) return byOrigin;
  const open = await db.batch.findMany(openBatches(now, originIds));
  for (const b of open) if (!byOrigin.has(b.originId)) byOrigin.set(b.originId, b);
  return byOrigin;
}
