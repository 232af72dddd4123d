import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { JournalKind } from "@/lib/generated/prisma/enums";

export type TListJournalsInput = {
  orderId?: string;
  paymentId?: string;
  refundId?: string;
  payoutId?: string;
  kind?: JournalKind;
  /** Journals touching this account. */
  account?: string;
  /** Keyset pagination: the id of the last journal of the previous page. */
  cursor?: string;
  limit?: number;
};

/** Journals newest first with their lines; filters are ANDed. */
export async function listJournals(input: TListJournalsInput = {}, db: Db = prisma) {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  const rows = await db.ledgerJournal.findMany({
    where: {
      ...(input.orderId !== undefined ? { orderId: input.orderId } : {}),
      ...(input.paymentId !== undefined ? { paymentId: input.paymentId } : {}),
      ...(input.refundId !== undefined ? { refundId: input.refundId } : {}),
      ...(input.payoutId !== undefined ? { payoutId: input.payoutId } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.account !== undefined ? { lines: { some: { account: input.account } } } : {}),
    },
    include: {
      lines: { select: { account: true, amountMinor: true, currency: true }, orderBy: { amountMinor: "desc" } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(input.cursor !== undefined ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
