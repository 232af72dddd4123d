import "server-only";
import { type Db, prisma } from "@/lib/db";
import { accountKind, NON_NEGATIVE_KINDS } from "@/lib/ledger/accounts";
import { listAccountBalances, type TAccountBalance } from "@/lib/ledger/get-account-balance";
import { isIn } from "@/lib/orders/statuses";
import { SETTLED_PAYMENT_STATUSES } from "@/lib/payments/statuses";

export type TLedgerCheck = {
  ok: boolean;
  journalCount: number;
  lineCount: number;
  balances: TAccountBalance[];
  problems: string[];
};

type TRow = Record<string, unknown>;
const n = (v: unknown) => Number(v ?? 0);

/**
 * Recomputes the ledger from its lines and cross-checks it with the payment records:
 * every journal balances and has lines, every account is known, the non-negative accounts
 * are not negative (in total and per order for escrow), each succeeded payment is
 * credited to escrow exactly once for its amount (never for a failed one), fees match,
 * processed refunds match their journals, and orders' paid/refunded totals match.
 * Used by `npm run ledger:check` and by the tests.
 */
export async function checkLedger(scope: { orderIds?: string[] } = {}, db: Db = prisma): Promise<TLedgerCheck> {
  // A scope limits the per-payment and per-order cross-checks (tests running beside others);
  // journals and account balances are always checked in full.
  const ids = scope.orderIds ?? null;
  const problems: string[] = [];
  const balances = await listAccountBalances(db);
  const [{ journals, lines }] = (await db.$queryRaw<TRow[]>`
    SELECT (SELECT count(*) FROM "LedgerJournal") AS journals, (SELECT count(*) FROM "LedgerLine") AS lines`) as [TRow];

  const unbalanced = await db.$queryRaw<TRow[]>`
    SELECT j."idempotencyKey" AS key, COALESCE(SUM(l."amountMinor"), 0) AS total, count(l.id) AS lines
    FROM "LedgerJournal" j LEFT JOIN "LedgerLine" l ON l."journalId" = j.id
    GROUP BY j.id HAVING COALESCE(SUM(l."amountMinor"), 0) <> 0 OR count(l.id) < 2`;
  for (const r of unbalanced)
    problems.push(`journal ${String(r.key)} sums to ${n(r.total)} over ${n(r.lines)} line(s)`);

  for (const b of balances) {
    const kind = accountKind(b.account);
    if (!kind) problems.push(`unknown account ${b.account}`);
    else if (NON_NEGATIVE_KINDS.has(kind) && b.balanceMinor < 0)
      problems.push(`${b.account} is negative (${b.balanceMinor})`);
  }

  const escrowByOrder = await db.$queryRaw<TRow[]>`
    SELECT j."orderId" AS "orderId", -SUM(l."amountMinor") AS held FROM "LedgerLine" l JOIN "LedgerJournal" j ON j.id = l."journalId"
    WHERE l.account = 'escrow' AND j."orderId" IS NOT NULL AND (${ids}::text[] IS NULL OR j."orderId" = ANY(${ids}::text[]))
    GROUP BY j."orderId" HAVING -SUM(l."amountMinor") < 0`;
  for (const r of escrowByOrder) problems.push(`escrow for order ${String(r.orderId)} is negative (${n(r.held)})`);

  // Each payment: PAYMENT journals credit escrow with exactly the amount when it succeeded, 0 otherwise.
  const payments = await db.$queryRaw<TRow[]>`
    SELECT p.reference, p.status::text AS status, p."amountMinor" AS amount, COALESCE(p."feeMinor", 0) AS fee, p."amountRefundedMinor" AS refunded,
      COALESCE((SELECT -SUM(l."amountMinor") FROM "LedgerLine" l JOIN "LedgerJournal" j ON j.id = l."journalId"
                WHERE j."paymentId" = p.id AND j.kind = 'PAYMENT' AND l.account = 'escrow'), 0) AS credited,
      COALESCE((SELECT SUM(l."amountMinor") FROM "LedgerLine" l JOIN "LedgerJournal" j ON j.id = l."journalId"
                WHERE j."paymentId" = p.id AND j.kind = 'PAYSTACK_FEE' AND l.account = 'paystack_fees'), 0) AS fees,
      COALESCE((SELECT -SUM(l."amountMinor") FROM "LedgerLine" l JOIN "LedgerJournal" j ON j.id = l."journalId"
                WHERE j."paymentId" = p.id AND j.kind = 'REFUND' AND l.account = 'paystack_clearing'), 0) AS "refundJournals",
      COALESCE((SELECT SUM(r."amountMinor") FROM "Refund" r WHERE r."paymentId" = p.id AND r.status = 'PROCESSED'), 0) AS "refundsProcessed"
    FROM "Payment" p
    WHERE (${ids}::text[] IS NULL OR p."orderId" = ANY(${ids}::text[]))
      AND (p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED') OR EXISTS (SELECT 1 FROM "LedgerJournal" j WHERE j."paymentId" = p.id))`;
  for (const p of payments) {
    const settled = isIn(SETTLED_PAYMENT_STATUSES, String(p.status));
    const expected = settled ? n(p.amount) : 0;
    if (n(p.credited) !== expected)
      problems.push(
        `payment ${String(p.reference)} (${String(p.status)}) credited ${n(p.credited)} to escrow, expected ${expected}`,
      );
    if (settled && n(p.fees) !== n(p.fee))
      problems.push(`payment ${String(p.reference)} fee journals ${n(p.fees)} ≠ fee ${n(p.fee)}`);
    if (n(p.refundJournals) !== n(p.refundsProcessed))
      problems.push(
        `payment ${String(p.reference)} refund journals ${n(p.refundJournals)} ≠ processed refunds ${n(p.refundsProcessed)}`,
      );
    if (n(p.refunded) !== n(p.refundsProcessed))
      problems.push(
        `payment ${String(p.reference)} amountRefunded ${n(p.refunded)} ≠ processed refunds ${n(p.refundsProcessed)}`,
      );
  }

  const orders = await db.$queryRaw<TRow[]>`
    SELECT o.number, o."amountPaidMinor" AS paid, o."amountRefundedMinor" AS refunded,
      COALESCE((SELECT SUM(p."amountMinor") FROM "Payment" p WHERE p."orderId" = o.id AND p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')), 0) AS payments,
      COALESCE((SELECT SUM(r."amountMinor") FROM "Refund" r WHERE r."orderId" = o.id AND r.status = 'PROCESSED'), 0) AS refunds
    FROM "Order" o WHERE (${ids}::text[] IS NULL OR o.id = ANY(${ids}::text[]))`;
  for (const o of orders) {
    if (n(o.paid) !== n(o.payments))
      problems.push(`order ${String(o.number)} amountPaid ${n(o.paid)} ≠ succeeded payments ${n(o.payments)}`);
    if (n(o.refunded) !== n(o.refunds))
      problems.push(`order ${String(o.number)} amountRefunded ${n(o.refunded)} ≠ processed refunds ${n(o.refunds)}`);
  }

  return { ok: problems.length === 0, journalCount: n(journals), lineCount: n(lines), balances, problems };
}
