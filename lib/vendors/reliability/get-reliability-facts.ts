import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { TReliabilityFacts } from "@/lib/vendors/reliability/compute-reliability-score";
import { RELIABILITY_WINDOW_DAYS } from "@/lib/vendors/reliability/types";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The facts of one vendor's last `windowDays` (to `now`) that compute-reliability-score.ts scores,
 * in one statement of aggregates (index scans on the vendor's lines and reviews; no rows are
 * loaded, so a vendor with thousands of lines costs the same round trip). What counts where:
 *
 *  - shipped batch lines: the vendor's pre-order lines in batches whose shippedAt is in the window,
 *    once paid (not RESERVED/RELEASED) and not cancelled by someone else. On time: procuredAt at or
 *    before the batch's shippedAt, or — for lines procured before procuredAt was recorded — any line
 *    that travelled with the batch (the ship transition takes only PROCURED lines).
 *  - confirmed lines: lines created (ordered) in the window once paid, minus cancellations not made by
 *    the vendor (counted apart as excused). "Made by the vendor" = the line's CANCEL OrderEvent has
 *    actorType VENDOR; the customer, ops (ADMIN) and the system (batch cancelled, balance unpaid) are
 *    excused. UNAVAILABLE always counts against the vendor, whoever recorded it (the vendor's "cannot
 *    source", ops on its behalf, or a batch shipping without the line).
 *  - delivered lines: deliveredAt in the window; refunded or returned: RETURNED, a refund or return
 *    request not rejected, or a refund (pending, processing or processed) created after delivery.
 *  - reviews: PUBLISHED reviews created in the window (hidden ones were moderated away).
 */
export async function getReliabilityFacts(
  input: { vendorId: string; now: Date; windowDays?: number },
  db: Db = prisma,
): Promise<TReliabilityFacts> {
  const since = new Date(input.now.getTime() - (input.windowDays ?? RELIABILITY_WINDOW_DAYS) * DAY_MS);
  const { vendorId, now } = input;
  const [row] = await db.$queryRaw<
    {
      shippedBatchLines: number;
      procuredBeforeShip: number;
      confirmedLines: number;
      unavailableLines: number;
      vendorCancelledLines: number;
      excusedCancellations: number;
      deliveredLines: number;
      refundedOrReturnedLines: number;
      reviewCount: number;
      ratingSum: number;
    }[]
  >`
    WITH vendor_cancelled AS (
      SELECT DISTINCT e."orderLineId" AS id
        FROM "OrderEvent" e
        JOIN "OrderLine" l ON l."id" = e."orderLineId"
       WHERE l."vendorId" = ${vendorId} AND l."status" = 'CANCELLED'
         AND e."toStatus" = 'CANCELLED' AND e."actorType" = 'VENDOR'
    ),
    shipped AS (
      SELECT COUNT(*)::int AS "shippedBatchLines",
             COUNT(*) FILTER (
               WHERE (l."procuredAt" IS NOT NULL AND l."procuredAt" <= b."shippedAt")
                  OR (l."procuredAt" IS NULL
                      AND l."status" IN ('SHIPPED', 'ARRIVED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'RETURNED'))
             )::int AS "procuredBeforeShip"
        FROM "OrderLine" l
        JOIN "Batch" b ON b."id" = l."batchId"
       WHERE l."vendorId" = ${vendorId} AND l."availability" = 'PRE_ORDER'
         AND b."shippedAt" > ${since} AND b."shippedAt" <= ${now}
         AND l."status" NOT IN ('RESERVED', 'RELEASED')
         AND (l."status" <> 'CANCELLED' OR l."id" IN (SELECT id FROM vendor_cancelled))
    ),
    ordered AS (
      SELECT COUNT(*) FILTER (WHERE l."status" <> 'CANCELLED' OR vc.id IS NOT NULL)::int AS "confirmedLines",
             COUNT(*) FILTER (WHERE l."status" = 'UNAVAILABLE')::int AS "unavailableLines",
             COUNT(*) FILTER (WHERE l."status" = 'CANCELLED' AND vc.id IS NOT NULL)::int AS "vendorCancelledLines",
             COUNT(*) FILTER (WHERE l."status" = 'CANCELLED' AND vc.id IS NULL)::int AS "excusedCancellations"
        FROM "OrderLine" l
        LEFT JOIN vendor_cancelled vc ON vc.id = l."id"
       WHERE l."vendorId" = ${vendorId}
         AND l."createdAt" > ${since} AND l."createdAt" <= ${now}
         AND l."status" NOT IN ('RESERVED', 'RELEASED')
    ),
    delivered AS (
      SELECT COUNT(*)::int AS "deliveredLines",
             COUNT(*) FILTER (
               WHERE l."status" = 'RETURNED'
                  OR EXISTS (SELECT 1 FROM "ReturnRequest" r
                              WHERE r."orderLineId" = l."id" AND r."status" <> 'REJECTED')
                  OR EXISTS (SELECT 1 FROM "RefundLine" rl JOIN "Refund" rf ON rf."id" = rl."refundId"
                              WHERE rl."orderLineId" = l."id"
                                AND rf."status" IN ('PENDING', 'PROCESSING', 'PROCESSED')
                                AND rf."createdAt" >= l."deliveredAt")
             )::int AS "refundedOrReturnedLines"
        FROM "OrderLine" l
       WHERE l."vendorId" = ${vendorId}
         AND l."deliveredAt" > ${since} AND l."deliveredAt" <= ${now}
    ),
    reviewed AS (
      SELECT COUNT(*)::int AS "reviewCount", COALESCE(SUM(rv."rating"), 0)::int AS "ratingSum"
        FROM "Review" rv
       WHERE rv."vendorId" = ${vendorId} AND rv."status" = 'PUBLISHED'
         AND rv."createdAt" > ${since} AND rv."createdAt" <= ${now}
    )
    SELECT * FROM shipped, ordered, delivered, reviewed`;
  return row!;
}
