import "server-only";
import type { Db } from "@/lib/db";
import { submitRefund } from "@/lib/refunds/submit-refund";

/** Job `refunds.submit-pending`: refunds recorded but not (successfully) sent to Paystack yet. */
export async function submitPendingRefunds(db: Db, now: Date = new Date()): Promise<number> {
  const due = await db.refund.findMany({
    where: { status: "PENDING", providerRefundId: null, createdAt: { lt: new Date(now.getTime() - 60_000) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  let sent = 0;
  for (const r of due) if ((await submitRefund(db, r.id)).providerRefundId) sent++;
  return sent;
}
