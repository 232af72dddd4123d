import "server-only";
import { type Db, prisma } from "@/lib/db";
import { confirmPayment } from "@/lib/payments/confirm-payment";

/**
 * Job `payments.poll-pending`: Paystack sends webhooks only for successes, so open attempts
 * older than a minute are verified here (a failure, an abandonment, or a success whose
 * webhook was lost). Each payment at most once a minute; errors are left for the next run.
 */
export async function pollPendingPayments(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<{ checked: number; settled: number }> {
  const minuteAgo = new Date(now.getTime() - 60_000);
  const open = await db.payment.findMany({
    where: {
      status: { in: ["INITIALIZED", "PENDING"] },
      needsReview: false,
      createdAt: { lt: minuteAgo },
      OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lt: minuteAgo } }],
    },
    select: { reference: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  let settled = 0;
  for (const p of open) {
    try {
      const r = await confirmPayment({ reference: p.reference, source: "poll", now }, db);
      if (r.outcome !== "pending") settled++;
    } catch {
      // Paystack unreachable or a transient conflict: the next run retries.
    }
  }
  return { checked: open.length, settled };
}
