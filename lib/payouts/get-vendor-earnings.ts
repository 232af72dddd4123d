import "server-only";
import { type Db, prisma } from "@/lib/db";
import { vendorPayable } from "@/lib/ledger/accounts";
import { getPayoutSettings } from "@/lib/payouts/payout-settings";

/**
 * A vendor's money, from the ledger and the lines: held in escrow (delivered or on its way,
 * not released yet: the vendor's share of each line), released and payable (vendor_payable
 * balance), of which in payouts not yet paid, and paid out (PAYOUT journals net of reversals).
 */
export async function getVendorEarnings({ vendorId }: { vendorId: string }, db: Db = prisma) {
  const account = vendorPayable(vendorId);
  const [held, balance, paidOut, inFlight, settings] = await Promise.all([
    db.orderLine.aggregate({
      where: {
        vendorId,
        releasedAt: null,
        status: { in: ["CONFIRMED", "PROCURED", "SHIPPED", "ARRIVED", "OUT_FOR_DELIVERY", "DELIVERED"] },
      },
      _sum: { lineTotalMinor: true, feeMinor: true },
    }),
    db.ledgerLine.aggregate({ where: { account }, _sum: { amountMinor: true } }),
    db.ledgerLine.aggregate({ where: { account, journal: { kind: "PAYOUT" } }, _sum: { amountMinor: true } }),
    db.payout.aggregate({
      where: { vendorId, status: { in: ["PENDING", "PROCESSING", "FAILED", "REVERSED"] } },
      _sum: { amountMinor: true },
    }),
    getPayoutSettings(db),
  ]);
  return {
    heldMinor: (held._sum.lineTotalMinor ?? 0) - (held._sum.feeMinor ?? 0),
    payableMinor: -(balance._sum.amountMinor ?? 0),
    inPayoutsMinor: inFlight._sum.amountMinor ?? 0,
    paidOutMinor: paidOut._sum.amountMinor ?? 0,
    holdbackHours: settings.payoutHoldbackHours,
    minimumMinor: settings.payoutMinimumMinor,
  };
}
