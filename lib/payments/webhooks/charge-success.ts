import "server-only";
import { type Db, prisma } from "@/lib/db";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { str, type TWebhookData, type TWebhookHandlerResult } from "@/lib/payments/webhooks/types";

/**
 * charge.success: never trusted as such — it only tells us which reference to verify.
 * confirmPayment re-verifies with Paystack and applies the success exactly once (a replay
 * or a callback that came first makes it a no-op).
 */
export async function onChargeSuccess(data: TWebhookData, db: Db = prisma): Promise<TWebhookHandlerResult> {
  const reference = str(data.reference);
  if (!reference) return { status: "IGNORED", note: "no reference in the event" };
  const payment = await db.payment.findUnique({ where: { reference }, select: { id: true } });
  if (!payment) return { status: "IGNORED", note: `no payment with reference ${reference}` };
  const result = await confirmPayment({ reference, source: "webhook" }, db);
  return { status: "PROCESSED", note: `${result.outcome} (payment ${result.paymentStatus})` };
}
