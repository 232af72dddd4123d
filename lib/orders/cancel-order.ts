import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { customerCancelRefusal } from "@/lib/orders/cancel-policy";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { lockRow } from "@/lib/db/lock-row";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import type { TActor } from "@/lib/orders/order-events";
import { createRefund } from "@/lib/refunds/create-refund";
import { submitRefund } from "@/lib/refunds/submit-refund";
import { COMMITTED_REFUND_STATUSES, REFUNDABLE_PAYMENT_STATUSES } from "@/lib/payments/statuses";

export type TCancelOrderResult = {
  orderNumber: string;
  status: string;
  refunds: { id: string; reference: string; amountMinor: number; status: string }[];
};

/**
 * A customer cancels their paid order (rule: cancel-policy.ts). In one transaction: every
 * live line CANCELLED (its units back to stock / the batch allocation), nothing due any
 * more, a PENDING Refund of what each payment still holds, the order CANCELLED with its
 * event and notification. The refunds go to Paystack after the commit; refund.processed
 * completes them (ledger journal, amounts, payment status).
 */
export async function cancelOrder(
  input: { orderNumber: string; customerId: string; reason?: string; actor?: TActor },
  db: Db = prisma,
): Promise<TCancelOrderResult> {
  const actor: TActor = input.actor ?? { type: "CUSTOMER", id: input.customerId };
  const reason = input.reason?.trim() || "Cancelled by the customer";
  const result = await inTransaction(db, async (tx) => {
    const found = await tx.order.findFirst({
      where: { number: input.orderNumber, customerId: input.customerId },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "Order not found.");
    // Lock order: payments before the order (as confirmPayment does), so they never deadlock.
    const payments = await tx.payment.findMany({
      where: { orderId: found.id },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    for (const p of payments) await lockRow(tx, "Payment", p.id);
    await lockRow(tx, "Order", found.id);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: found.id },
      include: {
        lines: {
          select: { id: true, status: true, availability: true, batch: { select: { status: true } } },
          orderBy: { variantId: "asc" },
        },
      },
    });
    const refusal = customerCancelRefusal({
      status: order.status,
      lines: order.lines.map((l) => ({ ...l, batchStatus: l.batch?.status ?? null })),
    });
    if (refusal) throw new AppError("INVALID_STATE", refusal);

    const live = order.lines.filter((l) => l.status === "CONFIRMED");
    for (const l of live) await transitionLine(tx, { lineId: l.id, event: "CANCEL", actor, note: reason });
    await tx.order.update({ where: { id: order.id }, data: { balanceDueMinor: 0 } });

    const refunds: TCancelOrderResult["refunds"] = [];
    const paid = await tx.payment.findMany({
      where: { orderId: order.id, status: { in: [...REFUNDABLE_PAYMENT_STATUSES] } },
      include: {
        refunds: { where: { status: { in: [...COMMITTED_REFUND_STATUSES] } }, select: { amountMinor: true } },
      },
      orderBy: { createdAt: "asc" },
    });
    for (const p of paid) {
      const refundable = p.amountMinor - p.refunds.reduce((a, r) => a + r.amountMinor, 0);
      if (refundable <= 0) continue;
      const r = await createRefund(tx, {
        paymentId: p.id,
        amountMinor: refundable,
        reason,
        actor,
        orderLineIds: live.map((l) => l.id),
      });
      refunds.push({ id: r.id, reference: r.reference, amountMinor: r.amountMinor, status: r.status });
    }
    const synced = await syncOrderStatus(tx, { orderId: order.id, actor, note: reason });
    return { orderNumber: order.number, status: synced.to, refunds };
  });
  for (const r of result.refunds) {
    await submitRefund({ refundId: r.id }, db);
    r.status = (await db.refund.findUniqueOrThrow({ where: { id: r.id }, select: { status: true } })).status;
  }
  return result;
}
