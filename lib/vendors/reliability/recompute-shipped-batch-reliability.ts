import "server-only";
import { type Db, prisma } from "@/lib/db";
import {
  recomputeVendorsReliability,
  type TRecomputeVendorsResult,
} from "@/lib/vendors/reliability/recompute-vendors-reliability";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back a shipped batch is picked up; older ones are the nightly run's. */
export const SHIPPED_LOOKBACK_DAYS = 3;

/**
 * "Recomputed when a batch ships": every ACTIVE or SUSPENDED vendor with lines in a batch that
 * shipped after the vendor's score was last computed. The ship transaction's own shippedAt is the
 * outbox — nothing to enqueue inside it and nothing lost if the process stops after the commit —
 * and a vendor, once recomputed, is not picked again for that batch (reliabilityUpdatedAt is now
 * later than shippedAt). Run every minute by the vendors.reliability-after-ship job.
 */
export async function recomputeShippedBatchReliability(
  input: { now?: Date } = {},
  db: Db = prisma,
): Promise<TRecomputeVendorsResult & { vendorIds: string[] }> {
  const now = input.now ?? new Date();
  const since = new Date(now.getTime() - SHIPPED_LOOKBACK_DAYS * DAY_MS);
  const rows = await db.$queryRaw<{ vendorId: string }[]>`
    SELECT DISTINCT v."id" AS "vendorId"
      FROM "Batch" b
      JOIN "OrderLine" l ON l."batchId" = b."id"
      JOIN "Vendor" v ON v."id" = l."vendorId"
     WHERE b."shippedAt" > ${since} AND b."shippedAt" <= ${now}
       AND v."status" IN ('ACTIVE', 'SUSPENDED')
       AND (v."reliabilityUpdatedAt" IS NULL OR v."reliabilityUpdatedAt" < b."shippedAt")
     ORDER BY v."id"`;
  const vendorIds = rows.map((r) => r.vendorId);
  const result = await recomputeVendorsReliability({ vendorIds, now }, db);
  return { ...result, vendorIds };
}
