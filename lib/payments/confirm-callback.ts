import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { ACTIVE_ORDER_STATUSES, isIn } from "@/lib/orders/statuses";
import { SETTLED_PAYMENT_STATUSES } from "@/lib/payments/statuses";

export type TCallbackResult = {
  reference: string;
  orderNumber: string;
  kind: "FULL" | "DEPOSIT" | "BALANCE";
  amountMinor: number;
  /** succeeded | pending | failed | needs_review (what the page shows). */
  state: "succeeded" | "pending" | "failed" | "needs_review";
  failureReason: string | null;
  /** The order can still be paid (show "Try again"). */
  canRetry: boolean;
  /** Another attempt already paid what this one was for. */
  isOrderPaidAnyway: boolean;
};

/**
 * Paystack sends the customer back to /checkout/callback?reference=…: verify on the server
 * (confirmPayment, source "callback") — only for the signed-in customer's own payment, so a
 * stranger's reference reveals nothing — and say what happened.
 */
export async function confirmCallback(
  input: { customerId: string; reference: string },
  db: Db = prisma,
): Promise<TCallbackResult> {
  const own = await db.payment.findFirst({
    where: { reference: input.reference, order: { customerId: input.customerId } },
    select: { id: true },
  });
  if (!own) throw new AppError("NOT_FOUND", "We could not find that payment.");
  let providerDown = false;
  try {
    await confirmPayment({ reference: input.reference, source: "callback" }, db);
  } catch (e) {
    // Paystack unreachable: show "pending"; the poll job and webhook settle it later.
    if (!(e instanceof AppError && e.code === "PAYMENT_PROVIDER")) throw e;
    providerDown = true;
  }
  const p = await db.payment.findUniqueOrThrow({
    where: { id: own.id },
    select: {
      reference: true,
      kind: true,
      amountMinor: true,
      status: true,
      needsReview: true,
      failureReason: true,
      gatewayResponse: true,
      order: { select: { number: true, status: true, expiresAt: true, balanceDueMinor: true } },
    },
  });
  const state: TCallbackResult["state"] = p.needsReview
    ? "needs_review"
    : isIn(SETTLED_PAYMENT_STATUSES, p.status)
      ? "succeeded"
      : p.status === "FAILED" || p.status === "ABANDONED"
        ? "failed"
        : providerDown || p.status === "PENDING" || p.status === "INITIALIZED"
          ? "pending"
          : "failed";
  const o = p.order;
  const canRetry =
    (o.status === "PENDING_PAYMENT" && (!o.expiresAt || o.expiresAt > new Date())) ||
    (isIn(ACTIVE_ORDER_STATUSES, o.status) && o.balanceDueMinor > 0);
  return {
    reference: p.reference,
    orderNumber: o.number,
    kind: p.kind,
    amountMinor: p.amountMinor,
    state,
    failureReason:
      state === "failed" ? (p.failureReason ?? p.gatewayResponse ?? "The payment was not completed.") : null,
    canRetry,
    isOrderPaidAnyway:
      state === "failed" &&
      !canRetry &&
      o.status !== "PENDING_PAYMENT" &&
      o.status !== "EXPIRED" &&
      o.status !== "CANCELLED",
  };
}
