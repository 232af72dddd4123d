// The ops list of orders (/admin/orders) and its CSV export on the real database: search by
// number, customer and payment reference; filters by status, batch, vendor, plan, balance due
// and date; counts per status that ignore the status filter; every sort paged by keyset without
// a repeat or a gap; and the streamed CSV — the same rows as the list, filtered, in chunks —
// behind admin:orders (support and ops, not finance or customers).
import Papa from "papaparse";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { adminOrderStatusLabel } from "@/components/orders/admin-order-status-badge";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { ADMIN_ORDERS_CSV_COLUMNS, adminOrderChunks, adminOrdersCsvStream } from "@/lib/orders/export-admin-orders";
import {
  ADMIN_ORDERS_PAGE_SIZE,
  ADMIN_ORDER_SORTS,
  listAdminOrders,
  type TAdminOrderFilters,
} from "@/lib/orders/list-admin-orders";
import { createTestBatch } from "../factories/batches";
import { createTestProduct, uniq } from "../factories/catalog";
import { createTestCustomer, createTestOrder } from "../factories/orders";
import { createTestUser } from "../factories/users";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));

const { GET: exportCsv } = await import("@/app/admin/orders/export.csv/route");

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const support = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPPORT"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customerUser = await asUser({});

beforeEach(() => {
  caller = null;
});

// This file's own vendor (every filter below is scoped to it, so parallel files never leak in).
const catalog = await createTestProduct({
  variants: [
    { stockOnHand: 50, priceMinor: 10_000 },
    { availability: "PRE_ORDER", batchCap: 50, priceMinor: 20_000 },
  ],
});
const vendorId = catalog.vendor.id;
const [inStock, preOrder] = catalog.variants as [(typeof catalog.variants)[0], (typeof catalog.variants)[0]];
const batch = await createTestBatch({ originId: catalog.vendor.originId });
const otherCatalog = await createTestProduct({ variants: [{ stockOnHand: 10, priceMinor: 5_000 }] });

const tag = uniq("ord").replaceAll("-", "");
const abena = await createTestCustomer({ name: `Abena ${tag}`, email: `abena.${tag}@customers.test` });

async function order(opts: {
  lines: { variantId: string; quantity?: number; batchId?: string; status?: "CONFIRMED" | "CANCELLED" }[];
  status: OrderStatus;
  createdAt: string;
  plan?: "FULL" | "DEPOSIT";
  paidMinor?: number;
  dueMinor?: number;
  customerId?: string;
  phone?: string;
}) {
  const { order: o } = await createTestOrder({
    lines: opts.lines,
    status: opts.status,
    ...(opts.customerId ? { customerId: opts.customerId } : {}),
  });
  return prisma.order.update({
    where: { id: o.id },
    data: {
      createdAt: new Date(opts.createdAt),
      paymentPlan: opts.plan ?? "FULL",
      amountPaidMinor: opts.paidMinor ?? 0,
      balanceDueMinor: opts.dueMinor ?? 0,
      ...(opts.phone ? { contactPhone: opts.phone } : {}),
    },
  });
}

const paidFull = await order({
  lines: [{ variantId: inStock.id, status: "CONFIRMED" }],
  status: "PAID",
  createdAt: "2026-01-05T10:00:00.000Z",
  paidMinor: 10_000,
  customerId: abena.id,
  phone: "+233244111222",
});
await prisma.payment.create({
  data: { orderId: paidFull.id, kind: "FULL", reference: `PAYREF-${tag}`, amountMinor: 10_000, status: "SUCCEEDED" },
});
const deposit = await order({
  lines: [{ variantId: preOrder.id, quantity: 2, batchId: batch.id, status: "CONFIRMED" }],
  status: "IN_PROGRESS",
  createdAt: "2026-01-10T10:00:00.000Z",
  plan: "DEPOSIT",
  paidMinor: 12_000,
  dueMinor: 28_000,
});
const cancelled = await order({
  lines: [{ variantId: inStock.id, quantity: 3, status: "CANCELLED" }],
  status: "CANCELLED",
  createdAt: "2026-01-15T10:00:00.000Z",
});
const unpaid = await order({
  lines: [{ variantId: inStock.id }],
  status: "PENDING_PAYMENT",
  createdAt: "2026-01-20T10:00:00.000Z",
  dueMinor: 10_000,
});
const otherVendors = await order({
  lines: [{ variantId: otherCatalog.variants[0]!.id, status: "CONFIRMED" }],
  status: "PAID",
  createdAt: "2026-01-06T10:00:00.000Z",
  customerId: abena.id,
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("listAdminOrders: search and filters", () => {
  it("scoped to a vendor, newest first, with counts per status that ignore the status filter", async () => {
    const all = await listAdminOrders({ vendorId });
    expect(ids(all.rows)).toEqual([unpaid.id, cancelled.id, deposit.id, paidFull.id]);
    expect(all.statusCounts).toMatchObject({ PAID: 1, IN_PROGRESS: 1, CANCELLED: 1, PENDING_PAYMENT: 1, DELIVERED: 0 });
    const onlyPaid = await listAdminOrders({ vendorId, status: "PAID" });
    expect(ids(onlyPaid.rows)).toEqual([paidFull.id]);
    expect(onlyPaid.statusCounts).toEqual(all.statusCounts);
    expect(all.vendors).toContainEqual({ id: vendorId, name: catalog.vendor.name });
    expect(all.nextCursor).toBeNull();
  });

  it("a row carries what the list shows: customer, money, batches, delivery", async () => {
    const { rows } = await listAdminOrders({ vendorId, plan: "DEPOSIT" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: deposit.id,
      number: deposit.number,
      status: "IN_PROGRESS",
      paymentPlan: "DEPOSIT",
      totalMinor: 40_000,
      amountPaidMinor: 12_000,
      balanceDueMinor: 28_000,
      batchCodes: [batch.code],
      vendorNames: [catalog.vendor.name],
      itemCount: 2,
      deliveryStatus: null,
    });
    // A deposit order with its balance outstanding never reads as a plain "Paid".
    expect(adminOrderStatusLabel(rows[0]!)).toEqual({ label: "Deposit paid · GH₵ 280.00 due", tone: "warning" });
    expect(adminOrderStatusLabel({ status: "PAID", paymentPlan: "FULL", balanceDueMinor: 0 }).label).toBe("Paid");
  });

  it("searches by order number, customer name, e-mail, phone and payment reference", async () => {
    const search = async (q: string) => ids((await listAdminOrders({ q })).rows).sort();
    expect(await search(deposit.number.toLowerCase())).toEqual([deposit.id]);
    expect(await search(`abena ${tag}`)).toEqual([paidFull.id, otherVendors.id].sort());
    expect(await search(`ABENA.${tag}@customers`)).toEqual([paidFull.id, otherVendors.id].sort());
    expect(await search("244111222")).toEqual([paidFull.id]);
    expect(await search(`payref-${tag}`)).toEqual([paidFull.id]);
    expect(await search(`nobody-${tag}`)).toEqual([]);
  });

  it("filters by batch code (any case), vendor, plan, balance due and created date range", async () => {
    expect(ids((await listAdminOrders({ batch: batch.code.toLowerCase() })).rows)).toEqual([deposit.id]);
    expect(ids((await listAdminOrders({ vendorId: otherCatalog.vendor.id })).rows)).toEqual([otherVendors.id]);
    expect(ids((await listAdminOrders({ vendorId, plan: "FULL" })).rows)).toEqual([
      unpaid.id,
      cancelled.id,
      paidFull.id,
    ]);
    // Balance due is the overview's set: paid orders still owing, not unpaid checkouts.
    expect(ids((await listAdminOrders({ vendorId, balance: "due" })).rows)).toEqual([deposit.id]);
    expect(ids((await listAdminOrders({ vendorId, from: "2026-01-10", to: "2026-01-15" })).rows)).toEqual([
      cancelled.id,
      deposit.id,
    ]);
    expect(ids((await listAdminOrders({ vendorId, to: "2026-01-05" })).rows)).toEqual([paidFull.id]);
  });

  it("sorts by total both ways and oldest first", async () => {
    expect(ids((await listAdminOrders({ vendorId, sort: "total-desc" })).rows)).toEqual([
      deposit.id,
      cancelled.id,
      ...[paidFull.id, unpaid.id].sort().reverse(),
    ]);
    expect(ids((await listAdminOrders({ vendorId, sort: "total-asc" })).rows)).toEqual([
      ...[paidFull.id, unpaid.id].sort(),
      cancelled.id,
      deposit.id,
    ]);
    expect(ids((await listAdminOrders({ vendorId, sort: "oldest" })).rows)).toEqual([
      paidFull.id,
      deposit.id,
      cancelled.id,
      unpaid.id,
    ]);
  });

  it("rejects filters it does not understand (the page shows the message and ignores them)", async () => {
    await expect(listAdminOrders({ from: "5 January" })).rejects.toThrow("Enter a day as yyyy-mm-dd");
    await expect(listAdminOrders({ sort: "cheapest" as never })).rejects.toThrow();
  });
});

// A vendor with more than a page of orders: totals and creation times repeat, so the keyset
// tie-break on id is exercised in every sort.
const bulk = await createTestProduct({ variants: [{ stockOnHand: 500, priceMinor: 1_000 }] });
const bulkCustomer = await createTestCustomer();
const BULK = ADMIN_ORDERS_PAGE_SIZE + 7;
const bulkOrders: { id: string; createdAt: Date; totalMinor: number }[] = [];
for (let i = 0; i < BULK; i++) {
  const { order: o } = await createTestOrder({
    customerId: bulkCustomer.id,
    lines: [{ variantId: bulk.variants[0]!.id, quantity: (i % 5) + 1, status: "CONFIRMED" }],
    status: "PAID",
  });
  bulkOrders.push(
    await prisma.order.update({
      where: { id: o.id },
      data: { createdAt: new Date(Date.UTC(2026, 1, 1, 0, Math.floor(i / 3))), amountPaidMinor: o.totalMinor },
      select: { id: true, createdAt: true, totalMinor: true },
    }),
  );
}

function expectedOrder(sort: (typeof ADMIN_ORDER_SORTS)[number]): string[] {
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const rows = [...bulkOrders];
  rows.sort((a, b) => {
    switch (sort) {
      case "oldest":
        return cmp(a.createdAt.getTime(), b.createdAt.getTime()) || cmp(a.id, b.id);
      case "total-asc":
        return cmp(a.totalMinor, b.totalMinor) || cmp(a.id, b.id);
      case "total-desc":
        return cmp(b.totalMinor, a.totalMinor) || cmp(b.id, a.id);
      default:
        return cmp(b.createdAt.getTime(), a.createdAt.getTime()) || cmp(b.id, a.id);
    }
  });
  return ids(rows);
}

describe("keyset pages", () => {
  it.each(ADMIN_ORDER_SORTS)("sort %s: two pages, every order once, in order", async (sort) => {
    const first = await listAdminOrders({ vendorId: bulk.vendor.id, sort });
    expect(first.rows).toHaveLength(ADMIN_ORDERS_PAGE_SIZE);
    expect(first.nextCursor).toBe(first.rows.at(-1)!.id);
    const second = await listAdminOrders({ vendorId: bulk.vendor.id, sort, cursor: first.nextCursor! });
    expect(second.rows).toHaveLength(BULK - ADMIN_ORDERS_PAGE_SIZE);
    expect(second.nextCursor).toBeNull();
    expect([...ids(first.rows), ...ids(second.rows)]).toEqual(expectedOrder(sort));
    expect(second.statusCounts.PAID).toBe(BULK);
  });
});

async function csvOf(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: Excel reads UTF-8
  const text = new TextDecoder().decode(bytes); // (decoding drops the BOM)
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

const csvRequest = (query: TAdminOrderFilters) =>
  new Request(
    `http://localhost/admin/orders/export.csv?${new URLSearchParams(query as Record<string, string>).toString()}`,
  );

describe("CSV export", () => {
  it("streams the filtered set with the list's columns and money in cedis", async () => {
    caller = support;
    const res = await exportCsv(csvRequest({ vendorId, sort: "oldest" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = await csvOf(res);
    expect(csv.meta.fields).toEqual([...ADMIN_ORDERS_CSV_COLUMNS]);
    expect(csv.data.map((r) => r.number)).toEqual([paidFull.number, deposit.number, cancelled.number, unpaid.number]);
    expect(csv.data[1]).toMatchObject({
      status: "IN_PROGRESS",
      payment_plan: "DEPOSIT",
      total_ghs: "400.00",
      paid_ghs: "120.00",
      due_ghs: "280.00",
      batches: batch.code,
      vendors: catalog.vendor.name,
      items: "2",
    });
    expect(csv.data[0]).toMatchObject({ customer: `Abena ${tag}`, phone: "+233244111222" });

    const dueOnly = await csvOf(await exportCsv(csvRequest({ vendorId, balance: "due" })));
    expect(dueOnly.data.map((r) => r.number)).toEqual([deposit.number]);
    const byStatus = await csvOf(await exportCsv(csvRequest({ vendorId, status: "CANCELLED" })));
    expect(byStatus.data.map((r) => r.number)).toEqual([cancelled.number]);
  });

  it("exports every matching order, not one page, chunk by chunk in the list's order", async () => {
    let chunks = 0;
    const seen: string[] = [];
    for await (const rows of adminOrderChunks({ vendorId: bulk.vendor.id, sort: "total-desc" }, prisma, 10)) {
      chunks++;
      expect(rows.length).toBeLessThanOrEqual(10);
      seen.push(...ids(rows));
    }
    expect(chunks).toBe(Math.ceil(BULK / 10));
    expect(seen).toEqual(expectedOrder("total-desc"));

    const parsed = await csvOf(new Response(adminOrdersCsvStream({ vendorId: bulk.vendor.id }, prisma, 8)));
    expect(parsed.errors).toEqual([]);
    const numbers = await prisma.order.findMany({
      where: { id: { in: expectedOrder("newest") } },
      select: { id: true, number: true },
    });
    const numberOf = new Map(numbers.map((n) => [n.id, n.number]));
    expect(parsed.data.map((r) => r.number)).toEqual(expectedOrder("newest").map((id) => numberOf.get(id)));
  });

  it("a spreadsheet formula in a customer's name is written as text", async () => {
    const evil = await createTestCustomer({ name: `=HYPERLINK("http://x.test") ${tag}` });
    const o = await order({
      lines: [{ variantId: inStock.id, status: "CONFIRMED" }],
      status: "PAID",
      createdAt: "2026-03-01T00:00:00.000Z",
      customerId: evil.id,
    });
    caller = ops;
    const csv = await csvOf(await exportCsv(csvRequest({ q: o.number })));
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0]!.customer!.startsWith("'=")).toBe(true);
  });

  it.each([
    ["anonymous", () => null, 401],
    ["a customer", () => customerUser, 403],
    ["a finance-only admin", () => finance, 403],
  ] as [string, () => TSessionUser | null, number][])("%s gets no CSV", async (_who, who, status) => {
    caller = who();
    const res = await exportCsv(csvRequest({ vendorId }));
    expect(res.status).toBe(status);
    expect(await res.text()).not.toContain(paidFull.number);
  });

  it("a filter it does not understand is a 400 with the message, not a 500", async () => {
    caller = ops;
    const res = await exportCsv(csvRequest({ from: "yesterday" }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { message: "from: Enter a day as yyyy-mm-dd" } });
  });
});
