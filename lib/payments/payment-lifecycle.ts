import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { ACCOUNTS } from "@/lib/ledger/accounts";
import { postJournal } from "@/lib/ledger/post-journal";
import { formatMoney } from "@/lib/money";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { lockRow } from "@/lib/db/lock-row";
import { recordOrderEvent, type TActor } from "@/lib/orders/order-events";
import { planTransition, type TTransition } from "@/lib/lifecycle/transition-table";

// The Payment lifecycle of domain.md:
//   INITIALIZED → PENDING → SUCCEEDED → (PARTIALLY_)REFUNDED ; INITIALIZED/PENDING → FAILED | ABANDONED
// One deliberate addition: FAILED/ABANDONED → SUCCEEDED. Paystack's verification is the
// truth, and a transaction we gave up on can still be completed by the customer (an old
// checkout tab, a late Mobile Money approval). Money that arrived is always recorded; the
// caller refunds it when the order no longer needs it.

export type TPaymentEvent = "START" | "SUCCEED" | "FAIL" | "ABANDON" | "PARTIAL_REFUND" | "REFUND";

export type TPaymentGuardContext = { amountMinor: number; amountRefundedMinor: number; needsReview: boolean };

export const PAYMENT_TRANSITIONS: readonly TTransition<PaymentStatus, TPaymentEvent, TPaymentGuardContext>[] = [
  {
    event: "START",
    from: ["INITIALIZED"],
    to: "PENDING",
    effects: "the customer is at Paystack / the charge was sent",
  },
  {
    event: "SUCCEED",
    from: ["INITIALIZED", "PENDING", "FAILED", "ABANDONED"],
    to: "SUCCEEDED",
    guard: (c) => (c.needsReview ? "the payment is flagged for review" : null),
    effects:
      "ledger: Dr paystack_clearing / Cr escrow (amount) and Dr paystack_fees / Cr paystack_clearing (fee); receipt to the customer",
  },
  {
    event: "FAIL",
    from: ["INITIALIZED", "PENDING"],
    to: "FAILED",
    effects: "notify the customer (they may retry); the caller releases reservations",
  },
  { event: "ABANDON", from: ["INITIALIZED", "PENDING"], to: "ABANDONED", effects: "the caller releases reservations" },
  {
    event: "PARTIAL_REFUND",
    from: ["SUCCEEDED", "PARTIALLY_REFUNDED"],
    to: "PARTIALLY_REFUNDED",
    guard: (c) =>
      c.amountRefundedMinor > 0 && c.amountRefundedMinor < c.amountMinor ? null : "the refunded amount is not partial",
  },
  {
    event: "REFUND",
    from: ["SUCCEEDED", "PARTIALLY_REFUNDED"],
    to: "REFUNDED",
    guard: (c) => (c.amountRefundedMinor === c.amountMinor ? null : "the payment is not fully refunded"),
  },
];

export type TTransitionPaymentInput = {
  paymentId: string;
  event: TPaymentEvent;
  actor: TActor;
  note?: string;
  /** Fields recorded with the move (paidAt, feeMinor, providerTransactionId, amountRefundedMinor …). */
  data?: Omit<Prisma.PaymentUncheckedUpdateInput, "status" | "id" | "orderId" | "reference" | "amountMinor">;
};

/**
 * The one place a Payment changes status: locks the row, checks table + guard (refund
 * guards see the new amountRefundedMinor from `data`), updates, performs the effects and
 * writes an OrderEvent. Runs in the caller's transaction.
 */
export async function transitionPayment(tx: Prisma.TransactionClient, input: TTransitionPaymentInput) {
  if (!(await lockRow(tx, "Payment", input.paymentId))) throw new AppError("NOT_FOUND", "Payment not found.");
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: input.paymentId },
    include: {
      order: { select: { id: true, number: true, customerId: true, contactEmail: true, contactPhone: true } },
    },
  });
  const refundedAfter =
    typeof input.data?.amountRefundedMinor === "number" ? input.data.amountRefundedMinor : payment.amountRefundedMinor;
  const t = planTransition(PAYMENT_TRANSITIONS, "payment", payment.status, input.event, {
    amountMinor: payment.amountMinor,
    amountRefundedMinor: refundedAfter,
    needsReview: payment.needsReview,
  });
  const updated = await tx.payment.update({ where: { id: payment.id }, data: { ...input.data, status: t.to } });
  const order = payment.order;
  const contact = { email: order.contactEmail, phone: order.contactPhone };

  if (input.event === "SUCCEED") {
    await postJournal(
      {
        kind: "PAYMENT",
        idempotencyKey: `payment:${payment.id}`,
        description: `Payment ${payment.reference} for order ${order.number}`,
        orderId: order.id,
        paymentId: payment.id,
        lines: [
          { account: ACCOUNTS.paystackClearing, amountMinor: payment.amountMinor },
          { account: ACCOUNTS.escrow, amountMinor: -payment.amountMinor },
        ],
      },
      tx,
    );
    const fee = updated.feeMinor ?? 0;
    if (fee > 0) {
      await postJournal(
        {
          kind: "PAYSTACK_FEE",
          idempotencyKey: `payment-fee:${payment.id}`,
          description: `Paystack fee on ${payment.reference}`,
          orderId: order.id,
          paymentId: payment.id,
          lines: [
            { account: ACCOUNTS.paystackFees, amountMinor: fee },
            { account: ACCOUNTS.paystackClearing, amountMinor: -fee },
          ],
        },
        tx,
      );
    }
    await notifyCustomer(
      {
        userId: order.customerId,
        topic: "PAYMENTS",
        templateKey: "payment.received",
        data: {
          orderNumber: order.number,
          amount: formatMoney(payment.amountMinor),
          kind: payment.kind,
          reference: payment.reference,
        },
        dedupeKey: `payment:${payment.id}:succeeded`,
        contact,
      },
      tx,
    );
  } else if (input.event === "FAIL") {
    await notifyCustomer(
      {
        userId: order.customerId,
        topic: "PAYMENTS",
        templateKey: "payment.failed",
        data: {
          orderNumber: order.number,
          amount: formatMoney(payment.amountMinor),
          reason: updated.failureReason ?? null,
        },
        dedupeKey: `payment:${payment.id}:failed`,
        contact,
      },
      tx,
    );
  }

  await recordOrderEvent(
    {
      orderId: order.id,
      type: `payment.${input.event.toLowerCase()}`,
      from: payment.status,
      to: t.to,
      actor: input.actor,
      note: input.note ?? null,
      data: { reference: payment.reference, kind: payment.kind, amountMinor: payment.amountMinor },
    },
    tx,
  );
  return updated;
}
