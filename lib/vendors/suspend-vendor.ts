import "server-only";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { notifyVendor } from "@/lib/notifications/enqueue";
import { expireUnpaidOrderNow } from "@/lib/orders/expire-unpaid-orders";
import { moveVendorStatus } from "@/lib/vendors/move-vendor-status";

/** Paid orders with this vendor's lines still to fulfil (they stay; the vendor still owes them). */
const OPEN_LINE_STATUSES = ["CONFIRMED", "PROCURED", "SHIPPED", "ARRIVED", "OUT_FOR_DELIVERY"] as const;

/**
 * ACTIVE → SUSPENDED with the reason the vendor sees. At commit its products leave the
 * storefront (every storefront read and checkout takes ACTIVE vendors only; the catalog cache
 * is expired) and the vendor is told. Then each unpaid order holding its lines is expired as
 * the expiry job does (reservations released, customer told); paid orders stay to be fulfilled.
 */
export async function suspendVendor({ vendorId, reason }: { vendorId: string; reason: string }, db: Db = prisma) {
  const now = new Date();
  const v = await inTransaction(db, async (tx) => {
    const moved = await moveVendorStatus(tx, {
      vendorId,
      decision: "suspend",
      data: { suspendedAt: now, suspensionReason: reason },
    });
    await notifyVendor(
      {
        vendorId,
        topic: "ACCOUNT",
        templateKey: "vendor.suspended",
        data: { vendorName: moved.name, reason },
        dedupeKey: `vendor.suspended:${vendorId}:${now.getTime()}`,
      },
      tx,
    );
    await invalidateCatalog({ type: "vendor", vendorId }, tx);
    return moved;
  });

  // After the commit no new order can take its products, so this list is complete.
  const unpaid = await db.order.findMany({
    where: { status: "PENDING_PAYMENT", lines: { some: { vendorId } } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  let expiredOrders = 0;
  for (const o of unpaid) {
    try {
      if (await expireUnpaidOrderNow({ orderId: o.id, note: `a vendor in it (${v.name}) was suspended` }, db))
        expiredOrders++;
    } catch (e) {
      // The expiry job still expires it at its deadline; the suspension stands.
      console.error(`[suspend vendor] could not expire order ${o.id}`, e);
    }
  }
  const paidOrdersToFulfil = await db.order.count({
    where: { lines: { some: { vendorId, status: { in: [...OPEN_LINE_STATUSES] } } } },
  });
  return { vendorId, before: v.before, reason, expiredOrders, paidOrdersToFulfil };
}
