import "server-only";
import { type Db, inTransaction, isRootClient, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import { changeBatchStatus, type TBatchStatusChange } from "@/lib/batches/batch-status-step";
import { type TShipBatchInput, ZShipBatchInput } from "@/lib/batches/schemas";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { endOrderLines, type TCreatedRefund } from "@/lib/orders/end-order-lines";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { submitRefunds } from "@/lib/refunds/submit-refund";

export type TShipBatchResult = TBatchStatusChange & {
  linesShipped: number;
  ordersShipped: number;
  /** Lines still CONFIRMED at shipping that became UNAVAILABLE (only with refundUnprocured). */
  linesRefunded: number;
  refunds: TCreatedRefund[];
};

/**
 * CLOSED → IN_TRANSIT with the carrier and tracking number. In the same transaction: every
 * PROCURED line SHIPPED; each order re-derived and its customer told (carrier, tracking,
 * arrival window). Lines never procured cannot travel: the batch is not shipped while any
 * exist, unless `refundUnprocured`, when they become UNAVAILABLE and are refunded (what the
 * rest of the order does not need). Refunds go to Paystack after the commit.
 */
export async function shipBatch(input: TShipBatchInput, db: Db = prisma): Promise<TShipBatchResult> {
  const args = ZShipBatchInput.parse(input);
  const now = args.now ?? new Date();
  const result = await inTransaction(db, async (tx) => {
    const change = await changeBatchStatus(tx, {
      ...args,
      event: "SHIP",
      now,
      prepare: () => ({ carrier: args.carrier, trackingNumber: args.trackingNumber }),
    });
    const batch = change.batch;
    const lines = await tx.orderLine.findMany({
      where: { batchId: batch.id, status: { in: ["CONFIRMED", "PROCURED"] } },
      select: { id: true, orderId: true, status: true },
      orderBy: [{ orderId: "asc" }, { id: "asc" }],
    });
    const unprocured = lines.filter((l) => l.status === "CONFIRMED");
    if (unprocured.length > 0 && !args.refundUnprocured) {
      const orders = new Set(unprocured.map((l) => l.orderId)).size;
      throw new AppError(
        "INVALID_STATE",
        `${unprocured.length} line(s) of ${orders} order(s) are not procured yet: mark them procured or unavailable, or ship and refund them.`,
        { details: { unprocuredLines: unprocured.length, orders } },
      );
    }
    const refunds: TCreatedRefund[] = [];
    const orderIds = [...new Set(lines.map((l) => l.orderId))];
    for (const orderId of orderIds) {
      const own = lines.filter((l) => l.orderId === orderId);
      const missing = own.filter((l) => l.status === "CONFIRMED").map((l) => l.id);
      if (missing.length > 0) {
        const reason = `Not handed over before batch ${batch.code} shipped`;
        const ended = await endOrderLines(tx, {
          orderId,
          lineIds: missing,
          event: "MARK_UNAVAILABLE",
          reason,
          actor: args.actor,
        });
        // Kept on the line, as "cannot source" does: the vendor's packing list and its
        // reliability reasons show why the line ended.
        await tx.orderLine.updateMany({ where: { id: { in: missing } }, data: { unavailableReason: reason } });
        refunds.push(...ended.refunds);
      }
      await lockRow(tx, "Order", orderId);
      const procured = own.filter((l) => l.status === "PROCURED");
      for (const l of procured)
        await transitionLine(tx, { lineId: l.id, event: "SHIP", actor: args.actor, note: `batch ${batch.code}` });
      if (procured.length === 0) continue;
      await syncOrderStatus(tx, { orderId, actor: args.actor, note: `batch ${batch.code} shipped` });
      const order = await tx.order.findUniqueOrThrow({
        where: { id: orderId },
        select: { number: true, customerId: true, contactEmail: true, contactPhone: true },
      });
      await notifyCustomer(
        {
          userId: order.customerId,
          topic: "ORDER_UPDATES",
          templateKey: "order.shipped",
          data: {
            orderNumber: order.number,
            batchCode: batch.code,
            carrier: args.carrier,
            trackingNumber: args.trackingNumber,
            arrivalWindowStart: batch.arrivalWindowStart.toISOString(),
            arrivalWindowEnd: batch.arrivalWindowEnd.toISOString(),
          },
          dedupeKey: `order:${orderId}:shipped:${batch.id}`,
          contact: { email: order.contactEmail, phone: order.contactPhone },
        },
        tx,
      );
    }
    const shipped = lines.filter((l) => l.status === "PROCURED");
    return {
      ...change,
      linesShipped: shipped.length,
      ordersShipped: new Set(shipped.map((l) => l.orderId)).size,
      linesRefunded: unprocured.length,
      refunds,
    };
  });
  // Inside a caller's transaction (a preview, a larger use case) the caller owns the commit:
  // the refunds.submit-pending job sends PENDING refunds, and the caller invalidates.
  if (isRootClient(db)) {
    await submitRefunds({ refundIds: result.refunds.map((r) => r.id) }, db);
    await invalidateCatalog({ type: "batch", batchId: result.batch.id }, db);
  }
  return result;
}
