import "server-only";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeReliabilityScore } from "@/lib/vendors/reliability/compute-reliability-score";
import { getReliabilityFacts } from "@/lib/vendors/reliability/get-reliability-facts";
import type { TReliabilityComponents } from "@/lib/vendors/reliability/types";

export type TRecomputedReliability = {
  vendorId: string;
  score: number | null;
  previousScore: number | null;
  components: TReliabilityComponents;
  /** The score moved (the storefront's badge shows another figure). */
  changed: boolean;
};

/**
 * Recomputes one vendor's reliability score from its last 90 days and stores the score, its
 * components and when. When the score moved, the storefront's cached vendor and product pages
 * (which show the badge) are expired — unless `invalidate: false`, for a caller that recomputes
 * many vendors and expires once (recompute-vendors-reliability.ts).
 */
export async function recomputeVendorReliability(
  input: { vendorId: string; now?: Date; invalidate?: boolean },
  db: Db = prisma,
): Promise<TRecomputedReliability | null> {
  const now = input.now ?? new Date();
  const vendor = await db.vendor.findUnique({
    where: { id: input.vendorId },
    select: { id: true, reliabilityScore: true },
  });
  if (!vendor) return null;
  const facts = await getReliabilityFacts({ vendorId: vendor.id, now }, db);
  const { score, components } = computeReliabilityScore(facts, { computedAt: now });
  await db.vendor.update({
    where: { id: vendor.id },
    data: {
      reliabilityScore: score,
      reliabilityComponents: components as unknown as Prisma.InputJsonValue,
      reliabilityUpdatedAt: now,
    },
  });
  const changed = score !== vendor.reliabilityScore;
  if (changed && input.invalidate !== false) await invalidateCatalog({ type: "vendor", vendorId: vendor.id }, db);
  return { vendorId: vendor.id, score, previousScore: vendor.reliabilityScore, components, changed };
}
