import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

// The customer's order list read model (/orders; owned by the checkout/orders UI area).

export type TCustomerOrderListItem = {
  number: string;
  createdAt: string;
  status: OrderStatus;
  totalMinor: number;
  balanceDueMinor: number;
  itemsCount: number;
  /** Up to three item thumbnails for the list row. */
  images: { url: string; alt: string }[];
  /** "Leather tote and 2 more". */
  title: string;
};

export type TCustomerOrdersPage = { items: TCustomerOrderListItem[]; nextCursor: string | null };

const PAGE_SIZE = 20;

/**
 * The customer's orders, newest first, keyset-paginated: the cursor is the last order
 * number shown (stable under inserts). Only the customer's own orders; a cursor naming
 * another customer's order is ignored.
 */
export async function listCustomerOrders(
  input: { customerId: string; cursor?: string | null; limit?: number },
  db: Db = prisma,
): Promise<TCustomerOrdersPage> {
  const limit = Math.min(Math.max(input.limit ?? PAGE_SIZE, 1), 50);
  const after = input.cursor
    ? await db.order.findFirst({
        where: { number: input.cursor, customerId: input.customerId },
        select: { id: true, createdAt: true },
      })
    : null;
  const rows = await db.order.findMany({
    where: {
      customerId: input.customerId,
      ...(after
        ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      number: true,
      createdAt: true,
      status: true,
      totalMinor: true,
      balanceDueMinor: true,
      lines: { orderBy: { createdAt: "asc" }, select: { quantity: true, productTitle: true, imageUrl: true } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((o) => {
      const first = o.lines[0];
      const others = o.lines.length - 1;
      return {
        number: o.number,
        createdAt: o.createdAt.toISOString(),
        status: o.status,
        totalMinor: o.totalMinor,
        balanceDueMinor: o.balanceDueMinor,
        itemsCount: o.lines.reduce((a, l) => a + l.quantity, 0),
        images: o.lines
          .filter((l) => l.imageUrl)
          .slice(0, 3)
          .map((l) => ({ url: l.imageUrl!, alt: l.productTitle })),
        title: first ? (others > 0 ? `${first.productTitle} and ${others} more` : first.productTitle) : "Order",
      };
    }),
    nextCursor: rows.length > limit ? (page.at(-1)?.number ?? null) : null,
  };
}

/** The customer's newest order still waiting for its first payment (checkout offers to finish it). */
export async function getLatestPayableOrder(
  { customerId, now = new Date() }: { customerId: string; now?: Date },
  db: Db = prisma,
): Promise<{ number: string; totalMinor: number; balanceDueMinor: number; expiresAt: string | null } | null> {
  const o = await db.order.findFirst({
    where: { customerId, status: "PENDING_PAYMENT", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: { createdAt: "desc" },
    select: { number: true, totalMinor: true, balanceDueMinor: true, expiresAt: true },
  });
  return o ? { ...o, expiresAt: o.expiresAt ? o.expiresAt.toISOString() : null } : null;
}
