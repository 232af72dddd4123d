import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { ACCOUNTS } from "@/lib/ledger/accounts";
import { postJournal } from "@/lib/ledger/post-journal";
import { formatMoney } from "@/lib/money";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { lockRow } from "@/lib/db/lock-row";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { recordOrderEvent, type TActor } from "@/lib/orders/order-events";
import { planTransition, type TTransition } from "@/lib/lifecycle/transition-table";
import { transitionPayment } from "@/lib/payments/payment-lifecycle";

// Refund lifecycle (domain.md): PENDING → PROCESSING → PROCESSED | FAILED. A refund is
// created PENDING (create-refund.ts), sent to Paystack after commit (submit-refund.ts), and
// completed by Paystack's refund.* webhooks or the submit answer. A FAILED refund can be
// retried by an admin (back to PENDING, then submitted again).

export type TRefundEvent = "MARK_PROCESSING" | "PROCESS" | "FAIL" | "RETRY";

export const REFUND_TRANSITIONS: readonly TTransition<RefundStatus, TRefundEvent, null>[] = [
  { event: "MARK_PROCESSING", from: ["PENDING"], to: "PROCESSING" },
  {
    event: "PROCESS",
    from: ["PENDING", "PROCESSING"],
    to: "PROCESSED",
    effects:
      "ledger Dr escrow / Cr paystack_clearing; payment and order amountRefunded; payment (PARTIALLY_)REFUNDED; order status re-derived; notify",
  },
  { event: "FAIL", from: ["PENDING", "PROCESSING"], to: "FAILED", effects: "failureReason; needs an admin (retry)" },
  { event: "RETRY", from: ["FAILED"], to: "PENDING", effects: "submitted to Paystack again" },
];

export type TTransitionRefundInput = {
  refundId: string;
  event: TRefundEvent;
  actor: TActor;
  note?: string;
  data?: { providerRefundId?: string; failureReason?: string | null };
};

/**
 * The one place a Refund changes status (locks Refund → Payment → Order in that order).
 * PROCESS is where the money leaves escrow; everything else only records progress.
 */
export async function transitionRefund(tx: Prisma.TransactionClient, input: TTransitionRefundInput) {
  if (!(await lockRow(tx, "Refund", input.refundId))) throw new AppError("NOT_FOUND", "Refund not found.");
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: input.refundId } });
  const t = planTransition(REFUND_TRANSITIONS, "refund", refund.status, input.event, null);
  const now = new Date();

  if (input.event === "PROCESS") {
    await lockRow(tx, "Payment", refund.paymentId);
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: refund.paymentId } });
    const refundedAfter = payment.amountRefundedMinor + refund.amountMinor;
    await transitionPayment(tx, {
      paymentId: payment.id,
      event: refundedAfter === payment.amountMinor ? "REFUND" : "PARTIAL_REFUND",
      actor: input.actor,
      note: `refund ${refund.reference}`,
      data: { amountRefundedMinor: refundedAfter },
    });
    await postJournal(
      {
        kind: "REFUND",
        idempotencyKey: `refund:${refund.id}`,
        description: `Refund ${refund.reference}: ${refund.reason}`,
        orderId: refund.orderId,
        paymentId: refund.paymentId,
        refundId: refund.id,
        lines: [
          { account: ACCOUNTS.escrow, amountMinor: refund.amountMinor },
          { account: ACCOUNTS.paystackClearing, amountMinor: -refund.amountMinor },
        ],
      },
      tx,
    );
    await lockRow(tx, "Order", refund.orderId);
    const order = await tx.order.update({
      where: { id: refund.orderId },
      data: { amountRefundedMinor: { increment: refund.amountMinor } },
    });
    await notifyCustomer(
      {
        userId: order.customerId,
        topic: "PAYMENTS",
        templateKey: "refund.processed",
        data: { orderNumber: order.number, amount: formatMoney(refund.amountMinor), reference: refund.reference },
        dedupeKey: `refund:${refund.id}:processed`,
        contact: { email: order.contactEmail, phone: order.contactPhone },
      },
      tx,
    );
  }

  const updated = await tx.refund.update({
    where: { id: refund.id },
    data: {
      status: t.to,
      ...(input.data?.providerRefundId ? { providerRefundId: input.data.providerRefundId } : {}),
      ...(input.data?.failureReason !== undefined ? { failureReason: input.data.failureReason } : {}),
      ...(t.to === "PROCESSED" ? { processedAt: now } : {}),
    },
  });
  await recordOrderEvent(
    {
      orderId: refund.orderId,
      type: `refund.${input.event.toLowerCase()}`,
      from: refund.status,
      to: t.to,
      actor: input.actor,
      note: input.note ?? input.data?.failureReason ?? null,
      data: { reference: refund.reference, amountMinor: refund.amountMinor },
    },
    tx,
  );
  if (input.event === "PROCESS") await syncOrderStatus(tx, { orderId: refund.orderId, actor: input.actor });
  return updated;
}
