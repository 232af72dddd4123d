import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { allocate } from "@/lib/money";
import { lockRow } from "@/lib/db/lock-row";
import { recordOrderEvent, type TActor } from "@/lib/orders/order-events";
import { newRefundReference } from "@/lib/payments/references";
import { isIn } from "@/lib/orders/statuses";
import { COMMITTED_REFUND_STATUSES, REFUNDABLE_PAYMENT_STATUSES } from "@/lib/payments/statuses";

export type TCreateRefundInput = {
  paymentId: string;
  amountMinor: number;
  reason: string;
  actor: TActor;
  /** The order lines the refund is for; the amount is spread over them by line total. */
  orderLineIds?: string[];
};

/**
 * Records a PENDING refund against a succeeded payment (in the caller's transaction). The
 * Paystack call happens after commit (submitRefund), so no network call holds row locks
 * and a crash leaves a PENDING refund the `refunds.submit-pending` job picks up.
 * Never refunds more than the payment still holds (processed + in-flight refunds counted).
 */
export async function createRefund(tx: Prisma.TransactionClient, input: TCreateRefundInput) {
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
    throw new AppError("BAD_REQUEST", "A refund amount is a positive number of pesewas.");
  if (!(await lockRow(tx, "Payment", input.paymentId))) throw new AppError("NOT_FOUND", "Payment not found.");
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: input.paymentId },
    include: {
      order: { select: { id: true, number: true } },
      refunds: { where: { status: { in: [...COMMITTED_REFUND_STATUSES] } }, select: { amountMinor: true } },
    },
  });
  if (!isIn(REFUNDABLE_PAYMENT_STATUSES, payment.status)) {
    throw new AppError("INVALID_STATE", `Only a succeeded payment can be refunded (this one is ${payment.status}).`);
  }
  const committed = payment.refunds.reduce((a, r) => a + r.amountMinor, 0);
  const refundable = payment.amountMinor - committed;
  if (input.amountMinor > refundable) {
    throw new AppError("INVALID_STATE", `At most ${refundable} pesewas of this payment can still be refunded.`, {
      details: { refundable },
    });
  }

  const refund = await tx.refund.create({
    data: {
      paymentId: payment.id,
      orderId: payment.orderId,
      amountMinor: input.amountMinor,
      currency: payment.currency,
      reason: input.reason,
      reference: newRefundReference(payment.order.number),
      requestedById: input.actor.type === "SYSTEM" ? null : (input.actor.id ?? null),
    },
  });

  if (input.orderLineIds && input.orderLineIds.length > 0) {
    const lines = await tx.orderLine.findMany({
      where: { id: { in: input.orderLineIds }, orderId: payment.orderId },
      select: { id: true, lineTotalMinor: true },
      orderBy: { id: "asc" },
    });
    const weights = lines.map((l) => Math.max(l.lineTotalMinor, 1));
    const parts = lines.length > 0 ? allocate(input.amountMinor, weights) : [];
    const data = lines
      .map((l, i) => ({ refundId: refund.id, orderLineId: l.id, amountMinor: parts[i] ?? 0 }))
      .filter((r) => r.amountMinor > 0);
    if (data.length > 0) await tx.refundLine.createMany({ data });
  }

  await recordOrderEvent(
    {
      orderId: payment.orderId,
      type: "refund.requested",
      to: "PENDING",
      actor: input.actor,
      note: input.reason,
      data: { reference: refund.reference, amountMinor: refund.amountMinor, paymentReference: payment.reference },
    },
    tx,
  );
  return refund;
}
