/**
 * Batch test data: a batch with a unique code through the real createBatch (so it has its
 * creation BatchEvent). Defaults: OPEN, sea freight, cut-off in 7 days, arrival 30–40 days.
 */
import { type Db, prisma } from "@/lib/db";
import { createBatch, type TCreateBatchInput } from "@/lib/batches/create-batch";
import { uniq } from "./catalog";

const DAY = 24 * 60 * 60 * 1000;

export async function createTestBatch(opts: { originId: string } & Partial<TCreateBatchInput>, db: Db = prisma) {
  const now = Date.now();
  return createBatch(
    {
      code: uniq("B"),
      shippingMethod: "SEA",
      cutoffAt: new Date(now + 7 * DAY),
      arrivalWindowStart: new Date(now + 30 * DAY),
      arrivalWindowEnd: new Date(now + 40 * DAY),
      status: "OPEN",
      ...opts,
    },
    db,
  );
}
