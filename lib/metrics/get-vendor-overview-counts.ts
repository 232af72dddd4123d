import "server-only";
import { startOfMonth } from "date-fns";
import { type Db, prisma } from "@/lib/db";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import { listVendorStock, type TVendorStockRow } from "@/lib/inventory/list-vendor-stock";
import { OPEN_LINE_STATUSES } from "@/lib/orders/statuses";

/** The soonest batch still waiting for this vendor's goods, and how much is left to hand over. */
export type TNextCutoff = { code: string; cutoffAt: Date; status: string; units: number; lines: number };

export type TVendorOverviewCounts = {
  vendor: {
    name: string;
    slug: string;
    status: VendorStatus;
    reliabilityScore: number | null;
    reliabilityComponents: unknown;
    reliabilityUpdatedAt: Date | null;
  };
  activeProducts: number;
  draftProducts: number;
  openLines: number;
  /** Lines paid since the 1st of this month (Africa/Accra is UTC) that are still a sale. */
  salesThisMonth: { grossMinor: number; units: number };
  /** Every paid line not procured yet, and the batch whose cut-off comes first. */
  toProcure: { lines: number; next: TNextCutoff | null };
  lowStock: { count: number; rows: TVendorStockRow[] };
};

const NOT_A_SALE = ["RESERVED", "CANCELLED", "UNAVAILABLE", "RETURNED"] as const;
const LOW_STOCK_SHOWN = 5;

/** Live figures for one vendor's overview (the vendor id comes from the session); null if unknown. Never cached. */
export async function getVendorOverviewCounts(
  input: { vendorId: string; now?: Date },
  db: Db = prisma,
): Promise<TVendorOverviewCounts | null> {
  const { vendorId } = input;
  const monthStart = startOfMonth(input.now ?? new Date());
  const [vendor, activeProducts, draftProducts, openLines, sales, toProcureLines, byBatch, stock] = await Promise.all([
    db.vendor.findUnique({
      where: { id: vendorId },
      select: {
        name: true,
        slug: true,
        status: true,
        reliabilityScore: true,
        reliabilityComponents: true,
        reliabilityUpdatedAt: true,
      },
    }),
    db.product.count({ where: { vendorId, status: "ACTIVE" } }),
    db.product.count({ where: { vendorId, status: "DRAFT" } }),
    db.orderLine.count({ where: { vendorId, status: { in: [...OPEN_LINE_STATUSES] } } }),
    db.orderLine.aggregate({
      where: { vendorId, status: { notIn: [...NOT_A_SALE] }, order: { paidAt: { gte: monthStart } } },
      _sum: { lineTotalMinor: true, quantity: true },
    }),
    db.orderLine.count({ where: { vendorId, status: "CONFIRMED" } }),
    db.orderLine.groupBy({
      by: ["batchId"],
      where: { vendorId, status: "CONFIRMED", batch: { status: { in: ["OPEN", "CLOSED"] } } },
      _sum: { quantity: true },
      _count: { _all: true },
    }),
    listVendorStock({ vendorId, low: "1" }, db),
  ]);
  if (!vendor) return null;
  const batches = await db.batch.findMany({
    where: { id: { in: byBatch.map((b) => b.batchId).filter((id): id is string => id !== null) } },
    orderBy: { cutoffAt: "asc" },
    take: 1,
    select: { id: true, code: true, cutoffAt: true, status: true },
  });
  const soonest = batches[0];
  const counts = soonest ? byBatch.find((b) => b.batchId === soonest.id) : undefined;
  return {
    vendor,
    activeProducts,
    draftProducts,
    openLines,
    salesThisMonth: { grossMinor: sales._sum.lineTotalMinor ?? 0, units: sales._sum.quantity ?? 0 },
    toProcure: {
      lines: toProcureLines,
      next:
        soonest && counts
          ? {
              code: soonest.code,
              cutoffAt: soonest.cutoffAt,
              status: soonest.status,
              units: counts._sum.quantity ?? 0,
              lines: counts._count._all,
            }
          : null,
    },
    lowStock: { count: stock.counts.low, rows: stock.rows.slice(0, LOW_STOCK_SHOWN) },
  };
}
