import "server-only";
import type { Db } from "@/lib/db";
import type { ShippingMethod } from "@/lib/generated/prisma/enums";
import { findOpenBatchForOrigin, openBatches } from "@/lib/batches/find-open-batch";

export type TOpenBatch = {
  id: string;
  code: string;
  originId: string;
  originName: string;
  originCode: string;
  shippingMethod: ShippingMethod;
  cutoffAt: string;
  arrivalWindowStart: string;
  arrivalWindowEnd: string;
};

/**
 * OPEN batches still taking orders (cut-off in the future), soonest cut-off first. The same
 * rule checkout uses to assign a pre-order line (domain.md: "the OPEN batch of its product's
 * origin whose cut-off is soonest"), so the batch shown is the batch the order ships in.
 */
export async function listOpenBatches(
  db: Db,
  opts: { now: Date; originIds?: string[]; limit?: number },
): Promise<TOpenBatch[]> {
  const rows = await db.batch.findMany({
    ...openBatches(opts.now, opts.originIds),
    ...(opts.limit ? { take: opts.limit } : {}),
    select: {
      id: true,
      code: true,
      originId: true,
      shippingMethod: true,
      cutoffAt: true,
      arrivalWindowStart: true,
      arrivalWindowEnd: true,
      origin: { select: { name: true, code: true } },
    },
  });
  return rows.map((b) => ({
    id: b.id,
    code: b.code,
    originId: b.originId,
    originName: b.origin.name,
    originCode: b.origin.code,
    shippingMethod: b.shippingMethod,
    cutoffAt: b.cutoffAt.toISOString(),
    arrivalWindowStart: b.arrivalWindowStart.toISOString(),
    arrivalWindowEnd: b.arrivalWindowEnd.toISOString(),
  }));
}

/** The batch a pre-order from each origin would ship in: the first (soonest) per origin. */
export function soonestBatchByOrigin(batches: TOpenBatch[]): Map<string, TOpenBatch> {
  const byOrigin = new Map<string, TOpenBatch>();
  const sorted = [...batches].sort((a, b) => a.cutoffAt.localeCompare(b.cutoffAt));
  for (const b of sorted) if (!byOrigin.has(b.originId)) byOrigin.set(b.originId, b);
  return byOrigin;
}

/**
 * The batch a pre-order from this origin would ship in, through the very function checkout
 * uses to assign lines (lib/batches/find-open-batch.ts), or null (pre-orders refused).
 */
export async function getOpenBatchForOrigin(
  db: Db,
  origin: { id: string; name: string; code: string },
  now: Date,
): Promise<TOpenBatch | null> {
  const b = await findOpenBatchForOrigin(db, origin.id, now);
  if (!b) return null;
  return {
    id: b.id,
    code: b.code,
    originId: b.originId,
    originName: origin.name,
    originCode: origin.code,
    shippingMethod: b.shippingMethod,
    cutoffAt: b.cutoffAt.toISOString(),
    arrivalWindowStart: b.arrivalWindowStart.toISOString(),
    arrivalWindowEnd: b.arrivalWindowEnd.toISOString(),
  };
}
