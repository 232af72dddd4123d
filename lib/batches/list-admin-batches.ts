import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BatchStatus, ShippingMethod } from "@/lib/generated/prisma/enums";
import { PAID_LINE_STATUSES } from "@/lib/orders/statuses";
import { listOrigins } from "@/lib/batches/list-origins";

// The operations list of batches (/admin/batches): filters, counts per status, and per row
// what an operator decides on — cut-off, fill against the group-buy minimum, orders, vendors.

export const ZAdminBatchFilters = z.object({
  status: z.enum(BatchStatus).optional(),
  originId: z.string().min(1).max(40).optional(),
  method: z.enum(ShippingMethod).optional(),
  /** Cut-off on or after / before (yyyy-mm-dd, Accra dates are close enough for a filter). */
  cutoffFrom: z.coerce.date().optional(),
  cutoffTo: z.coerce.date().optional(),
  /** The overview's "needs action" links: open and closing within 48 h, or closed under the minimum. */
  attention: z.enum(["closing-soon", "under-minimum"]).optional(),
  /** Part of the batch code. */
  q: z.string().trim().max(40).optional(),
  /** The last row's id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TAdminBatchFilters = z.input<typeof ZAdminBatchFilters>;

export type TAdminBatchRow = {
  id: string;
  code: string;
  status: BatchStatus;
  origin: { id: string; name: string };
  shippingMethod: ShippingMethod;
  cutoffAt: string;
  arrivalWindowStart: string;
  arrivalWindowEnd: string;
  minUnits: number | null;
  isBelowMinimum: boolean;
  /** Paid units not taken back. */
  unitsSold: number;
  /** Units held by unpaid checkouts. */
  unitsHeld: number;
  orderCount: number;
  vendorCount: number;
};

export type TAdminBatchList = {
  rows: TAdminBatchRow[];
  nextCursor: string | null;
  /** Per status, under the same filters except status (the tabs). */
  statusCounts: Record<BatchStatus, number>;
  origins: { id: string; name: string }[];
};

const PAGE_SIZE = 50;

/** Newest cut-off first; keyset pagination on (cutoffAt, id). */
export async function listAdminBatches(input: TAdminBatchFilters, db: Db = prisma): Promise<TAdminBatchList> {
  const f = ZAdminBatchFilters.parse(input);
  const base: Prisma.BatchWhereInput = {
    ...(f.attention ? attentionWhere(f.attention) : {}),
    ...(f.originId ? { originId: f.originId } : {}),
    ...(f.method ? { shippingMethod: f.method } : {}),
    ...(f.q ? { code: { contains: f.q, mode: "insensitive" } } : {}),
    ...(f.cutoffFrom || f.cutoffTo
      ? { cutoffAt: { ...(f.cutoffFrom ? { gte: f.cutoffFrom } : {}), ...(f.cutoffTo ? { lt: f.cutoffTo } : {}) } }
      : {}),
  };
  const after = f.cursor
    ? await db.batch.findUnique({ where: { id: f.cursor }, select: { id: true, cutoffAt: true } })
    : null;
  const where: Prisma.BatchWhereInput = {
    ...base,
    ...(f.status ? { status: f.status } : {}),
    ...(after
      ? { OR: [{ cutoffAt: { lt: after.cutoffAt } }, { cutoffAt: after.cutoffAt, id: { lt: after.id } }] }
      : {}),
  };
  const [batches, counts, origins] = await Promise.all([
    db.batch.findMany({
      where,
      orderBy: [{ cutoffAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      include: { origin: { select: { id: true, name: true } } },
    }),
    db.batch.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    listOrigins(db),
  ]);
  const page = batches.slice(0, PAGE_SIZE);
  const stats = await batchStats(
    page.map((b) => b.id),
    db,
  );
  const statusCounts = Object.fromEntries(Object.values(BatchStatus).map((s) => [s, 0])) as Record<BatchStatus, number>;
  for (const c of counts) statusCounts[c.status] = c._count._all;
  return {
    rows: page.map((b) => ({
      id: b.id,
      code: b.code,
      status: b.status,
      origin: b.origin,
      shippingMethod: b.shippingMethod,
      cutoffAt: b.cutoffAt.toISOString(),
      arrivalWindowStart: b.arrivalWindowStart.toISOString(),
      arrivalWindowEnd: b.arrivalWindowEnd.toISOString(),
      minUnits: b.minUnits,
      isBelowMinimum: b.isBelowMinimum,
      ...(stats.get(b.id) ?? { unitsSold: 0, unitsHeld: 0, orderCount: 0, vendorCount: 0 }),
    })),
    nextCursor: batches.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    statusCounts,
    origins,
  };
}

export const CLOSING_SOON_HOURS = 48;

/** Batches an operator must act on now; the overview counts the same sets. */
export function attentionWhere(kind: "closing-soon" | "under-minimum", now = new Date()): Prisma.BatchWhereInput {
  return kind === "closing-soon"
    ? { status: "OPEN", cutoffAt: { gt: now, lte: new Date(now.getTime() + CLOSING_SOON_HOURS * 3_600_000) } }
    : { status: "CLOSED", isBelowMinimum: true };
}

type TBatchStats = Pick<TAdminBatchRow, "unitsSold" | "unitsHeld" | "orderCount" | "vendorCount">;

/**
 * Units sold and held, paid orders and vendors per batch, in one query: an index-only scan of
 * OrderLine (batchId, status, orderId, vendorId, quantity) that reads only the held and paid
 * lines (status compared as the enum, not cast to text row by row).
 */
export async function batchStats(batchIds: string[], db: Db = prisma): Promise<Map<string, TBatchStats>> {
  if (batchIds.length === 0) return new Map();
  const counted = ["RESERVED", ...PAID_LINE_STATUSES];
  const rows = await db.$queryRaw<
    { batchId: string; unitsSold: number; unitsHeld: number; orderCount: number; vendorCount: number }[]
  >`
    SELECT "batchId",
      COALESCE(SUM("quantity") FILTER (WHERE "status" <> 'RESERVED'), 0)::int AS "unitsSold",
      COALESCE(SUM("quantity") FILTER (WHERE "status" = 'RESERVED'), 0)::int AS "unitsHeld",
      COUNT(DISTINCT "orderId") FILTER (WHERE "status" <> 'RESERVED')::int AS "orderCount",
      COUNT(DISTINCT "vendorId") FILTER (WHERE "status" <> 'RESERVED')::int AS "vendorCount"
    FROM "OrderLine"
    WHERE "batchId" = ANY(${batchIds}) AND "status" = ANY(${counted}::"OrderLineStatus"[])
    GROUP BY "batchId"`;
  return new Map(rows.map(({ batchId, ...s }) => [batchId, s]));
}
