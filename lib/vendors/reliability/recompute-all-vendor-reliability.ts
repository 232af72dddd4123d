import "server-only";
import { type Db, prisma } from "@/lib/db";
import {
  recomputeVendorsReliability,
  type TRecomputeVendorsResult,
} from "@/lib/vendors/reliability/recompute-vendors-reliability";

const PAGE = 200;

/**
 * The nightly run: every ACTIVE or SUSPENDED vendor (a suspended vendor keeps its record for
 * when it is reactivated; pending and rejected ones have none), in pages of vendor ids.
 */
export async function recomputeAllVendorReliability(
  input: { now?: Date } = {},
  db: Db = prisma,
): Promise<TRecomputeVendorsResult> {
  const now = input.now ?? new Date();
  const total: TRecomputeVendorsResult = { recomputed: 0, changed: [], failed: [] };
  let after: string | undefined;
  for (;;) {
    const page = await db.vendor.findMany({
      where: { status: { in: ["ACTIVE", "SUSPENDED"] }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    if (page.length === 0) break;
    const r = await recomputeVendorsReliability({ vendorIds: page.map((v) => v.id), now }, db);
    total.recomputed += r.recomputed;
    total.changed.push(...r.changed);
    total.failed.push(...r.failed);
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return total;
}
