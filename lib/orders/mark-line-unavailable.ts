import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { markUnavailableRefusal } from "@/lib/orders/admin-order-policy";
import { endOrderLines, type TCreatedRefund } from "@/lib/orders/end-order-lines";
import type { TActor } from "@/lib/orders/order-events";
import { submitRefunds } from "@/lib/refunds/submit-refund";

export type TMarkLineUnavailableResult = {
  orderId: string;
  orderNumber: string;
  orderStatusBefore: string;
  lineId: string;
  from: string;
  to: string;
  orderStatus: string;
  refundMinor: number;
  refunds: TCreatedRefund[];
};

/**
 * Operations mark one paid line unavailable (the vendor cannot source it), on behalf of the
 * vendor. The vendor's own "cannot source" (mark-vendor-line-unavailable.ts) is the same
 * change, scoped to its lines instead of to an order number.
 */
export async function markLineUnavailable(
  input: { orderNumber: string; lineId: string; reason: string; actor: TActor },
  db: Db = prisma,
): Promise<TMarkLineUnavailableResult> {
  return markScopedLineUnavailable(
    {
      where: { id: input.lineId, order: { number: input.orderNumber } },
      notFound: "That item is not on this order.",
      reason: input.reason,
      actor: input.actor,
    },
    db,
  );
}

/**
 * One paid line the caller may see (`where` scopes it: to an order, to a vendor) marked
 * unavailable: through endOrderLines (MARK_UNAVAILABLE — units back, PENDING refund of what the
 * rest of the order does not need, the order re-derived, its delivery cancelled if nothing is
 * left), the reason kept on the line, and, unless the whole order ended (its own status
 * message says so), the customer told which item and how much comes back. The refund goes to
 * Paystack after the commit.
 */
export async function markScopedLineUnavailable(
  input: { where: Prisma.OrderLineWhereInput; notFound: string; reason: string; actor: TActor },
  db: Db = prisma,
): Promise<TMarkLineUnavailableResult> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("BAD_REQUEST", "Say why the item is unavailable.");
  const result = await inTransaction(db, async (tx) => {
    const line = await tx.orderLine.findFirst({
      where: input.where,
      select: {
        id: true,
        status: true,
        orderId: true,
        productTitle: true,
        variantTitle: true,
        order: { select: { status: true } },
      },
    });
    if (!line) throw new AppError("NOT_FOUND", input.notFound);
    // Read before the locks (payments → order → line is the lock order); the line lifecycle
    // checks the status again under its lock, so a race ends in its refusal, not a double refund.
    const refusal = markUnavailableRefusal(line);
    if (refusal) throw new AppError("INVALID_STATE", refusal);
    const ended = await endOrderLines(tx, {
      orderId: line.orderId,
      lineIds: [line.id],
      event: "MARK_UNAVAILABLE",
      reason,
      actor: input.actor,
    });
    await tx.orderLine.update({ where: { id: line.id }, data: { unavailableReason: reason } });
    const order = await tx.order.findUniqueOrThrow({
      where: { id: line.orderId },
      select: { number: true, status: true, customerId: true, contactEmail: true, contactPhone: true },
    });
    if (order.status !== "CANCELLED" && order.status !== "REFUNDED")
      await notifyCustomer(
        {
          userId: order.customerId,
          topic: "ORDER_UPDATES",
          templateKey: "order.item_unavailable",
          data: {
            orderNumber: order.number,
            item: `${line.productTitle} · ${line.variantTitle}`,
            reason,
            refundAmount: formatMoney(ended.refundMinor),
          },
          dedupeKey: `order:${line.orderId}:line:${line.id}:unavailable`,
          contact: { email: order.contactEmail, phone: order.contactPhone },
        },
        tx,
      );
    return {
      orderId: line.orderId,
      orderNumber: order.number,
      orderStatusBefore: line.order.status,
      lineId: line.id,
      from: line.status,
      to: "UNAVAILABLE",
      orderStatus: order.status,
      refundMinor: ended.refundMinor,
      refunds: ended.refunds,
    };
  });
  const statuses = await submitRefunds({ refundIds: result.refunds.map((r) => r.id) }, db);
  for (const r of result.refunds) r.status = statuses.get(r.id) ?? r.status;
  return result;
}
