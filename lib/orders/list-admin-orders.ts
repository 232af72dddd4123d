import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type DeliveryStatus, OrderStatus, PaymentPlan } from "@/lib/generated/prisma/enums";
import { searchAdminOrders } from "@/lib/orders/search-admin-orders";
import { ACTIVE_ORDER_STATUSES } from "@/lib/orders/statuses";

// The operations list of orders (/admin/orders) and its CSV export: search, filters, counts
// per status, sorts with keyset pagination, and per row what support and ops answer from —
// who, how much is paid and still due, which batches, where the delivery is.

export const ADMIN_ORDER_SORTS = ["newest", "oldest", "total-desc", "total-asc"] as const;
export type TAdminOrderSort = (typeof ADMIN_ORDER_SORTS)[number];

const ZDay = z.iso.date("Enter a day as yyyy-mm-dd");

export const ZAdminOrderFilters = z.object({
  /** Part of the order number, the customer's name, e-mail or phone, or a payment reference. */
  q: z.string().trim().max(80).optional(),
  status: z.enum(OrderStatus).optional(),
  /** A batch code (exact, any case). */
  batch: z.string().trim().min(1).max(40).optional(),
  vendorId: z.string().min(1).max(40).optional(),
  plan: z.enum(PaymentPlan).optional(),
  /** "due": paid orders still being fulfilled with a balance outstanding (the overview's count). */
  balance: z.literal("due").optional(),
  /** Created on or after / on or before (yyyy-mm-dd, Accra = UTC). */
  from: ZDay.optional(),
  to: ZDay.optional(),
  sort: z.enum(ADMIN_ORDER_SORTS).optional(),
  /** The last row's id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TAdminOrderFilters = z.input<typeof ZAdminOrderFilters>;
type TParsedFilters = z.output<typeof ZAdminOrderFilters>;

export type TAdminOrderRow = {
  id: string;
  number: string;
  createdAt: string;
  status: OrderStatus;
  paymentPlan: PaymentPlan;
  customer: { id: string; name: string; email: string; phone: string };
  totalMinor: number;
  amountPaidMinor: number;
  amountRefundedMinor: number;
  balanceDueMinor: number;
  /** Distinct batch codes of its pre-order lines. */
  batchCodes: string[];
  vendorNames: string[];
  itemCount: number;
  deliveryMethod: "HOME" | "PICKUP";
  deliveryStatus: DeliveryStatus | null;
};

export type TAdminOrderList = {
  rows: TAdminOrderRow[];
  nextCursor: string | null;
  /** Per status, under the same filters except status (the tabs). */
  statusCounts: Record<OrderStatus, number>;
  vendors: { id: string; name: string }[];
  /** The search matched more orders than it lists (ADMIN_ORDER_SEARCH_LIMIT): narrow it. */
  searchTruncated: boolean;
};

export const ADMIN_ORDERS_PAGE_SIZE = 50;
const DAY = 86_400_000;

/** The overview's "orders with a balance due": paid, not delivered yet, something outstanding. */
export function balanceDueWhere(): Prisma.OrderWhereInput {
  return { balanceDueMinor: { gt: 0 }, status: { in: [...ACTIVE_ORDER_STATUSES] } };
}

/** Every filter but status and the cursor (the status tabs count under it). */
export function adminOrderBaseWhere(f: TParsedFilters, searchIds: string[] | null): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [];
  if (searchIds) and.push({ id: { in: searchIds } });
  if (f.batch) and.push({ lines: { some: { batch: { code: { equals: f.batch, mode: "insensitive" } } } } });
  if (f.vendorId) and.push({ lines: { some: { vendorId: f.vendorId } } });
  if (f.plan) and.push({ paymentPlan: f.plan });
  if (f.balance === "due") and.push(balanceDueWhere());
  if (f.from || f.to)
    and.push({
      createdAt: {
        ...(f.from ? { gte: new Date(`${f.from}T00:00:00.000Z`) } : {}),
        ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00.000Z`).getTime() + DAY) } : {}),
      },
    });
  return and.length ? { AND: and } : {};
}

export function adminOrderOrderBy(sort: TAdminOrderSort): Prisma.OrderOrderByWithRelationInput[] {
  switch (sort) {
    case "oldest":
      return [{ createdAt: "asc" }, { id: "asc" }];
    case "total-desc":
      return [{ totalMinor: "desc" }, { id: "desc" }];
    case "total-asc":
      return [{ totalMinor: "asc" }, { id: "asc" }];
    default:
      return [{ createdAt: "desc" }, { id: "desc" }];
  }
}

/** Rows strictly after `after` in the sort's order (keyset: the sort key, then id). */
export function adminOrderAfter(
  sort: TAdminOrderSort,
  after: { id: string; createdAt: Date; totalMinor: number },
): Prisma.OrderWhereInput {
  switch (sort) {
    case "oldest":
      return { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] };
    case "total-desc":
      return { OR: [{ totalMinor: { lt: after.totalMinor } }, { totalMinor: after.totalMinor, id: { lt: after.id } }] };
    case "total-asc":
      return { OR: [{ totalMinor: { gt: after.totalMinor } }, { totalMinor: after.totalMinor, id: { gt: after.id } }] };
    default:
      return { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] };
  }
}

export const ADMIN_ORDER_ROW_INCLUDE = {
  customer: { select: { id: true, name: true, email: true } },
  delivery: { select: { status: true } },
  lines: {
    select: { quantity: true, batch: { select: { code: true } }, vendor: { select: { name: true } } },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.OrderInclude;

type TOrderWithRow = Prisma.OrderGetPayload<{ include: typeof ADMIN_ORDER_ROW_INCLUDE }>;

export function toAdminOrderRow(o: TOrderWithRow): TAdminOrderRow {
  return {
    id: o.id,
    number: o.number,
    createdAt: o.createdAt.toISOString(),
    status: o.status,
    paymentPlan: o.paymentPlan,
    customer: { id: o.customer.id, name: o.customer.name, email: o.contactEmail, phone: o.contactPhone },
    totalMinor: o.totalMinor,
    amountPaidMinor: o.amountPaidMinor,
    amountRefundedMinor: o.amountRefundedMinor,
    balanceDueMinor: o.balanceDueMinor,
    batchCodes: [...new Set(o.lines.map((l) => l.batch?.code).filter((c): c is string => !!c))],
    vendorNames: [...new Set(o.lines.map((l) => l.vendor.name))],
    itemCount: o.lines.reduce((a, l) => a + l.quantity, 0),
    deliveryMethod: o.deliveryMethod,
    deliveryStatus: o.delivery?.status ?? null,
  };
}

/** One page of orders under the filters, in the chosen order (default newest first). */
export async function listAdminOrders(input: TAdminOrderFilters, db: Db = prisma): Promise<TAdminOrderList> {
  const f = ZAdminOrderFilters.parse(input);
  const sort = f.sort ?? "newest";
  const search = f.q ? await searchAdminOrders(f.q, db) : null;
  const base = adminOrderBaseWhere(f, search?.ids ?? null);
  const after = f.cursor
    ? await db.order.findUnique({ where: { id: f.cursor }, select: { id: true, createdAt: true, totalMinor: true } })
    : null;
  const where: Prisma.OrderWhereInput = {
    AND: [base, ...(f.status ? [{ status: f.status }] : []), ...(after ? [adminOrderAfter(sort, after)] : [])],
  };
  const [orders, counts, vendors] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: adminOrderOrderBy(sort),
      take: ADMIN_ORDERS_PAGE_SIZE + 1,
      include: ADMIN_ORDER_ROW_INCLUDE,
    }),
    db.order.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.vendor.findMany({
      where: { status: { not: "PENDING" } },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  const page = orders.slice(0, ADMIN_ORDERS_PAGE_SIZE);
  const statusCounts = Object.fromEntries(Object.values(OrderStatus).map((s) => [s, 0])) as Record<OrderStatus, number>;
  for (const c of counts) statusCounts[c.status] = c._count._all;
  return {
    rows: page.map(toAdminOrderRow),
    nextCursor: orders.length > ADMIN_ORDERS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    statusCounts,
    vendors,
    searchTruncated: search?.truncated ?? false,
  };
}
