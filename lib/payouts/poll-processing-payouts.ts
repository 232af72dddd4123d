import "server-only";
import { type Db, prisma } from "@/lib/db";
import { PaystackError, verifyTransfer } from "@/lib/integrations/paystack/api";
import { applyTransferOutcome } from "@/lib/payouts/apply-transfer-outcome";
import { transferReferenceFor } from "@/lib/payouts/references";
import { sendPayoutTransfer } from "@/lib/payouts/send-payout-transfer";

/**
 * Job `payouts.poll`: the safety net beside the transfer.* webhooks. PROCESSING payouts not
 * touched for a minute are verified with Paystack and their outcome applied; PENDING ones
 * (created, but the send did not get through) are sent again with the same reference.
 * Errors are left for the next run.
 */
export async function pollProcessingPayouts(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<{ checked: number; changed: number }> {
  const minuteAgo = new Date(now.getTime() - 60_000);
  const open = await db.payout.findMany({
    where: { status: { in: ["PENDING", "PROCESSING"] }, updatedAt: { lt: minuteAgo } },
    select: { id: true, status: true, reference: true, attempts: true },
    orderBy: { updatedAt: "asc" },
    take: 100,
  });
  let changed = 0;
  for (const p of open) {
    try {
      if (p.status === "PENDING") {
        if ((await sendPayoutTransfer({ payoutId: p.id }, db)).outcome === "applied") changed++;
        continue;
      }
      const transferReference = transferReferenceFor(p);
      const t = await verifyTransfer(transferReference);
      const r = await applyTransferOutcome(
        { transferReference, status: t.status, transferCode: t.transfer_code, transferId: t.id, source: "verify" },
        db,
      );
      if (r.outcome === "applied") changed++;
      else await db.payout.update({ where: { id: p.id }, data: { updatedAt: now }, select: { id: true } });
    } catch (e) {
      if (e instanceof PaystackError && e.status === 404 && p.status === "PROCESSING") {
        // Paystack has no such transfer: it never left. Mark it failed so it can be retried.
        await applyTransferOutcome(
          {
            transferReference: transferReferenceFor(p),
            status: "failed",
            reason: "Paystack has no record of the transfer",
            source: "verify",
          },
          db,
        );
        changed++;
      }
      // anything else: Paystack unreachable or a transient conflict — the next run retries.
    }
  }
  return { checked: open.length, changed };
}
