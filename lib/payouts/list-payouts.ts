import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import { PayoutStatus } from "@/lib/generated/prisma/enums";

export const ZPayoutFilters = z.object({
  status: z.enum(PayoutStatus).optional(),
  q: z.string().trim().max(80).optional(),
  cursor: z.string().max(40).optional(),
});
export type TPayoutFilters = z.infer<typeof ZPayoutFilters>;

const PAGE_SIZE = 25;

/**
 * Payouts newest first (keyset on createdAt, id), with a count per status — every vendor's
 * for /admin/payouts, or one vendor's when `vendorId` is given (/vendor/payouts). `q`
 * matches the reference or the vendor's name.
 */
export async function listPayouts(f: TPayoutFilters & { vendorId?: string }, db: Db = prisma) {
  const scope = {
    ...(f.vendorId ? { vendorId: f.vendorId } : {}),
    ...(f.q
      ? {
          OR: [
            { reference: { contains: f.q, mode: "insensitive" as const } },
            { vendor: { name: { contains: f.q, mode: "insensitive" as const } } },
          ],
        }
      : {}),
  };
  const after = f.cursor
    ? await db.payout.findFirst({ where: { id: f.cursor, ...scope }, select: { id: true, createdAt: true } })
    : null;
  const [rows, counts] = await Promise.all([
    db.payout.findMany({
      where: {
        ...scope,
        ...(f.status ? { status: f.status } : {}),
        ...(after
          ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
          : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        reference: true,
        status: true,
        amountMinor: true,
        attempts: true,
        failureReason: true,
        createdAt: true,
        paidAt: true,
        vendor: { select: { id: true, name: true } },
        recipient: { select: { bankName: true, accountNumber: true } },
        _count: { select: { items: true } },
      },
    }),
    db.payout.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const statusCounts = Object.fromEntries(Object.values(PayoutStatus).map((s) => [s, 0])) as Record<
    PayoutStatus,
    number
  >;
  for (const c of counts) statusCounts[c.status] = c._count._all;
  return { rows: page, statusCounts, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}
