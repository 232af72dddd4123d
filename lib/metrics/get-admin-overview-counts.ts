import "server-only";
import { balanceDueWhere } from "@/lib/orders/list-admin-orders";
import { type Db, prisma } from "@/lib/db";
import { attentionWhere } from "@/lib/batches/list-admin-batches";
import { UNPAID_ORDER_STATUSES } from "@/lib/orders/statuses";

export type TAdminOverviewCounts = {
  activeVendors: number;
  pendingVendors: number;
  activeProducts: number;
  openBatches: number;
  orders: number;
  paidOrders: number;
  /** Needs action now. */
  batchesClosingSoon: number;
  batchesUnderMinimum: number;
  ordersWithBalanceDue: number;
};

/** Platform-wide counts for the admin overview, read fresh on every request (staff-only). */
export async function getAdminOverviewCounts(db: Db = prisma): Promise<TAdminOverviewCounts> {
  const [
    activeVendors,
    pendingVendors,
    activeProducts,
    openBatches,
    orders,
    paidOrders,
    batchesClosingSoon,
    batchesUnderMinimum,
    ordersWithBalanceDue,
  ] = await Promise.all([
    db.vendor.count({ where: { status: "ACTIVE" } }),
    db.vendor.count({ where: { status: "PENDING" } }),
    db.product.count({ where: { status: "ACTIVE" } }),
    db.batch.count({ where: { status: "OPEN" } }),
    db.order.count(),
    db.order.count({ where: { status: { notIn: [...UNPAID_ORDER_STATUSES] } } }),
    db.batch.count({ where: attentionWhere("closing-soon") }),
    db.batch.count({ where: attentionWhere("under-minimum") }),
    db.order.count({ where: balanceDueWhere() }),
  ]);
  return {
    activeVendors,
    pendingVendors,
    activeProducts,
    openBatches,
    orders,
    paidOrders,
    batchesClosingSoon,
    batchesUnderMinimum,
    ordersWithBalanceDue,
  };
}
