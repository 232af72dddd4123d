import "server-only";
import { type Db, prisma } from "@/lib/db";
import { VENDOR_PAYABLE_PREFIX } from "@/lib/ledger/accounts";
import { getPayoutSettings } from "@/lib/payouts/payout-settings";
import { releaseJournalKey } from "@/lib/payouts/release-line-earnings";

export type TPlannedPayout = {
  vendorId: string;
  vendorName: string;
  recipientId: string | null;
  recipientLabel: string | null;
  /** Released lines in no payout yet, with the vendor's share of each. */
  lines: { orderLineId: string; amountMinor: number }[];
  linesTotalMinor: number;
  /** vendor_payable balance minus what payouts not yet paid already hold. */
  availableMinor: number;
  /** What the payout pays: the lines, less any clawback the payable balance already carries. */
  amountMinor: number;
  /** Why the vendor is not paid in this run (null: it is). */
  blockedReason: string | null;
};

type TRow = {
  vendorId: string;
  vendorName: string;
  vendorStatus: string;
  orderLineId: string;
  amountMinor: number | bigint;
};

/**
 * Who a payout run would pay, and how much: per vendor with released lines not yet in a
 * payout, the lines' vendor shares (from their RELEASE journals) capped by what the ledger
 * says the vendor is owed (vendor_payable minus payouts created but not yet PAID, so a
 * refund clawed back after release is netted off). A vendor is left out — with the reason —
 * under the platform minimum, without a payout account, or when not ACTIVE.
 * Read-only; runPayouts calls it under its advisory lock.
 */
export async function planPayouts(
  { vendorId }: { vendorId?: string } = {},
  db: Db = prisma,
): Promise<{ due: TPlannedPayout[]; blocked: TPlannedPayout[]; minimumMinor: number }> {
  const { payoutMinimumMinor } = await getPayoutSettings(db);
  const keyPrefix = releaseJournalKey("");
  const rows = await db.$queryRaw<TRow[]>`
    SELECT ol."vendorId", v.name AS "vendorName", v.status::text AS "vendorStatus", ol.id AS "orderLineId",
           -l."amountMinor" AS "amountMinor"
    FROM "OrderLine" ol
    JOIN "Vendor" v ON v.id = ol."vendorId"
    JOIN "LedgerJournal" j ON j."idempotencyKey" = ${keyPrefix} || ol.id
    JOIN "LedgerLine" l ON l."journalId" = j.id AND l.account = ${VENDOR_PAYABLE_PREFIX} || ol."vendorId"
    WHERE ol."releasedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "PayoutItem" pi WHERE pi."orderLineId" = ol.id)
      AND (${vendorId ?? null}::text IS NULL OR ol."vendorId" = ${vendorId ?? null})
    ORDER BY v.name, ol."releasedAt", ol.id`;
  const byVendor = new Map<string, { name: string; status: string; lines: TPlannedPayout["lines"] }>();
  for (const r of rows) {
    const v = byVendor.get(r.vendorId) ?? { name: r.vendorName, status: r.vendorStatus, lines: [] };
    v.lines.push({ orderLineId: r.orderLineId, amountMinor: Number(r.amountMinor) });
    byVendor.set(r.vendorId, v);
  }
  const ids = [...byVendor.keys()];
  if (ids.length === 0) return { due: [], blocked: [], minimumMinor: payoutMinimumMinor };

  const [balances, unpaid, recipients] = await Promise.all([
    db.ledgerLine.groupBy({
      by: ["account"],
      where: { account: { in: ids.map((id) => `${VENDOR_PAYABLE_PREFIX}${id}`) } },
      _sum: { amountMinor: true },
    }),
    db.payout.groupBy({
      by: ["vendorId"],
      where: { vendorId: { in: ids }, status: { not: "PAID" } },
      _sum: { amountMinor: true },
    }),
    db.payoutRecipient.findMany({
      where: { vendorId: { in: ids } },
      orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
      select: { id: true, vendorId: true, bankName: true, accountNumber: true },
    }),
  ]);
  const due: TPlannedPayout[] = [];
  const blocked: TPlannedPayout[] = [];
  for (const [id, v] of byVendor) {
    const payable = -(balances.find((b) => b.account === `${VENDOR_PAYABLE_PREFIX}${id}`)?._sum.amountMinor ?? 0);
    const held = unpaid.find((u) => u.vendorId === id)?._sum.amountMinor ?? 0;
    const availableMinor = payable - held;
    const linesTotalMinor = v.lines.reduce((a, l) => a + l.amountMinor, 0);
    const amountMinor = Math.max(0, Math.min(linesTotalMinor, availableMinor));
    const recipient = recipients.find((r) => r.vendorId === id) ?? null;
    const blockedReason =
      v.status !== "ACTIVE"
        ? `vendor is ${v.status.toLowerCase()}`
        : !recipient
          ? "no payout account"
          : amountMinor < payoutMinimumMinor
            ? "under the payout minimum"
            : null;
    const plan: TPlannedPayout = {
      vendorId: id,
      vendorName: v.name,
      recipientId: recipient?.id ?? null,
      recipientLabel: recipient ? `${recipient.bankName} ····${recipient.accountNumber.slice(-4)}` : null,
      lines: v.lines,
      linesTotalMinor,
      availableMinor,
      amountMinor,
      blockedReason,
    };
    (blockedReason ? blocked : due).push(plan);
  }
  return { due, blocked, minimumMinor: payoutMinimumMinor };
}
