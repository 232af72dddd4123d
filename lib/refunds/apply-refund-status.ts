import "server-only";
import type { Prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import type { TActor } from "@/lib/orders/order-events";
import { transitionRefund } from "@/lib/refunds/refund-lifecycle";

/**
 * Moves our Refund to match Paystack's status ("pending" | "processing" | "processed" |
 * "failed"), from the submit answer or a refund.* webhook. Idempotent and order-tolerant:
 * a refund already PROCESSED/FAILED ignores later or replayed news; "processing" after
 * "processed" (out-of-order webhooks) changes nothing.
 */
export async function applyRefundStatus(
  tx: Prisma.TransactionClient,
  input: { refundId: string; providerRefundId?: string; providerStatus: string; failureReason?: string; actor: TActor },
): Promise<{ changed: boolean; status: string }> {
  await lockRow(tx, "Refund", input.refundId);
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: input.refundId } });
  if (input.providerRefundId && !refund.providerRefundId) {
    await tx.refund.update({
      where: { id: refund.id },
      data: { providerRefundId: input.providerRefundId, failureReason: null },
    });
  }
  const s = input.providerStatus.toLowerCase();
  const isOpen = refund.status === "PENDING" || refund.status === "PROCESSING";
  if (!isOpen) return { changed: false, status: refund.status };
  if (s === "processed") {
    await transitionRefund(tx, { refundId: refund.id, event: "PROCESS", actor: input.actor });
    return { changed: true, status: "PROCESSED" };
  }
  if (s === "failed") {
    await transitionRefund(tx, {
      refundId: refund.id,
      event: "FAIL",
      actor: input.actor,
      data: { failureReason: input.failureReason ?? "Paystack could not process the refund" },
    });
    return { changed: true, status: "FAILED" };
  }
  if (s === "processing" && refund.status === "PENDING") {
    await transitionRefund(tx, { refundId: refund.id, event: "MARK_PROCESSING", actor: input.actor });
    return { changed: true, status: "PROCESSING" };
  }
  return { changed: false, status: refund.status };
}
