import "server-only";
import { type Db, prisma } from "@/lib/db";
import { naturalBalance } from "@/lib/ledger/accounts";

export type TAccountBalance = {
  account: string;
  /** Signed sum of the account's lines: debits positive, credits negative. */
  signedMinor: number;
  /** The balance on the account's normal side (escrow holding 100 → 100). */
  balanceMinor: number;
  lineCount: number;
};

/** Balance of one account recomputed from its lines (the ledger stores no running totals). */
export async function getAccountBalance(
  { account, orderId }: { account: string; orderId?: string },
  db: Db = prisma,
): Promise<TAccountBalance> {
  const agg = await db.ledgerLine.aggregate({
    where: { account, ...(orderId !== undefined ? { journal: { orderId } } : {}) },
    _sum: { amountMinor: true },
    _count: { _all: true },
  });
  const signed = agg._sum.amountMinor ?? 0;
  return { account, signedMinor: signed, balanceMinor: naturalBalance(account, signed), lineCount: agg._count._all };
}

/** Every account with lines, recomputed from the lines, sorted by account name. */
export async function listAccountBalances(db: Db = prisma): Promise<TAccountBalance[]> {
  const rows = await db.ledgerLine.groupBy({
    by: ["account"],
    _sum: { amountMinor: true },
    _count: { _all: true },
    orderBy: { account: "asc" },
  });
  return rows.map((r) => {
    const signed = r._sum.amountMinor ?? 0;
    return {
      account: r.account,
      signedMinor: signed,
      balanceMinor: naturalBalance(r.account, signed),
      lineCount: r._count._all,
    };
  });
}
