import "server-only";
import type { Prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { cancelOrderDelivery } from "@/lib/deliveries/cancel-order-delivery";
import { AppError } from "@/lib/errors";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import type { TActor } from "@/lib/orders/order-events";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { refundDue } from "@/lib/orders/refund-due";
import { COMMITTED_REFUND_STATUSES, REFUNDABLE_PAYMENT_STATUSES } from "@/lib/payments/statuses";
import { createRefund } from "@/lib/refunds/create-refund";

export type TCreatedRefund = { id: string; reference: string; amountMinor: number; status: string };

/**
 * Paid lines of one order end before delivery — CANCEL (customer, batch cancelled, ops) or
 * MARK_UNAVAILABLE (the vendor could not source them) — in the caller's transaction: each
 * line through the line lifecycle (units back to stock / the batch allocation), PENDING
 * refunds of what the customer paid beyond what the rest of the order still costs
 * (refund-due.ts), a balance due lowered to match, the order's status re-derived, and its
 * delivery cancelled if nothing is left to deliver. Locks payments, then the delivery, before
 * the order (lock-row.ts order), so it never deadlocks with confirmPayment or a delivery
 * use case. The caller submits the refunds to Paystack after the commit (submitRefunds).
 */
export async function endOrderLines(
  tx: Prisma.TransactionClient,
  input: { orderId: string; lineIds: string[]; event: "CANCEL" | "MARK_UNAVAILABLE"; reason: string; actor: TActor },
): Promise<{ refunds: TCreatedRefund[]; refundMinor: number }> {
  const payments = await tx.payment.findMany({
    where: { orderId: input.orderId },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const p of payments) await lockRow(tx, "Payment", p.id);
  const delivery = await tx.delivery.findUnique({ where: { orderId: input.orderId }, select: { id: true } });
  if (delivery) await lockRow(tx, "Delivery", delivery.id);
  if (!(await lockRow(tx, "Order", input.orderId))) throw new AppError("NOT_FOUND", "Order not found.");

  const lineIds = [...new Set(input.lineIds)].sort();
  for (const lineId of lineIds)
    await transitionLine(tx, { lineId, event: input.event, actor: input.actor, note: input.reason });

  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    include: {
      lines: { select: { status: true, lineTotalMinor: true } },
      payments: {
        where: { status: { in: [...REFUNDABLE_PAYMENT_STATUSES] } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          amountMinor: true,
          refunds: { where: { status: { in: [...COMMITTED_REFUND_STATUSES] } }, select: { amountMinor: true } },
        },
      },
    },
  });
  const committedRefundsMinor = await tx.refund
    .aggregate({
      where: { orderId: order.id, status: { in: [...COMMITTED_REFUND_STATUSES] } },
      _sum: { amountMinor: true },
    })
    .then((a) => a._sum.amountMinor ?? 0);
  const due = refundDue({ ...order, committedRefundsMinor });
  if (order.balanceDueMinor > 0 && order.balanceDueMinor !== due.outstandingMinor)
    await tx.order.update({ where: { id: order.id }, data: { balanceDueMinor: due.outstandingMinor } });

  const refunds: TCreatedRefund[] = [];
  let left = due.refundMinor;
  for (const p of order.payments) {
    if (left <= 0) break;
    const refundable = p.amountMinor - p.refunds.reduce((a, r) => a + r.amountMinor, 0);
    const amountMinor = Math.min(left, refundable);
    if (amountMinor <= 0) continue;
    const r = await createRefund(tx, {
      paymentId: p.id,
      amountMinor,
      reason: input.reason,
      actor: input.actor,
      orderLineIds: lineIds,
    });
    refunds.push({ id: r.id, reference: r.reference, amountMinor: r.amountMinor, status: r.status });
    left -= amountMinor;
  }
  await syncOrderStatus(tx, { orderId: order.id, actor: input.actor, note: input.reason });
  await cancelOrderDelivery(tx, { orderId: order.id, actor: input.actor, reason: input.reason });
  return { refunds, refundMinor: due.refundMinor - left };
}
