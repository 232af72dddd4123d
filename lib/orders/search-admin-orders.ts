import "server-only";
import { type Db, prisma } from "@/lib/db";

/** More matches than this and the staff member is asked to narrow the search. */
export const ADMIN_ORDER_SEARCH_LIMIT = 2_000;

export type TAdminOrderSearch = { ids: string[]; truncated: boolean };

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Ids of the orders a staff search names: part of the order number, the contact e-mail or
 * phone, the customer's name or e-mail, or a payment reference. One UNION of indexed
 * (trigram) lookups: the same test written as one Prisma OR across relations makes
 * PostgreSQL check every order in turn, seconds at 100,000 orders.
 */
export async function searchAdminOrders(q: string, db: Db = prisma): Promise<TAdminOrderSearch> {
  const pattern = containsPattern(q.trim());
  const phone = containsPattern(q.replace(/\s+/g, ""));
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Order"
      WHERE "number" ILIKE ${pattern} OR "contactEmail" ILIKE ${pattern} OR "contactPhone" LIKE ${phone}
    UNION
    SELECT o.id FROM "User" u JOIN "Order" o ON o."customerId" = u.id
      WHERE u."name" ILIKE ${pattern} OR u."email" ILIKE ${pattern}
    UNION
    SELECT "orderId" FROM "Payment" WHERE "reference" ILIKE ${pattern}
    LIMIT ${ADMIN_ORDER_SEARCH_LIMIT + 1}`;
  return {
    ids: rows.slice(0, ADMIN_ORDER_SEARCH_LIMIT).map((r) => r.id),
    truncated: rows.length > ADMIN_ORDER_SEARCH_LIMIT,
  };
}
