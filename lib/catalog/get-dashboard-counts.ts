import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { OrderLineStatus, VendorStatus } from "@/lib/generated/prisma/enums";

/** Lines a vendor still has work on: paid and not yet delivered or ended. */
const OPEN_LINE_STATUSES: OrderLineStatus[] = ["CONFIRMED", "PROCURED", "SHIPPED", "ARRIVED", "OUT_FOR_DELIVERY"];

export type TVendorCounts = {
  vendor: { name: string; slug: string; status: VendorStatus };
  activeProducts: number;
  draftProducts: number;
  openLines: number;
};

/** Tenant-scoped: counts for one vendor (the caller passes the vendor id from the session); null if unknown. */
export async function getVendorDashboardCounts(db: Db, vendorId: string): Promise<TVendorCounts | null> {
  const [vendor, activeProducts, draftProducts, openLines] = await Promise.all([
    db.vendor.findUnique({ where: { id: vendorId }, select: { name: true, slug: true, status: true } }),
    db.product.count({ where: { vendorId, status: "ACTIVE" } }),
    db.product.count({ where: { vendorId, status: "DRAFT" } }),
    db.orderLine.count({ where: { vendorId, status: { in: OPEN_LINE_STATUSES } } }),
  ]);
  return vendor ? { vendor, activeProducts, draftProducts, openLines } : null;
}

export type TAdminCounts = {
  activeVendors: number;
  pendingVendors: number;
  activeProducts: number;
  openBatches: number;
  orders: number;
  paidOrders: number;
};

export async function getAdminDashboardCounts(db: Db): Promise<TAdminCounts> {
  const [activeVendors, pendingVendors, activeProducts, openBatches, orders, paidOrders] = await Promise.all([
    db.vendor.count({ where: { status: "ACTIVE" } }),
    db.vendor.count({ where: { status: "PENDING" } }),
    db.product.count({ where: { status: "ACTIVE" } }),
    db.batch.count({ where: { status: "OPEN" } }),
    db.order.count(),
    db.order.count({ where: { status: { notIn: ["PENDING_PAYMENT", "EXPIRED"] } } }),
  ]);
  return { activeVendors, pendingVendors, activeProducts, openBatches, orders, paidOrders };
}

// Page entry points (app/ may not touch the database). Never cached: these are per-tenant
// and staff-only figures, read fresh on every request.
export function getVendorDashboardForPage(vendorId: string): Promise<TVendorCounts | null> {
  return getVendorDashboardCounts(prisma, vendorId);
}

export function getAdminDashboardForPage(): Promise<TAdminCounts> {
  return getAdminDashboardCounts(prisma);
}
