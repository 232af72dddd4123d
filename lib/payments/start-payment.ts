import "server-only";
import { type Db, inTransaction, type Prisma, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { chargeMobileMoney, initializeTransaction, submitChargeOtp } from "@/lib/integrations/paystack/api";
import { SYSTEM } from "@/lib/orders/order-events";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { transitionPayment } from "@/lib/payments/payment-lifecycle";
import { httpStatusOf, providerMessage } from "@/lib/payments/paystack-calls";
import { preparePaymentAttempt, type TPaymentAttempt } from "@/lib/payments/prepare-attempt";

// Starting a payment: the Payment row is prepared in a short transaction, Paystack is called
// outside it (no locks across the network), and the answer is recorded in another.

/** Card (and anything Paystack's hosted page offers): returns the page to redirect to. */
export async function startCardPayment(
  input: { orderNumber: string; customerId: string; kind?: "BALANCE" },
  db: Db = prisma,
) {
  const attempt = await preparePaymentAttempt(input, db);
  let data: { authorization_url: string; access_code: string; reference: string };
  try {
    // POST /transaction/initialize through paystack().transaction.initialize (api.ts wrapper).
    data = await initializeTransaction({
      amount: attempt.amountMinor,
      email: attempt.email,
      reference: attempt.reference,
      callbackUrl: `${serverEnv().APP_URL}/checkout/callback`,
      metadata: { orderNumber: attempt.orderNumber, paymentId: attempt.paymentId, kind: attempt.kind },
    });
  } catch (e) {
    await markNotReusable(db, attempt, e);
    throw new AppError("PAYMENT_PROVIDER", undefined, { cause: e });
  }
  await markStarted(db, attempt.paymentId, "sent to Paystack checkout", {
    accessCode: data.access_code,
    authorizationUrl: data.authorization_url,
  });
  return {
    reference: attempt.reference,
    amountMinor: attempt.amountMinor,
    kind: attempt.kind,
    authorizationUrl: data.authorization_url,
    accessCode: data.access_code,
  };
}

export type TChargeStatus = {
  reference: string;
  status: string;
  displayText: string | null;
  amountMinor: number;
  orderNumber: string;
};

/**
 * Mobile Money via the Charge API: the customer approves on the phone ("pay_offline") or
 * types an OTP ("send_otp" → submitMobileMoneyOtp). Final answers go through confirmPayment.
 */
export async function startMobileMoneyCharge(
  input: { orderNumber: string; customerId: string; provider: "mtn" | "atl" | "vod"; phone: string; kind?: "BALANCE" },
  db: Db = prisma,
): Promise<TChargeStatus> {
  const attempt = await preparePaymentAttempt(input, db);
  let charge: TChargeAnswer;
  try {
    charge = await chargeMobileMoney({
      email: attempt.email,
      amount: attempt.amountMinor,
      reference: attempt.reference,
      provider: input.provider,
      phone: input.phone,
      metadata: { orderNumber: attempt.orderNumber, paymentId: attempt.paymentId, kind: attempt.kind },
    });
  } catch (e) {
    await markNotReusable(db, attempt, e);
    const status = httpStatusOf(e);
    if (status !== null && status >= 400 && status < 500)
      throw new AppError("UNPROCESSABLE", `Mobile Money could not start: ${providerMessage(e)}`);
    throw new AppError("PAYMENT_PROVIDER", undefined, { cause: e });
  }
  await markStarted(db, attempt.paymentId, `Mobile Money charge: ${charge.status}`, {
    channel: "MOBILE_MONEY",
    mobileMoneyProvider: input.provider.toUpperCase(),
    mobileMoneyPhone: input.phone,
  });
  return settleIfFinal(db, attempt, charge);
}

/** The OTP step of a Mobile Money charge. */
export async function submitMobileMoneyOtp(
  input: { reference: string; customerId: string; otp: string },
  db: Db = prisma,
): Promise<TChargeStatus> {
  const payment = await getCustomerPaymentOrThrow(db, input);
  let charge: TChargeAnswer;
  try {
    charge = await submitChargeOtp(payment.reference, input.otp);
  } catch (e) {
    const status = httpStatusOf(e);
    if (status !== null && status >= 400 && status < 500)
      throw new AppError("BAD_REQUEST", `The code was not accepted: ${providerMessage(e)}`);
    throw new AppError("PAYMENT_PROVIDER", undefined, { cause: e });
  }
  return settleIfFinal(
    db,
    { reference: payment.reference, amountMinor: payment.amountMinor, orderNumber: payment.order.number },
    charge,
  );
}

/**
 * What the payment page polls. A payment still open is re-verified with Paystack (at most
 * every 3 s) so the page sees success even before the webhook arrives.
 */
export async function getPaymentStatus(input: { reference: string; customerId: string }, db: Db = prisma) {
  let payment = await getCustomerPaymentOrThrow(db, input);
  const isOpen = payment.status === "INITIALIZED" || payment.status === "PENDING";
  const isStale = !payment.lastCheckedAt || Date.now() - payment.lastCheckedAt.getTime() > 3_000;
  if (isOpen && isStale && !payment.needsReview) {
    try {
      await confirmPayment({ reference: payment.reference, source: "poll" }, db);
    } catch (e) {
      if (!(e instanceof AppError && e.code === "PAYMENT_PROVIDER")) throw e;
    }
    payment = await getCustomerPaymentOrThrow(db, input);
  }
  return {
    reference: payment.reference,
    status: payment.status,
    kind: payment.kind,
    amountMinor: payment.amountMinor,
    failureReason: payment.failureReason,
    needsReview: payment.needsReview,
    orderNumber: payment.order.number,
    orderStatus: payment.order.status,
  };
}

async function getCustomerPaymentOrThrow(db: Db, input: { reference: string; customerId: string }) {
  const payment = await db.payment.findFirst({
    where: { reference: input.reference, order: { customerId: input.customerId } },
    include: { order: { select: { number: true, status: true } } },
  });
  if (!payment) throw new AppError("NOT_FOUND", "Payment not found.");
  return payment;
}

type TChargeAnswer = { status: string; display_text?: string | null };

async function settleIfFinal(
  db: Db,
  attempt: Pick<TPaymentAttempt, "reference" | "amountMinor" | "orderNumber">,
  charge: TChargeAnswer,
): Promise<TChargeStatus> {
  let status = charge.status;
  if (status === "success" || status === "failed") {
    const confirmed = await confirmPayment({ reference: attempt.reference, source: "callback" }, db);
    status =
      confirmed.outcome === "succeeded" || confirmed.outcome === "already_succeeded" ? "success" : confirmed.outcome;
  }
  return {
    reference: attempt.reference,
    status,
    displayText: charge.display_text ?? null,
    amountMinor: attempt.amountMinor,
    orderNumber: attempt.orderNumber,
  };
}

/**
 * INITIALIZED → PENDING with what Paystack answered. A confirmation (webhook, poll) may have
 * settled the payment between the Paystack call and this write: then only the details are
 * recorded and the status is left alone.
 */
async function markStarted(db: Db, paymentId: string, note: string, data: Prisma.PaymentUncheckedUpdateInput) {
  await inTransaction(db, async (tx) => {
    await lockRow(tx, "Payment", paymentId);
    const p = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true } });
    if (p.status === "INITIALIZED")
      await transitionPayment(tx, { paymentId, event: "START", actor: SYSTEM, note, data });
    else await tx.payment.update({ where: { id: paymentId }, data });
  });
}

/** Paystack may have seen this reference even though the call failed: never offer it again. */
async function markNotReusable(db: Db, attempt: TPaymentAttempt, e: unknown) {
  await db.payment.updateMany({
    where: { id: attempt.paymentId, status: "INITIALIZED" },
    data: { failureReason: `start failed: ${providerMessage(e)}`.slice(0, 500) },
  });
}
