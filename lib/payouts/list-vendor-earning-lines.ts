import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const EARNING_LINE_STATES = ["held", "released", "paid", "ended"] as const;
export type TEarningLineState = (typeof EARNING_LINE_STATES)[number] | "in_payout";

export const ZEarningLineFilters = z.object({
  state: z.enum(EARNING_LINE_STATES).optional(),
  /** An order number or SKU (prefix, case-insensitive). */
  q: z.string().trim().max(60).optional(),
  cursor: z.string().max(40).optional(),
});
export type TEarningLineFilters = z.infer<typeof ZEarningLineFilters>;

const PAGE_SIZE = 25;
const HELD = ["CONFIRMED", "PROCURED", "SHIPPED", "ARRIVED", "OUT_FOR_DELIVERY", "DELIVERED"] as const;
const ENDED = ["UNAVAILABLE", "CANCELLED", "RETURNED"] as const;

function stateWhere(state: TEarningLineFilters["state"]): Prisma.OrderLineWhereInput {
  switch (state) {
    case "held":
      return { releasedAt: null, status: { in: [...HELD] } };
    case "released":
      return {
        releasedAt: { not: null },
        OR: [{ payoutItem: null }, { payoutItem: { payout: { status: { not: "PAID" } } } }],
      };
    case "paid":
      return { payoutItem: { payout: { status: "PAID" } } };
    case "ended":
      return { releasedAt: null, status: { in: [...ENDED] } };
    default:
      return { status: { in: [...HELD, ...ENDED] } };
  }
}

/**
 * The vendor's paid-for lines with their gross, platform fee, net and where the money is (held in
 * escrow, released, in a payout, paid, or ended before release), newest first in keyset pages.
 * The vendor is the caller's (from the session); never the customer's contact details.
 */
export async function listVendorEarningLines(f: TEarningLineFilters & { vendorId: string }, db: Db = prisma) {
  const q = f.q?.trim();
  const after = f.cursor
    ? await db.orderLine.findFirst({
        where: { id: f.cursor, vendorId: f.vendorId },
        select: { id: true, createdAt: true },
      })
    : null;
  const and: Prisma.OrderLineWhereInput[] = [stateWhere(f.state)];
  if (q)
    and.push({
      OR: [{ sku: { startsWith: q, mode: "insensitive" } }, { order: { number: { startsWith: q.toUpperCase() } } }],
    });
  if (after)
    and.push({ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] });
  const rows = await db.orderLine.findMany({
    where: { vendorId: f.vendorId, AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      status: true,
      productTitle: true,
      variantTitle: true,
      sku: true,
      quantity: true,
      lineTotalMinor: true,
      feeMinor: true,
      feeBps: true,
      releasedAt: true,
      order: { select: { number: true } },
      payoutItem: { select: { payout: { select: { id: true, reference: true, status: true } } } },
    },
  });
  const page = rows.slice(0, PAGE_SIZE).map((l) => {
    const payout = l.payoutItem?.payout ?? null;
    const state: TEarningLineState = payout
      ? payout.status === "PAID"
        ? "paid"
        : "in_payout"
      : l.releasedAt
        ? "released"
        : (ENDED as readonly string[]).includes(l.status)
          ? "ended"
          : "held";
    return {
      id: l.id,
      createdAt: l.createdAt,
      orderNumber: l.order.number,
      productTitle: l.productTitle,
      variantTitle: l.variantTitle,
      sku: l.sku,
      quantity: l.quantity,
      lineStatus: l.status,
      grossMinor: l.lineTotalMinor,
      feeMinor: l.feeMinor,
      feeBps: l.feeBps,
      netMinor: l.lineTotalMinor - l.feeMinor,
      state,
      payout: payout ? { id: payout.id, reference: payout.reference } : null,
    };
  });
  const counts = await Promise.all(
    EARNING_LINE_STATES.map((state) => db.orderLine.count({ where: { vendorId: f.vendorId, ...stateWhere(state) } })),
  );
  const stateCounts = Object.fromEntries(EARNING_LINE_STATES.map((s, i) => [s, counts[i]!])) as Record<
    (typeof EARNING_LINE_STATES)[number],
    number
  >;
  return { rows: page, stateCounts, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}
