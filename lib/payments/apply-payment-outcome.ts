import "server-only";
import type { Prisma } from "@/lib/db";
import type { Payment } from "@/lib/generated/prisma/client";
import { ensureLineHolds, releaseLineHolds } from "@/lib/orders/ensure-line-holds";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { lockRow } from "@/lib/db/lock-row";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { recordOrderEvent, SYSTEM } from "@/lib/orders/order-events";
import type { TVerifiedTransaction } from "@/lib/payments/paystack-calls";
import { transitionPayment } from "@/lib/payments/payment-lifecycle";
import { createRefund } from "@/lib/refunds/create-refund";
import { createOrderDelivery } from "@/lib/deliveries/create-order-delivery";
import { ACTIVE_ORDER_STATUSES, isIn } from "@/lib/orders/statuses";

type TFound = Extract<TVerifiedTransaction, { found: true }>;
export type TSuccessOutcome = { outcome: "succeeded" | "refunded"; refundIds: string[]; note?: string };

/**
 * Applies a verified success to a LOCKED payment (caller: confirmPayment, in its
 * transaction, after checking amount/currency/reference). Records the money (payment
 * SUCCEEDED + ledger), then gives it to the order:
 *  - FULL/DEPOSIT on a PENDING_PAYMENT order: every line must hold its units (re-reserved
 *    if the hold lapsed); lines CONFIRMED into the soonest OPEN batch; nothing due until
 *    arrival; status re-derived (PAID).
 *  - BALANCE on an order whose balance equals it: balance cleared, status re-derived, and its
 *    Delivery created at once when nothing else keeps it from the door (createOrderDelivery
 *    checks readiness; the deliveries.create-ready job stays the safety net).
 *  - anything else (order expired/cancelled, already paid by another attempt, stock gone)
 *    → the payment is refunded in full automatically (refund submitted after commit).
 */
export async function applyPaymentSuccess(
  tx: Prisma.TransactionClient,
  { payment, verified, source }: { payment: Payment; verified: TFound; source: string },
): Promise<TSuccessOutcome> {
  await transitionPayment(tx, {
    paymentId: payment.id,
    event: "SUCCEED",
    actor: SYSTEM,
    note: `verified via ${source}`,
    data: {
      paidAt: verified.paidAt ?? new Date(),
      channel: verified.channel ?? payment.channel,
      providerTransactionId: verified.id,
      feeMinor: verified.feesMinor,
      gatewayResponse: verified.gatewayResponse,
      lastCheckedAt: new Date(),
      failureReason: null,
    },
  });
  await lockRow(tx, "Order", payment.orderId);
  const order = await tx.order.update({
    where: { id: payment.orderId },
    data: { amountPaidMinor: { increment: payment.amountMinor } },
  });

  const refund = async (reason: string): Promise<TSuccessOutcome> => {
    const r = await createRefund(tx, {
      paymentId: payment.id,
      amountMinor: payment.amountMinor,
      reason,
      actor: SYSTEM,
    });
    return { outcome: "refunded", refundIds: [r.id], note: reason };
  };

  if (payment.kind === "BALANCE") {
    if (!isIn(ACTIVE_ORDER_STATUSES, order.status) || order.balanceDueMinor !== payment.amountMinor)
      return refund("Balance was not due any more (paid already or order closed)");
    await tx.order.update({ where: { id: order.id }, data: { balanceDueMinor: 0 } });
    await syncOrderStatus(tx, { orderId: order.id, actor: SYSTEM, note: "balance paid" });
    await createOrderDelivery(tx, { orderId: order.id, actor: { type: "SYSTEM" } });
    return { outcome: "succeeded", refundIds: [] };
  }

  if (order.status !== "PENDING_PAYMENT") {
    const why =
      order.status === "EXPIRED"
        ? "Payment arrived after the order expired"
        : order.status === "CANCELLED"
          ? "Payment arrived for a cancelled order"
          : "The order was already paid by another payment";
    return refund(why);
  }
  const holds = await ensureLineHolds(tx, { orderId: order.id, expiresAt: new Date(Date.now() + 5 * 60_000) });
  if (!holds.ok) {
    await releaseLineHolds(tx, { orderId: order.id });
    const lines = await tx.orderLine.findMany({
      where: { orderId: order.id, status: "RESERVED" },
      select: { id: true },
      orderBy: { variantId: "asc" },
    });
    for (const l of lines)
      await transitionLine(tx, { lineId: l.id, event: "RELEASE", actor: SYSTEM, note: holds.reason });
    await syncOrderStatus(tx, { orderId: order.id, actor: SYSTEM, note: `paid too late: ${holds.reason}` });
    return refund(`The order could not be fulfilled any more: ${holds.reason}`);
  }
  const lines = await tx.orderLine.findMany({
    where: { orderId: order.id, status: "RESERVED" },
    select: { id: true },
    orderBy: { variantId: "asc" },
  });
  for (const l of lines) {
    const batchId = holds.batchByLine.get(l.id) ?? null;
    await transitionLine(tx, { lineId: l.id, event: "PAY", actor: SYSTEM, ...(batchId ? { batchId } : {}) });
  }
  // FULL: nothing left. DEPOSIT: the rest falls due when the batch arrives (on-batch-arrived).
  await tx.order.update({ where: { id: order.id }, data: { balanceDueMinor: 0, paidAt: new Date() } });
  await syncOrderStatus(tx, {
    orderId: order.id,
    actor: SYSTEM,
    note: `${payment.kind.toLowerCase()} payment ${payment.reference}`,
  });
  return { outcome: "succeeded", refundIds: [] };
}

/**
 * A failed or abandoned attempt: the payment moves, and the order's holds are given back
 * unless another attempt is still in flight. The order stays payable until it expires.
 */
export async function applyPaymentFailure(
  tx: Prisma.TransactionClient,
  input: { payment: Payment; event: "FAIL" | "ABANDON"; reason: string; source: string },
): Promise<void> {
  const { payment } = input;
  await transitionPayment(tx, {
    paymentId: payment.id,
    event: input.event,
    actor: SYSTEM,
    note: `${input.reason} (via ${input.source})`,
    data: { failureReason: input.reason.slice(0, 500), failedAt: new Date(), lastCheckedAt: new Date() },
  });
  const inFlight = await tx.payment.count({
    where: { orderId: payment.orderId, id: { not: payment.id }, status: { in: ["INITIALIZED", "PENDING"] } },
  });
  if (inFlight > 0) return;
  const released = await releaseLineHolds(tx, { orderId: payment.orderId });
  if (released > 0)
    await recordOrderEvent(
      {
        orderId: payment.orderId,
        type: "order.holds_released",
        actor: SYSTEM,
        note: `${released} reservation(s) released after the payment ${input.event === "FAIL" ? "failed" : "was abandoned"}`,
      },
      tx,
    );
}
