import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRow } from "@/lib/db/lock-row";
import { recordOrderEvent, SYSTEM } from "@/lib/orders/order-events";
import { applyPaymentFailure, applyPaymentSuccess } from "@/lib/payments/apply-payment-outcome";
import { verifyWithPaystack, type TVerifiedTransaction } from "@/lib/payments/paystack-calls";
import { transitionPayment } from "@/lib/payments/payment-lifecycle";
import { submitRefund } from "@/lib/refunds/submit-refund";
import { isIn } from "@/lib/orders/statuses";
import { SETTLED_PAYMENT_STATUSES } from "@/lib/payments/statuses";

export type TConfirmSource = "callback" | "webhook" | "poll";

export type TConfirmResult = {
  outcome: "succeeded" | "already_succeeded" | "refunded" | "pending" | "failed" | "abandoned" | "needs_review";
  paymentStatus: string;
  orderNumber: string;
  note?: string;
};

/** An unpaid attempt Paystack calls "abandoned" (or does not know) is given up after this long. */
export const ABANDON_AFTER_MS = 30 * 60_000;
const PENDING_AT_PAYSTACK = new Set([
  "ongoing",
  "pending",
  "processing",
  "queued",
  "send_otp",
  "send_pin",
  "send_phone",
  "send_birthday",
  "send_address",
  "open_url",
  "pay_offline",
]);

/**
 * The only way a payment succeeds: verify the transaction with Paystack, then — only if
 * reference, amount and currency match our record — apply the success EXACTLY ONCE (row
 * lock on the Payment; a payment already settled is a no-op), from whichever of the
 * callback, the webhook or the poll comes first. A mismatch flags the payment for review
 * and credits nothing. Failures release the order's holds; refunds created by the success
 * path (late payments) are sent to Paystack after the commit.
 */
export async function confirmPayment(
  input: { reference: string; source: TConfirmSource; now?: Date },
  db: Db = prisma,
): Promise<TConfirmResult> {
  const payment = await db.payment.findUnique({
    where: { reference: input.reference },
    include: { order: { select: { number: true } } },
  });
  if (!payment) throw new AppError("NOT_FOUND", "Payment not found.");
  const orderNumber = payment.order.number;
  if (isIn(SETTLED_PAYMENT_STATUSES, payment.status))
    return { outcome: "already_succeeded", paymentStatus: payment.status, orderNumber };
  if (payment.needsReview)
    return {
      outcome: "needs_review",
      paymentStatus: payment.status,
      orderNumber,
      note: payment.reviewReason ?? undefined,
    };

  const verified = await verifyWithPaystack(input.reference);
  const now = input.now ?? new Date();

  const { result, refundIds } = await inTransaction(db, async (tx) => {
    await lockRow(tx, "Payment", payment.id);
    const p = await tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
    const done = (outcome: TConfirmResult["outcome"], status: string, note?: string, refundIds: string[] = []) => ({
      result: { outcome, paymentStatus: status, orderNumber, ...(note ? { note } : {}) },
      refundIds,
    });
    if (isIn(SETTLED_PAYMENT_STATUSES, p.status)) return done("already_succeeded", p.status);
    if (p.needsReview) return done("needs_review", p.status, p.reviewReason ?? undefined);

    const status = verified.found ? verified.status.toLowerCase() : "not_found";
    if (verified.found && status === "success") {
      const mismatch = describeMismatch(p, verified);
      if (mismatch) {
        await tx.payment.update({
          where: { id: p.id },
          data: {
            needsReview: true,
            reviewReason: mismatch,
            lastCheckedAt: now,
            providerTransactionId: p.providerTransactionId ?? verified.id,
          },
        });
        await recordOrderEvent(
          {
            orderId: p.orderId,
            type: "payment.needs_review",
            actor: SYSTEM,
            note: mismatch,
            data: { reference: p.reference, source: input.source },
          },
          tx,
        );
        return done("needs_review", p.status, mismatch);
      }
      const applied = await applyPaymentSuccess(tx, { payment: p, verified, source: input.source });
      return done(applied.outcome, "SUCCEEDED", applied.note, applied.refundIds);
    }
    if (status === "failed" || status === "reversed") {
      if (p.status === "FAILED" || p.status === "ABANDONED")
        return done(p.status === "FAILED" ? "failed" : "abandoned", p.status);
      await applyPaymentFailure(tx, {
        payment: p,
        event: "FAIL",
        reason: (verified.found && verified.gatewayResponse) || "Payment failed",
        source: input.source,
      });
      return done("failed", "FAILED");
    }
    const isOld = now.getTime() - p.createdAt.getTime() > ABANDON_AFTER_MS;
    const givesUp = status === "abandoned" ? input.source === "callback" || isOld : status === "not_found" && isOld;
    if (givesUp && (p.status === "INITIALIZED" || p.status === "PENDING")) {
      await applyPaymentFailure(tx, {
        payment: p,
        event: "ABANDON",
        reason: status === "not_found" ? "Never completed at Paystack" : "Payment was not completed",
        source: input.source,
      });
      return done("abandoned", "ABANDONED");
    }
    if (p.status === "FAILED" || p.status === "ABANDONED")
      return done(p.status === "FAILED" ? "failed" : "abandoned", p.status);
    if (p.status === "INITIALIZED" && PENDING_AT_PAYSTACK.has(status)) {
      await transitionPayment(tx, {
        paymentId: p.id,
        event: "START",
        actor: SYSTEM,
        note: `Paystack status ${status}`,
        data: { lastCheckedAt: now },
      });
      return done("pending", "PENDING");
    }
    await tx.payment.update({ where: { id: p.id }, data: { lastCheckedAt: now } });
    return done("pending", p.status);
  });

  for (const id of refundIds) await submitRefund({ refundId: id }, db);
  return result;
}

function describeMismatch(
  p: { reference: string; amountMinor: number; currency: string },
  v: Extract<TVerifiedTransaction, { found: true }>,
): string | null {
  const problems: string[] = [];
  if (v.reference !== p.reference) problems.push(`reference ${v.reference} ≠ ${p.reference}`);
  if (v.amountMinor !== p.amountMinor) problems.push(`amount ${v.amountMinor} ≠ ${p.amountMinor}`);
  if (v.currency.toUpperCase() !== p.currency) problems.push(`currency ${v.currency} ≠ ${p.currency}`);
  return problems.length ? `Paystack verification disagrees: ${problems.join(", ")}` : null;
}
