import "server-only";
import { searchAdminOrders } from "@/lib/orders/search-admin-orders";
import Papa from "papaparse";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  ADMIN_ORDER_ROW_INCLUDE,
  adminOrderAfter,
  adminOrderBaseWhere,
  adminOrderOrderBy,
  type TAdminOrderFilters,
  type TAdminOrderRow,
  toAdminOrderRow,
  ZAdminOrderFilters,
} from "@/lib/orders/list-admin-orders";

// The CSV export of /admin/orders: the list's filters and sort, every matching order (not one
// page), read in keyset chunks and written chunk by chunk, so 100,000 orders never sit in
// memory at once. Amounts are in cedis with two decimals (what a spreadsheet sums).

export const ADMIN_ORDERS_EXPORT_CHUNK = 1000;

export const ADMIN_ORDERS_CSV_COLUMNS = [
  "number",
  "created_at",
  "status",
  "payment_plan",
  "customer",
  "email",
  "phone",
  "total_ghs",
  "paid_ghs",
  "refunded_ghs",
  "due_ghs",
  "items",
  "batches",
  "vendors",
  "delivery_method",
  "delivery_status",
] as const;

// A customer named "=HYPERLINK(…)" must not run as a spreadsheet formula: cells starting with
// = @ tab or CR are quoted as text, and + or - too unless the cell is a plain number (a phone
// number "+233…" stays a phone number).
const FORMULA = /^[=@\t\r]|^[+-](?![\d.]+$)/;

const cedis = (minor: number) => (minor / 100).toFixed(2);

function csvRecord(r: TAdminOrderRow): (string | number)[] {
  return [
    r.number,
    r.createdAt,
    r.status,
    r.paymentPlan,
    r.customer.name,
    r.customer.email,
    r.customer.phone,
    cedis(r.totalMinor),
    cedis(r.amountPaidMinor),
    cedis(r.amountRefundedMinor),
    cedis(r.balanceDueMinor),
    r.itemCount,
    r.batchCodes.join(" "),
    r.vendorNames.join("; "),
    r.deliveryMethod,
    r.deliveryStatus ?? "",
  ];
}

/** Every order under the filters (status included, cursor ignored; a search: its first ADMIN_ORDER_SEARCH_LIMIT matches), `chunk` at a time. */
export async function* adminOrderChunks(
  input: TAdminOrderFilters,
  db: Db = prisma,
  chunk = ADMIN_ORDERS_EXPORT_CHUNK,
): AsyncGenerator<TAdminOrderRow[]> {
  const f = ZAdminOrderFilters.parse({ ...input, cursor: undefined });
  const sort = f.sort ?? "newest";
  const search = f.q ? await searchAdminOrders(f.q, db) : null;
  const base: Prisma.OrderWhereInput = {
    AND: [adminOrderBaseWhere(f, search?.ids ?? null), ...(f.status ? [{ status: f.status }] : [])],
  };
  let after: { id: string; createdAt: Date; totalMinor: number } | null = null;
  for (;;) {
    const orders: Prisma.OrderGetPayload<{ include: typeof ADMIN_ORDER_ROW_INCLUDE }>[] = await db.order.findMany({
      where: after ? { AND: [base, adminOrderAfter(sort, after)] } : base,
      orderBy: adminOrderOrderBy(sort),
      take: chunk,
      include: ADMIN_ORDER_ROW_INCLUDE,
    });
    if (orders.length === 0) return;
    yield orders.map(toAdminOrderRow);
    if (orders.length < chunk) return;
    const last = orders.at(-1)!;
    after = { id: last.id, createdAt: last.createdAt, totalMinor: last.totalMinor };
  }
}

/**
 * The export as a byte stream: a BOM and the header row, then one papaparse chunk per keyset
 * batch, pulled only as fast as the client reads (backpressure through `pull`).
 */
export function adminOrdersCsvStream(input: TAdminOrderFilters, db: Db = prisma, chunk?: number): ReadableStream {
  const encoder = new TextEncoder();
  const chunks = adminOrderChunks(input, db, chunk);
  const unparse = (data: unknown[][]) => Papa.unparse(data, { escapeFormulae: FORMULA, newline: "\r\n" });
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${unparse([[...ADMIN_ORDERS_CSV_COLUMNS]])}\r\n`));
        return;
      }
      const next = await chunks.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(`${unparse(next.value.map(csvRecord))}\r\n`));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
