import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import { OPEN_LINE_STATUSES } from "@/lib/orders/statuses";

export type TVendorOverviewCounts = {
  vendor: { name: string; slug: string; status: VendorStatus };
  activeProducts: number;
  draftProducts: number;
  openLines: number;
};

/** Live counts for one vendor's overview (the vendor id comes from the session); null if unknown. Never cached. */
export async function getVendorOverviewCounts(
  input: { vendorId: string },
  db: Db = prisma,
): Promise<TVendorOverviewCounts | null> {
  const { vendorId } = input;
  const [vendor, activeProducts, draftProducts, openLines] = await Promise.all([
    db.vendor.findUnique({ where: { id: vendorId }, select: { name: true, slug: true, status: true } }),
    db.product.count({ where: { vendorId, status: "ACTIVE" } }),
    db.product.count({ where: { vendorId, status: "DRAFT" } }),
    db.orderLine.count({ where: { vendorId, status: { in: [...OPEN_LINE_STATUSES] } } }),
  ]);
  return vendor ? { vendor, activeProducts, draftProducts, openLines } : null;
}
