import "server-only";
import { type Db, inTransaction, isRootClient, prisma } from "@/lib/db";
import { changeBatchStatus, type TBatchStatusChange } from "@/lib/batches/batch-status-step";
import { type TCancelBatchInput, ZCancelBatchInput } from "@/lib/batches/schemas";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { formatMoney } from "@/lib/money";
import { enqueueNotification, notifyCustomer } from "@/lib/notifications/enqueue";
import { endOrderLines, type TCreatedRefund } from "@/lib/orders/end-order-lines";
import { submitRefunds } from "@/lib/refunds/submit-refund";

export type TCancelBatchResult = TBatchStatusChange & {
  linesCancelled: number;
  ordersTouched: number;
  refundMinor: number;
  refunds: TCreatedRefund[];
};

/**
 * DRAFT / OPEN / CLOSED → CANCELLED with a reason customers see. In the same transaction,
 * for every order with paid lines in the batch: those lines CANCELLED (units back), a
 * PENDING refund of what the rest of the order does not need (all of it when nothing else
 * is left), the order re-derived, the customer told; each vendor with lines in it told to
 * stop sourcing. The batch row is locked first, so a second cancel (a retry, a double
 * click) waits and is then refused: every paid line is refunded exactly once. Unpaid orders
 * holding a place in the batch keep it until they expire; a late payment moves to the next
 * open batch or is refunded (ensureLineHolds). Refunds go to Paystack after the commit.
 */
export async function cancelBatch(input: TCancelBatchInput, db: Db = prisma): Promise<TCancelBatchResult> {
  const args = ZCancelBatchInput.parse(input);
  const result = await inTransaction(db, async (tx) => {
    const change = await changeBatchStatus(tx, {
      ...args,
      event: "CANCEL",
      now: args.now ?? new Date(),
      note: args.reason,
      prepare: () => ({ cancelReason: args.reason }),
    });
    const batch = change.batch;
    const lines = await tx.orderLine.findMany({
      where: { batchId: batch.id, status: { in: ["CONFIRMED", "PROCURED"] } },
      select: { id: true, orderId: true, vendorId: true, vendor: { select: { contactEmail: true } } },
      orderBy: [{ orderId: "asc" }, { id: "asc" }],
    });
    const reason = `Batch ${batch.code} cancelled: ${args.reason}`;
    const refunds: TCreatedRefund[] = [];
    let refundMinor = 0;
    const orderIds = [...new Set(lines.map((l) => l.orderId))];
    for (const orderId of orderIds) {
      const ended = await endOrderLines(tx, {
        orderId,
        lineIds: lines.filter((l) => l.orderId === orderId).map((l) => l.id),
        event: "CANCEL",
        reason,
        actor: args.actor,
      });
      refunds.push(...ended.refunds);
      refundMinor += ended.refundMinor;
      const order = await tx.order.findUniqueOrThrow({
        where: { id: orderId },
        select: { number: true, status: true, customerId: true, contactEmail: true, contactPhone: true },
      });
      // A wholly cancelled order hears it from its own status change (order.cancelled).
      if (order.status === "CANCELLED") continue;
      await notifyCustomer(
        {
          userId: order.customerId,
          topic: "ORDER_UPDATES",
          templateKey: "order.items_cancelled",
          data: {
            orderNumber: order.number,
            batchCode: batch.code,
            reason: args.reason,
            refundAmount: formatMoney(ended.refundMinor),
          },
          dedupeKey: `order:${orderId}:batch_cancelled:${batch.id}`,
          contact: { email: order.contactEmail, phone: order.contactPhone },
        },
        tx,
      );
    }
    const vendors = new Map(lines.map((l) => [l.vendorId, l.vendor.contactEmail]));
    for (const [vendorId, email] of vendors)
      await enqueueNotification(
        {
          vendorId,
          channel: "EMAIL",
          topic: "VENDOR_OPERATIONS",
          templateKey: "vendor.batch_cancelled",
          recipient: email,
          data: { batchCode: batch.code, reason: args.reason },
          dedupeKey: `batch:${batch.id}:vendor:${vendorId}:cancelled`,
        },
        tx,
      );
    return { ...change, linesCancelled: lines.length, ordersTouched: orderIds.length, refundMinor, refunds };
  });
  // Inside a caller's transaction (a preview, a larger use case) the caller owns the commit:
  // the refunds.submit-pending job sends PENDING refunds, and the caller invalidates.
  if (isRootClient(db)) {
    await submitRefunds({ refundIds: result.refunds.map((r) => r.id) }, db);
    await invalidateCatalog({ type: "batch", batchId: result.batch.id }, db);
  }
  return result;
}
