import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { fetchRefund } from "@/lib/integrations/paystack/api";
import { SYSTEM } from "@/lib/orders/order-events";
import { applyRefundStatus } from "@/lib/refunds/apply-refund-status";

/**
 * Job `refunds.poll`: the safety net beside the refund.* webhooks (as payments.poll-pending is
 * for charges and payouts.poll for transfers). Refunds Paystack has accepted (they carry its
 * refund id) but that are still PENDING/PROCESSING a minute after their last change are
 * fetched and moved by applyRefundStatus, the webhook's own transition: a webhook arriving
 * after the poll (or before it) changes nothing twice, and the refund's journal is posted once.
 * A refund Paystack has not moved is touched so each is asked at most once a minute, oldest
 * first. Refunds never accepted are refunds.submit-pending's. Errors are left for the next run.
 */
export async function pollOpenRefunds(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<{ checked: number; changed: number }> {
  const minuteAgo = new Date(now.getTime() - 60_000);
  const open = await db.refund.findMany({
    where: { status: { in: ["PENDING", "PROCESSING"] }, providerRefundId: { not: null }, updatedAt: { lt: minuteAgo } },
    select: { id: true, providerRefundId: true },
    orderBy: { updatedAt: "asc" },
    take: 100,
  });
  let changed = 0;
  for (const r of open) {
    const providerId = Number(r.providerRefundId);
    if (!Number.isSafeInteger(providerId)) continue;
    try {
      const provider = await fetchRefund(providerId);
      const res = await inTransaction(db, async (tx) => {
        const applied = await applyRefundStatus(tx, {
          refundId: r.id,
          providerStatus: provider.status,
          ...(provider.reason ? { failureReason: provider.reason } : {}),
          actor: SYSTEM,
        });
        if (!applied.changed) {
          await tx.refund.updateMany({
            where: { id: r.id, status: { in: ["PENDING", "PROCESSING"] } },
            data: { updatedAt: now },
          });
        }
        return applied;
      });
      if (res.changed) changed++;
    } catch {
      // Paystack unreachable (or no such refund yet) or a transient conflict: the next run retries.
    }
  }
  return { checked: open.length, changed };
}
