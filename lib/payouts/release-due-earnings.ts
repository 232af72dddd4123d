import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { getPayoutSettings } from "@/lib/payouts/payout-settings";
import { releaseLineEarnings, type TReleaseLineResult } from "@/lib/payouts/release-line-earnings";

/**
 * Job `payouts.release-due-earnings`: releases every delivered line whose holdback window
 * (PlatformSettings.payoutHoldbackHours) has passed — each in its own transaction, so one
 * blocked line (an open refund, a return request) never holds up the others. Safe to run
 * twice or concurrently: releaseLineEarnings locks the line and releases it once.
 */
export async function releaseDueEarnings(
  { now = new Date(), limit = 500, vendorId }: { now?: Date; limit?: number; vendorId?: string } = {},
  db: Db = prisma,
): Promise<{ released: number; skipped: number; results: TReleaseLineResult[] }> {
  const { payoutHoldbackHours } = await getPayoutSettings(db);
  const dueBefore = new Date(now.getTime() - payoutHoldbackHours * 3_600_000);
  const due = await db.orderLine.findMany({
    where: {
      status: "DELIVERED",
      releasedAt: null,
      deliveredAt: { lte: dueBefore },
      ...(vendorId ? { vendorId } : {}),
    },
    select: { id: true },
    orderBy: { deliveredAt: "asc" },
    take: limit,
  });
  const results: TReleaseLineResult[] = [];
  for (const l of due)
    results.push(
      await inTransaction(db, (tx) =>
        releaseLineEarnings(tx, { lineId: l.id, now, holdbackHours: payoutHoldbackHours }),
      ),
    );
  const released = results.filter((r) => r.released).length;
  return { released, skipped: results.length - released, results };
}
