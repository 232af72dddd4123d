import "server-only";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { type Db, prisma } from "@/lib/db";
import { log } from "@/lib/jobs/log";
import { recomputeVendorReliability } from "@/lib/vendors/reliability/recompute-vendor-reliability";

export type TRecomputeVendorsResult = {
  recomputed: number;
  changed: string[];
  failed: { vendorId: string; error: string }[];
};

/**
 * Recomputes the given vendors one by one (one vendor's failure is logged and reported, the rest
 * go on), then expires the storefront's cached pages once for every vendor whose score moved.
 */
export async function recomputeVendorsReliability(
  input: { vendorIds: readonly string[]; now?: Date },
  db: Db = prisma,
): Promise<TRecomputeVendorsResult> {
  const now = input.now ?? new Date();
  const result: TRecomputeVendorsResult = { recomputed: 0, changed: [], failed: [] };
  for (const vendorId of [...new Set(input.vendorIds)]) {
    try {
      const r = await recomputeVendorReliability({ vendorId, now, invalidate: false }, db);
      if (!r) continue;
      result.recomputed++;
      if (r.changed) result.changed.push(vendorId);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      log.error(`reliability score of vendor ${vendorId} not recomputed`, { error: e });
      result.failed.push({ vendorId, error });
    }
  }
  if (result.changed.length > 0)
    await invalidateCatalog(
      result.changed.map((vendorId) => ({ type: "vendor" as const, vendorId })),
      db,
    );
  return result;
}
