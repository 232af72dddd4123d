import "server-only";
import { type Db, prisma } from "@/lib/db";
import {
  recomputeVendorsReliability,
  type TRecomputeVendorsResult,
} from "@/lib/vendors/reliability/recompute-vendors-reliability";

/** Every ACTIVE or SUSPENDED vendor with lines in the batch (the on-demand job, e.g. after it shipped). */
export async function recomputeBatchVendorReliability(
  input: { batchId: string; now?: Date },
  db: Db = prisma,
): Promise<TRecomputeVendorsResult> {
  const vendors = await db.vendor.findMany({
    where: { status: { in: ["ACTIVE", "SUSPENDED"] }, orderLines: { some: { batchId: input.batchId } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return recomputeVendorsReliability({ vendorIds: vendors.map((v) => v.id), now: input.now }, db);
}
