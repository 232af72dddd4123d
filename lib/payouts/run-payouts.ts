import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { planPayouts, type TPlannedPayout } from "@/lib/payouts/payout-plan";
import { newPayoutReference } from "@/lib/payouts/references";
import { sendPayoutTransfer, type TSendResult } from "@/lib/payouts/send-payout-transfer";

/** One lock for every payout run: two runs at once take turns (the second finds nothing left). */
export const PAYOUT_RUN_LOCK = "payouts.run";

export type TRunPayoutsResult = {
  created: { payoutId: string; vendorId: string; amountMinor: number; items: number }[];
  blocked: Pick<TPlannedPayout, "vendorId" | "vendorName" | "amountMinor" | "blockedReason">[];
  sent: TSendResult[];
};

/**
 * A payout run (by hand from /admin/payouts, or the weekly job): one PENDING `Payout` per
 * vendor that planPayouts says is due, its `PayoutItem`s listing the released lines, each
 * payout with a fresh unique reference — all in one transaction under an advisory lock, so
 * concurrent runs never put a line in two payouts (PayoutItem.orderLineId is unique too).
 * After commit each new payout is sent by Paystack Transfer (sendPayoutTransfer); a payout
 * whose send did not get through stays PENDING and the poll job sends it again with the
 * same reference (Paystack returns the same transfer).
 */
export async function runPayouts(
  { actorId, vendorId }: { actorId?: string; vendorId?: string } = {},
  db: Db = prisma,
): Promise<TRunPayoutsResult> {
  const { created, blocked } = await inTransaction(db, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${PAYOUT_RUN_LOCK}))`;
    const plan = await planPayouts(vendorId ? { vendorId } : {}, tx);
    const created: TRunPayoutsResult["created"] = [];
    for (const p of plan.due) {
      const payout = await tx.payout.create({
        data: {
          vendorId: p.vendorId,
          recipientId: p.recipientId!,
          amountMinor: p.amountMinor,
          reference: newPayoutReference(),
          status: "PENDING",
          attempts: 1,
          initiatedById: actorId ?? null,
          items: { createMany: { data: p.lines } },
        },
        select: { id: true },
      });
      created.push({ payoutId: payout.id, vendorId: p.vendorId, amountMinor: p.amountMinor, items: p.lines.length });
    }
    return { created, blocked: plan.blocked };
  });
  const sent: TSendResult[] = [];
  for (const c of created) sent.push(await sendPayoutTransfer({ payoutId: c.payoutId }, db));
  return {
    created,
    blocked: blocked.map((b) => ({
      vendorId: b.vendorId,
      vendorName: b.vendorName,
      amountMinor: b.amountMinor,
      blockedReason: b.blockedReason,
    })),
    sent,
  };
}
