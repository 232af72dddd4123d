import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { SYSTEM } from "@/lib/orders/order-events";
import { applyRefundStatus } from "@/lib/refunds/apply-refund-status";
import { str, type TWebhookData, type TWebhookHandlerResult } from "@/lib/payments/webhooks/types";

/**
 * refund.pending / refund.processing / refund.processed / refund.failed. Matched by
 * Paystack's refund id, else (the webhook can beat our own record of that id) by the
 * transaction reference and amount among our open refunds. Out-of-order or replayed events
 * are harmless: applyRefundStatus only moves an open refund forward.
 */
export async function onRefundEvent(
  { eventType, data }: { eventType: string; data: TWebhookData },
  db: Db = prisma,
): Promise<TWebhookHandlerResult> {
  const providerStatus = eventType.split(".")[1] ?? str(data.status) ?? "";
  const providerRefundId = str(data.id);
  let refund = providerRefundId
    ? await db.refund.findUnique({ where: { providerRefundId }, select: { id: true } })
    : null;
  if (!refund) {
    const txRef = str(data.transaction_reference) ?? str((data.transaction as TWebhookData | undefined)?.reference);
    const amount = typeof data.amount === "number" ? data.amount : Number(data.amount);
    if (txRef) {
      refund = await db.refund.findFirst({
        where: {
          payment: { reference: txRef },
          amountMinor: amount,
          providerRefundId: null,
          status: { in: ["PENDING", "PROCESSING"] },
        },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
    }
  }
  if (!refund) return { status: "IGNORED", note: `no refund matches ${providerRefundId ?? "(no id)"}` };
  const refundId = refund.id;
  const res = await inTransaction(db, (tx) =>
    applyRefundStatus(tx, {
      refundId,
      ...(providerRefundId ? { providerRefundId } : {}),
      providerStatus,
      ...(str(data.reason) ? { failureReason: str(data.reason)! } : {}),
      actor: SYSTEM,
    }),
  );
  return { status: "PROCESSED", note: res.changed ? `refund → ${res.status}` : `refund already ${res.status}` };
}
