import "server-only";
import { type Db, prisma } from "@/lib/db";
import { preparePaymentAttempt } from "@/lib/payments/prepare-attempt";

/**
 * "Pay balance" on a deposit order whose batch arrived: a BALANCE Payment (INITIALIZED,
 * new reference) for exactly the balance due. The page then starts it by card
 * (startCardPayment with kind "BALANCE") or Mobile Money (startMobileMoneyCharge with kind
 * "BALANCE"), which reuse this payment. INVALID_STATE when nothing is due.
 */
export async function startBalancePayment(input: { orderNumber: string; customerId: string }, db: Db = prisma) {
  const attempt = await preparePaymentAttempt({ ...input, kind: "BALANCE" }, db);
  return {
    paymentId: attempt.paymentId,
    reference: attempt.reference,
    amountMinor: attempt.amountMinor,
    orderNumber: attempt.orderNumber,
  };
}
