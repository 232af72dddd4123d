import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { createRefund, listRefunds } from "@/lib/integrations/paystack/api";
import { SYSTEM } from "@/lib/orders/order-events";
import { applyRefundStatus } from "@/lib/refunds/apply-refund-status";

/**
 * Sends a PENDING refund to Paystack's Refund API (outside any transaction: no row lock is
 * held across the network) and records Paystack's refund id and status. Errors leave the
 * refund PENDING with the error in failureReason; the `refunds.submit-pending` job retries.
 * Before retrying, Paystack's refunds of the transaction are listed so that a refund the
 * first attempt created (answer lost) is adopted, never created twice.
 */
export async function submitRefund(
  { refundId }: { refundId: string },
  db: Db = prisma,
): Promise<{ status: string; providerRefundId: string | null }> {
  const refund = await db.refund.findUnique({
    where: { id: refundId },
    include: { payment: { select: { reference: true, providerTransactionId: true } } },
  });
  if (!refund) return { status: "missing", providerRefundId: null };
  if (refund.status !== "PENDING" || refund.providerRefundId)
    return { status: refund.status, providerRefundId: refund.providerRefundId };

  try {
    let provider: { id: number | string; status: string } | null = null;
    if (refund.failureReason && refund.payment.providerTransactionId) {
      const known = new Set(
        (
          await db.refund.findMany({
            where: { paymentId: refund.paymentId, providerRefundId: { not: null } },
            select: { providerRefundId: true },
          })
        ).map((r) => r.providerRefundId),
      );
      const listed = await listRefunds({ transaction: refund.payment.providerTransactionId, perPage: 100 });
      provider = listed.data.find((r) => r.amount === refund.amountMinor && !known.has(String(r.id))) ?? null;
    }
    provider ??= await createRefund({
      transaction: refund.payment.reference,
      amount: refund.amountMinor,
      merchantNote: `${refund.reference}: ${refund.reason}`.slice(0, 200),
    });
    const providerRefundId = String(provider.id);
    const providerStatus = provider.status;
    await inTransaction(db, (tx) =>
      applyRefundStatus(tx, { refundId, providerRefundId, providerStatus, actor: SYSTEM }),
    );
    return { status: providerStatus, providerRefundId };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db.refund.updateMany({
      where: { id: refundId, status: "PENDING" },
      data: { failureReason: `submit failed: ${message}`.slice(0, 500) },
    });
    return { status: "PENDING", providerRefundId: null };
  }
}

/** submitRefund for each refund a committed transaction created; returns our status of each afterwards. */
export async function submitRefunds(
  { refundIds }: { refundIds: readonly string[] },
  db: Db = prisma,
): Promise<Map<string, string>> {
  for (const refundId of refundIds) await submitRefund({ refundId }, db);
  const rows = await db.refund.findMany({ where: { id: { in: [...refundIds] } }, select: { id: true, status: true } });
  return new Map(rows.map((r) => [r.id, r.status]));
}
