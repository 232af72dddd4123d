import "server-only";
import { type Db, prisma } from "@/lib/db";
// How many units of a variant can be ordered right now — one rule for every reader that shows
// or checks it (product page, cart quote, checkout pricing); reservations.ts enforces the same
// rule under concurrency when an order is placed:
//  - in stock: stock on hand − reserved;
//  - pre-order: nothing without an OPEN batch for its origin; with one, the per-batch cap
//    minus what the batch already holds (reserved + sold), or no limit without a cap.

type TVariantStock = {
  availability: "IN_STOCK" | "PRE_ORDER";
  stockOnHand: number;
  reserved: number;
  batchCap: number | null;
};

/** Units orderable now; null = no limit (an uncapped pre-order in an open batch). */
export function orderableUnits(
  v: TVariantStock,
  shipment: { hasOpenBatch: boolean; takenInBatch: number },
): number | null {
  if (v.availability === "IN_STOCK") return Math.max(0, v.stockOnHand - v.reserved);
  if (!shipment.hasOpenBatch) return 0;
  return v.batchCap === null ? null : Math.max(0, v.batchCap - shipment.takenInBatch);
}

/** Units each (batch, variant) pair already holds (reserved + sold), in one query. */
export async function loadTakenInBatches(
  { pairs }: { pairs: readonly { batchId: string; variantId: string }[] },
  db: Db = prisma,
): Promise<(batchId: string, variantId: string) => number> {
  const rows = pairs.length
    ? await db.batchAllocation.findMany({
        where: {
          batchId: { in: [...new Set(pairs.map((p) => p.batchId))] },
          variantId: { in: [...new Set(pairs.map((p) => p.variantId))] },
        },
        select: { batchId: true, variantId: true, reserved: true, sold: true },
      })
    : [];
  const taken = new Map(rows.map((a) => [`${a.batchId}:${a.variantId}`, a.reserved + a.sold]));
  return (batchId, variantId) => taken.get(`${batchId}:${variantId}`) ?? 0;
}
