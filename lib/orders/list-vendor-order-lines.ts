import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  BatchStatus,
  type Availability,
  type OrderLineStatus,
  type ShippingMethod,
} from "@/lib/generated/prisma/enums";
import { markUnavailableRefusal } from "@/lib/orders/admin-order-policy";
import {
  procureRefusal,
  VENDOR_LINE_TAB_KEYS,
  VENDOR_LINE_TABS,
  VENDOR_VISIBLE_LINE_STATUSES,
  type TVendorLineTab,
} from "@/lib/orders/vendor-line-policy";
import { isIn } from "@/lib/orders/statuses";

// The vendor's order lines (/vendor/orders): one page of lines, newest first, laid out in
// groups by batch (in-stock lines in a group of their own). Each group's header carries the
// vendor's whole position in that batch — counts per tab and the units still to procure —
// not only the lines on this page. Only what the vendor needs leaves this file: order
// number and date, the item, quantity, price and fee, batch and status — never the
// customer's name, phone, e-mail or address (the selects below never read them).

export const IN_STOCK_GROUP = "in-stock";

export const ZVendorOrderLineFilters = z.object({
  tab: z.enum(VENDOR_LINE_TAB_KEYS).default("all"),
  batchStatus: z.enum(BatchStatus).optional(),
  /** One group: a batch code, or "in-stock". */
  batch: z.string().trim().max(40).optional(),
  /** Order number, SKU or product title. */
  q: z.string().trim().max(80).optional(),
  /** The last line id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TVendorOrderLineFilters = z.input<typeof ZVendorOrderLineFilters>;

export type TVendorOrderLine = {
  id: string;
  orderNumber: string;
  placedAt: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  imageUrl: string | null;
  availability: Availability;
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  feeMinor: number;
  status: OrderLineStatus;
  procuredAt: string | null;
  unavailableReason: string | null;
  /** Why "Mark procured" is refused now, or null. */
  procureRefusal: string | null;
  canMarkUnavailable: boolean;
};

export type TVendorLineGroup = {
  /** The batch code, or "in-stock". */
  key: string;
  batch: {
    code: string;
    status: BatchStatus;
    origin: string;
    shippingMethod: ShippingMethod;
    cutoffAt: string;
    arrivalWindowStart: string;
    arrivalWindowEnd: string;
  } | null;
  /** The vendor's lines in this group per tab (all of them, not only this page's). */
  counts: Record<TVendorLineTab, number>;
  /** Pre-order units paid for and not procured yet. */
  unitsToProcure: number;
  /** In-stock units paid for and not handed over yet. */
  unitsToHandOver: number;
  lines: TVendorOrderLine[];
};

export type TVendorOrderLineList = {
  groups: TVendorLineGroup[];
  /** Per tab, under the same filters except the tab. */
  tabCounts: Record<TVendorLineTab, number>;
  nextCursor: string | null;
  /** The vendor has any visible line at all (the empty state differs). */
  hasAny: boolean;
};

const PAGE_SIZE = 50;

const LINE_SELECT = {
  id: true,
  batchId: true,
  productTitle: true,
  variantTitle: true,
  sku: true,
  imageUrl: true,
  availability: true,
  quantity: true,
  unitPriceMinor: true,
  lineTotalMinor: true,
  feeMinor: true,
  status: true,
  procuredAt: true,
  unavailableReason: true,
  createdAt: true,
  order: { select: { number: true, createdAt: true } },
  batch: {
    select: {
      code: true,
      status: true,
      shippingMethod: true,
      cutoffAt: true,
      arrivalWindowStart: true,
      arrivalWindowEnd: true,
      origin: { select: { name: true } },
    },
  },
} satisfies Prisma.OrderLineSelect;

export async function listVendorOrderLines(
  input: { vendorId: string } & TVendorOrderLineFilters,
  db: Db = prisma,
): Promise<TVendorOrderLineList> {
  const { vendorId, ...rest } = input;
  const f = ZVendorOrderLineFilters.parse(rest);
  const and: Prisma.OrderLineWhereInput[] = [];
  if (f.batchStatus) and.push({ batch: { status: f.batchStatus } });
  if (f.batch === IN_STOCK_GROUP) and.push({ batchId: null });
  else if (f.batch) and.push({ batch: { code: f.batch.toUpperCase() } });
  if (f.q) {
    const contains = { contains: f.q, mode: "insensitive" as const };
    and.push({ OR: [{ order: { number: contains } }, { sku: contains }, { productTitle: contains }] });
  }
  const base: Prisma.OrderLineWhereInput = { vendorId, status: { in: [...VENDOR_VISIBLE_LINE_STATUSES] }, AND: and };
  const after = f.cursor
    ? await db.orderLine.findFirst({ where: { id: f.cursor, vendorId }, select: { id: true, createdAt: true } })
    : null;
  const where: Prisma.OrderLineWhereInput = {
    ...base,
    status: { in: [...VENDOR_LINE_TABS[f.tab].statuses] },
    ...(after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {}),
  };
  const [rows, byStatus, hasAny] = await Promise.all([
    db.orderLine.findMany({
      where,
      select: LINE_SELECT,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
    }),
    db.orderLine.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.orderLine
      .findFirst({ where: { vendorId, status: { in: [...VENDOR_VISIBLE_LINE_STATUSES] } }, select: { id: true } })
      .then(Boolean),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const tabCounts = countTabs(byStatus.map((r) => ({ status: r.status, count: r._count._all })));

  const batchIds = [...new Set(page.map((l) => l.batchId).filter((id): id is string => id !== null))];
  const hasInStock = page.some((l) => l.batchId === null);
  const summary = await groupSummaries(vendorId, batchIds, hasInStock, db);

  const groups = new Map<string, TVendorLineGroup>();
  for (const l of page) {
    const key = l.batch?.code ?? IN_STOCK_GROUP;
    let g = groups.get(key);
    if (!g) {
      const s = summary.get(l.batchId) ?? { counts: countTabs([]), unitsToProcure: 0, unitsToHandOver: 0 };
      g = {
        key,
        batch: l.batch
          ? {
              code: l.batch.code,
              status: l.batch.status,
              origin: l.batch.origin.name,
              shippingMethod: l.batch.shippingMethod,
              cutoffAt: l.batch.cutoffAt.toISOString(),
              arrivalWindowStart: l.batch.arrivalWindowStart.toISOString(),
              arrivalWindowEnd: l.batch.arrivalWindowEnd.toISOString(),
            }
          : null,
        ...s,
        lines: [],
      };
      groups.set(key, g);
    }
    g.lines.push(toLine(l));
  }
  return {
    groups: [...groups.values()].sort(groupOrder),
    tabCounts,
    nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    hasAny,
  };
}

function toLine(l: Prisma.OrderLineGetPayload<{ select: typeof LINE_SELECT }>): TVendorOrderLine {
  return {
    id: l.id,
    orderNumber: l.order.number,
    placedAt: l.order.createdAt.toISOString(),
    productTitle: l.productTitle,
    variantTitle: l.variantTitle,
    sku: l.sku,
    imageUrl: l.imageUrl,
    availability: l.availability,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
    lineTotalMinor: l.lineTotalMinor,
    feeMinor: l.feeMinor,
    status: l.status,
    procuredAt: l.procuredAt?.toISOString() ?? null,
    unavailableReason: l.unavailableReason,
    procureRefusal: procureRefusal(l),
    canMarkUnavailable: markUnavailableRefusal(l) === null,
  };
}

function countTabs(rows: { status: OrderLineStatus; count: number }[]): Record<TVendorLineTab, number> {
  const counts = Object.fromEntries(VENDOR_LINE_TAB_KEYS.map((k) => [k, 0])) as Record<TVendorLineTab, number>;
  for (const r of rows)
    for (const k of VENDOR_LINE_TAB_KEYS) if (isIn(VENDOR_LINE_TABS[k].statuses, r.status)) counts[k] += r.count;
  return counts;
}

type TGroupSummary = Pick<TVendorLineGroup, "counts" | "unitsToProcure" | "unitsToHandOver">;

/** The vendor's position in each batch (and in stock): counts per tab, units left to source. */
async function groupSummaries(
  vendorId: string,
  batchIds: string[],
  withInStock: boolean,
  db: Db,
): Promise<Map<string | null, TGroupSummary>> {
  const groupWhere: Prisma.OrderLineWhereInput[] = [];
  if (batchIds.length > 0) groupWhere.push({ batchId: { in: batchIds } });
  if (withInStock) groupWhere.push({ batchId: null });
  if (groupWhere.length === 0) return new Map();
  const rows = await db.orderLine.groupBy({
    by: ["batchId", "status", "availability"],
    where: { vendorId, status: { in: [...VENDOR_VISIBLE_LINE_STATUSES] }, OR: groupWhere },
    _count: { _all: true },
    _sum: { quantity: true },
  });
  const out = new Map<string | null, TGroupSummary>();
  for (const id of [...batchIds, ...(withInStock ? [null] : [])]) {
    const own = rows.filter((r) => r.batchId === id);
    const open = (a: Availability) =>
      own
        .filter((r) => r.status === "CONFIRMED" && r.availability === a)
        .reduce((s, r) => s + (r._sum.quantity ?? 0), 0);
    out.set(id, {
      counts: countTabs(own.map((r) => ({ status: r.status, count: r._count._all }))),
      unitsToProcure: open("PRE_ORDER"),
      unitsToHandOver: open("IN_STOCK"),
    });
  }
  return out;
}

const STAGE: Record<BatchStatus, number> = {
  DRAFT: 1,
  OPEN: 1,
  CLOSED: 1,
  IN_TRANSIT: 2,
  ARRIVED: 2,
  COMPLETED: 3,
  CANCELLED: 3,
};

/** In-stock first (hand over now), then batches still to source by cut-off, then the rest. */
function groupOrder(a: TVendorLineGroup, b: TVendorLineGroup): number {
  if (!a.batch || !b.batch) return a.batch ? 1 : b.batch ? -1 : 0;
  const stage = STAGE[a.batch.status] - STAGE[b.batch.status];
  if (stage !== 0) return stage;
  return STAGE[a.batch.status] === 1
    ? a.batch.cutoffAt.localeCompare(b.batch.cutoffAt)
    : b.batch.cutoffAt.localeCompare(a.batch.cutoffAt);
}
