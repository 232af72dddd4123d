import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ADMIN_CANCELLABLE_LINE_STATUSES, adminCancelRefusal } from "@/lib/orders/admin-order-policy";
import { customerCancelRefusal } from "@/lib/orders/cancel-policy";
import { lockRow } from "@/lib/db/lock-row";
import { endOrderLines } from "@/lib/orders/end-order-lines";
import type { TActor } from "@/lib/orders/order-events";
import { isIn } from "@/lib/orders/statuses";
import { submitRefunds } from "@/lib/refunds/submit-refund";

export type TCancelOrderResult = {
  orderId: string;
  orderNumber: string;
  /** The order's status before and after. */
  from: string;
  status: string;
  refunds: { id: string; reference: string; amountMinor: number; status: string }[];
};

export type TCancelOrderInput =
  | { orderNumber: string; customerId: string; reason?: string; actor?: TActor; admin?: undefined }
  /** Operations cancel any customer's order under their own rule (admin-order-policy.ts), with a reason. */
  | { orderNumber: string; admin: { id: string }; reason: string; customerId?: undefined; actor?: undefined };

/**
 * A customer cancels their paid order (rule: cancel-policy.ts), or an ops admin does (rule:
 * admin-order-policy.ts — procured lines too, any customer's order). In one transaction: every
 * live line CANCELLED through endOrderLines (units back to stock / the batch allocation,
 * PENDING refunds of everything paid, nothing due any more, the order CANCELLED with its
 * event and notification). The refunds go to Paystack after the commit; refund.processed
 * completes them (ledger journal, amounts, payment status).
 */
export async function cancelOrder(input: TCancelOrderInput, db: Db = prisma): Promise<TCancelOrderResult> {
  const admin = input.admin;
  const actor: TActor = admin
    ? { type: "ADMIN", id: admin.id }
    : (input.actor ?? { type: "CUSTOMER", id: input.customerId });
  const reason = input.reason?.trim() || "Cancelled by the customer";
  if (admin && !input.reason?.trim()) throw new AppError("BAD_REQUEST", "Say why the order is cancelled.");
  const result = await inTransaction(db, async (tx) => {
    const found = await tx.order.findFirst({
      where: admin ? { number: input.orderNumber } : { number: input.orderNumber, customerId: input.customerId },
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
    const refusal = admin
      ? adminCancelRefusal(order)
      : customerCancelRefusal({
          status: order.status,
          lines: order.lines.map((l) => ({ ...l, batchStatus: l.batch?.status ?? null })),
        });
    if (refusal) throw new AppError("INVALID_STATE", refusal);

    const cancellable = (status: string) =>
      admin ? isIn(ADMIN_CANCELLABLE_LINE_STATUSES, status) : status === "CONFIRMED";
    const { refunds } = await endOrderLines(tx, {
      orderId: order.id,
      lineIds: order.lines.filter((l) => cancellable(l.status)).map((l) => l.id),
      event: "CANCEL",
      reason,
      actor,
    });
    const { status } = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
    return { orderId: order.id, orderNumber: order.number, from: order.status, status, refunds };
  });
  const statuses = await submitRefunds({ refundIds: result.refunds.map((r) => r.id) }, db);
  for (const r of result.refunds) r.status = statuses.get(r.id) ?? r.status;
  return result;
}
