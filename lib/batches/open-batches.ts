import "server-only";
import { type Db, type Prisma, prisma } from "@/lib/db";
import type { ShippingMethod } from "@/lib/generated/prisma/enums";

// "The open batch": the one definition of the batches a pre-order can join (domain.md: a paid
// pre-order line goes to the OPEN batch of its product's origin whose cut-off is soonest).
// Checkout, the cart quote, reservations and the catalog all read it through this module, so
// the batch a shopper is shown is the batch the order ships in.

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

/** OPEN with the cut-off ahead; soonest cut-off first, the older batch first on a tie. */
function openBatchesQuery(now: Date, originIds: readonly string[] | undefined) {
  return {
    where: {
      status: "OPEN",
      cutoffAt: { gt: now },
      ...(originIds ? { originId: { in: [...new Set(originIds)] } } : {}),
    },
    orderBy: [{ cutoffAt: "asc" }, { createdAt: "asc" }],
  } satisfies { where: Prisma.BatchWhereInput; orderBy: Prisma.BatchOrderByWithRelationInput[] };
}

/** Batches still taking pre-orders, soonest cut-off first (all origins unless given). */
export async function listOpenBatches(
  input: { now?: Date; originIds?: readonly string[]; limit?: number } = {},
  db: Db = prisma,
): Promise<TOpenBatch[]> {
  const rows = await db.batch.findMany({
    ...openBatchesQuery(input.now ?? new Date(), input.originIds),
    ...(input.limit ? { take: input.limit } : {}),
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

/**
 * The batch a pre-order from each origin joins right now: origin id → batch (absent = none
 * open, checkout refuses pre-orders from that origin). One query for any number of origins.
 */
export async function getOpenBatchByOrigin(
  input: { originIds: readonly string[]; now?: Date },
  db: Db = prisma,
): Promise<Map<string, TOpenBatch>> {
  const byOrigin = new Map<string, TOpenBatch>();
  if (input.originIds.length === 0) return byOrigin;
  const open = await listOpenBatches(input, db);
  for (const b of open) if (!byOrigin.has(b.originId)) byOrigin.set(b.originId, b);
  return byOrigin;
}
