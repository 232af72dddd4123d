import "server-only";
import { type Db, prisma } from "@/lib/db";
import { submitRefund } from "@/lib/refunds/submit-refund";

/** Job `refunds.submit-pending`: refunds recorded but not (successfully) sent to Paystack yet. */
export async function submitPendingRefunds(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<number> {
  const due = await db.refund.findMany({
    where: { status: "PENDING", providerRefundId: null, createdAt: { lt: new Date(now.getTime() - 60_000) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  let sent = 0;
  for (const r of due) if ((await submitRefund({ refundId: r.id }, db)).providerRefundId) sent++;
  return sent;
}
