// The finance list of payments (/admin/payments) on the real database: ?review=1 (the overview's
// "Payments needing review") lists exactly the flagged payments, search by reference (exact or
// prefix) and by order number, kind/channel/Accra-day filters, counts per status that ignore the
// status tab, keyset pages without a repeat or a gap (even when a payment arrives in between),
// filters it does not understand refused with the message, and the page behind admin:payments
// only (finance and superadmin). Every query is scoped to this file's own reference prefix.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/rbac";
import { getSessionUserById } from "@/lib/auth/session-claims";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  ADMIN_PAYMENTS_PAGE_SIZE,
  listAdminPayments,
  type TAdminPaymentFilters,
} from "@/lib/payments/list-admin-payments";
import { createTestProduct, uniq } from "../factories/catalog";
import { createTestCustomer, createTestOrder } from "../factories/orders";
import { createTestUser } from "../factories/users";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));

const { default: AdminPaymentsPage } = await import("@/app/admin/payments/page");

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;

beforeEach(() => {
  caller = null;
});

const tag = uniq("PAY").replaceAll("-", "").toUpperCase();
const catalog = await createTestProduct({ variants: [{ stockOnHand: 100, priceMinor: 10_000 }] });
const variantId = catalog.variants[0]!.id;
const kofi = await createTestCustomer({ name: `Kofi ${tag}` });
const { order: orderA } = await createTestOrder({ customerId: kofi.id, lines: [{ variantId }], status: "PAID" });
const { order: orderB } = await createTestOrder({ lines: [{ variantId, quantity: 2 }], status: "IN_PROGRESS" });
const { order: orderC } = await createTestOrder({ lines: [{ variantId }], status: "PARTIALLY_REFUNDED" });

const pay = (data: Omit<Prisma.PaymentUncheckedCreateInput, "reference"> & { ref: string }) => {
  const { ref, ...rest } = data;
  return prisma.payment.create({ data: { ...rest, reference: `${tag}-${ref}` } });
};

const p1 = await pay({
  ref: "A1",
  orderId: orderA.id,
  kind: "FULL",
  channel: "MOBILE_MONEY",
  mobileMoneyProvider: "MTN",
  amountMinor: 10_000,
  feeMinor: 195,
  status: "SUCCEEDED",
  paidAt: new Date("2026-03-01T10:05:00.000Z"),
  createdAt: new Date("2026-03-01T10:00:00.000Z"),
});
const p2 = await pay({
  ref: "A2",
  orderId: orderA.id,
  kind: "FULL",
  channel: "CARD",
  amountMinor: 10_000,
  status: "FAILED",
  failureReason: "Declined by the bank",
  createdAt: new Date("2026-03-02T10:00:00.000Z"),
});
const p3 = await pay({
  ref: "B1",
  orderId: orderB.id,
  kind: "DEPOSIT",
  channel: "CARD",
  amountMinor: 6_000,
  status: "SUCCEEDED",
  needsReview: true,
  reviewReason: "Paystack says GHS 50.00, we expected GHS 60.00",
  createdAt: new Date("2026-03-03T10:00:00.000Z"),
});
const p4 = await pay({
  ref: "B2",
  orderId: orderB.id,
  kind: "BALANCE",
  channel: "MOBILE_MONEY",
  amountMinor: 14_000,
  status: "PENDING",
  needsReview: true,
  gatewayResponse: "Currency mismatch",
  // 23:30 on 4 March in Accra (UTC all year): the 4th, not the 5th.
  createdAt: new Date("2026-03-04T23:30:00.000Z"),
});
const p5 = await pay({
  ref: "C1",
  orderId: orderC.id,
  kind: "FULL",
  channel: "BANK_TRANSFER",
  amountMinor: 10_000,
  amountRefundedMinor: 2_500,
  status: "PARTIALLY_REFUNDED",
  paidAt: new Date("2026-03-05T09:00:00.000Z"),
  createdAt: new Date("2026-03-05T08:00:00.000Z"),
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const mine = (f: TAdminPaymentFilters = {}) => listAdminPayments({ q: tag, ...f });

describe("listAdminPayments: review, search and filters", () => {
  it("review=1 lists only the payments needing review, newest first, with the toggle's count", async () => {
    const flagged = await mine({ review: "1" });
    expect(ids(flagged.rows)).toEqual([p4.id, p3.id]);
    expect(flagged.rows.every((r) => r.needsReview)).toBe(true);
    expect(flagged.needsReviewCount).toBe(2);

    const all = await mine();
    expect(ids(all.rows)).toEqual([p5.id, p4.id, p3.id, p2.id, p1.id]);
    expect(all.needsReviewCount).toBe(2);
    // The toggle counts under the status tab: of the successful ones, one is flagged.
    expect((await mine({ status: "SUCCEEDED" })).needsReviewCount).toBe(1);
  });

  it("a row carries what the list shows, and why a payment needs review", async () => {
    const { rows } = await mine();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(p1.id)).toMatchObject({
      reference: `${tag}-A1`,
      kind: "FULL",
      channel: "MOBILE_MONEY",
      mobileMoneyProvider: "MTN",
      amountMinor: 10_000,
      feeMinor: 195,
      amountRefundedMinor: 0,
      paidAt: "2026-03-01T10:05:00.000Z",
      needsReview: false,
      reviewReason: null,
      order: { number: orderA.number, customerName: `Kofi ${tag}` },
    });
    expect(byId.get(p2.id)).toMatchObject({ gatewayNote: "Declined by the bank", reviewReason: null });
    expect(byId.get(p3.id)!.reviewReason).toBe("Paystack says GHS 50.00, we expected GHS 60.00");
    // No note of ours: what Paystack said is the reason shown.
    expect(byId.get(p4.id)!.reviewReason).toBe("Currency mismatch");
    expect(byId.get(p5.id)).toMatchObject({ amountRefundedMinor: 2_500, feeMinor: null });
  });

  it("searches by payment reference, exact or its beginning in any case, and by order number", async () => {
    expect(ids((await listAdminPayments({ q: `${tag}-A2` })).rows)).toEqual([p2.id]);
    expect(ids((await listAdminPayments({ q: `${tag}-B`.toLowerCase() })).rows)).toEqual([p4.id, p3.id]);
    expect(ids((await listAdminPayments({ q: orderA.number })).rows)).toEqual([p2.id, p1.id]);
    expect(ids((await listAdminPayments({ q: `  ${orderB.number.toLowerCase()} ` })).rows)).toEqual([p4.id, p3.id]);
    // Only the beginning of a reference: the middle of one is not a match.
    expect((await listAdminPayments({ q: tag.slice(3) })).rows.filter((r) => r.reference.startsWith(tag))).toEqual([]);
    expect((await listAdminPayments({ q: `${tag}-ZZ` })).rows).toEqual([]);
  });

  it("filters by kind, channel and Accra days", async () => {
    expect(ids((await mine({ kind: "DEPOSIT" })).rows)).toEqual([p3.id]);
    expect(ids((await mine({ channel: "MOBILE_MONEY" })).rows)).toEqual([p4.id, p1.id]);
    expect(ids((await mine({ from: "2026-03-04", to: "2026-03-04" })).rows)).toEqual([p4.id]);
    expect(ids((await mine({ to: "2026-03-03" })).rows)).toEqual([p3.id, p2.id, p1.id]);
    expect(ids((await mine({ from: "2026-03-05" })).rows)).toEqual([p5.id]);
  });

  it("counts per status ignore the status tab and follow the other filters", async () => {
    const all = await mine();
    expect(all.statusCounts).toEqual({
      INITIALIZED: 0,
      PENDING: 1,
      SUCCEEDED: 2,
      FAILED: 1,
      ABANDONED: 0,
      PARTIALLY_REFUNDED: 1,
      REFUNDED: 0,
    });
    const succeeded = await mine({ status: "SUCCEEDED" });
    expect(ids(succeeded.rows)).toEqual([p3.id, p1.id]);
    expect(succeeded.statusCounts).toEqual(all.statusCounts);
    const flagged = await mine({ review: "1" });
    expect(flagged.statusCounts).toMatchObject({ PENDING: 1, SUCCEEDED: 1, FAILED: 0, PARTIALLY_REFUNDED: 0 });
  });

  it("refuses filters it does not understand with the message (the page shows it and ignores them)", async () => {
    await expect(listAdminPayments({ from: "4 March" })).rejects.toThrow("Enter a day as yyyy-mm-dd");
    await expect(listAdminPayments({ review: "yes" as never })).rejects.toThrow("review can only be 1");
    await expect(listAdminPayments({ status: "PAID" as never })).rejects.toThrow();
    await expect(listAdminPayments({ kind: "TIP" as never })).rejects.toThrow();
  });
});

// More than a page of payments whose creation times repeat: the keyset tie-break on id is used.
const bulkTag = uniq("PAYBULK").replaceAll("-", "").toUpperCase();
const { order: bulkOrder } = await createTestOrder({ lines: [{ variantId }], status: "PAID" });
const BULK = ADMIN_PAYMENTS_PAGE_SIZE + 7;
const bulk: { id: string; createdAt: Date }[] = [];
for (let i = 0; i < BULK; i++) {
  bulk.push(
    await prisma.payment.create({
      data: {
        orderId: bulkOrder.id,
        kind: "FULL",
        reference: `${bulkTag}-${i}`,
        amountMinor: 1_000,
        status: "FAILED",
        createdAt: new Date(Date.UTC(2026, 3, 1, 0, Math.floor(i / 3))),
      },
      select: { id: true, createdAt: true },
    }),
  );
}

describe("keyset pages", () => {
  it("two pages newest first, every payment once, stable when a newer payment arrives in between", async () => {
    const first = await listAdminPayments({ q: bulkTag });
    expect(first.rows).toHaveLength(ADMIN_PAYMENTS_PAGE_SIZE);
    expect(first.nextCursor).toBe(first.rows.at(-1)!.id);
    await prisma.payment.create({
      data: {
        orderId: bulkOrder.id,
        kind: "FULL",
        reference: `${bulkTag}-late`,
        amountMinor: 1_000,
        createdAt: new Date(Date.UTC(2026, 4, 1)),
      },
    });
    const second = await listAdminPayments({ q: bulkTag, cursor: first.nextCursor! });
    expect(second.rows).toHaveLength(BULK - ADMIN_PAYMENTS_PAGE_SIZE);
    expect(second.nextCursor).toBeNull();
    const cmp = (a: number | string, b: number | string) => (a < b ? 1 : a > b ? -1 : 0);
    const expected = [...bulk].sort((a, b) => cmp(a.createdAt.getTime(), b.createdAt.getTime()) || cmp(a.id, b.id));
    expect([...ids(first.rows), ...ids(second.rows)]).toEqual(ids(expected));
    expect(second.statusCounts.FAILED).toBe(BULK);
  });
});

const vendorOwner = await asUser({ membership: { vendorId: catalog.vendor.id, role: "OWNER" } });
const customer = await asUser({});
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const support = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPPORT"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const superadmin = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPERADMIN"] });
const page = () => AdminPaymentsPage({ searchParams: Promise.resolve({ q: tag, review: "1" }) });

describe("who may see /admin/payments", () => {
  it("admin:payments is finance's and the superadmin's only", () => {
    for (const u of [null, customer, vendorOwner, ops, support]) expect(can(u, "admin:payments")).toBe(false);
    for (const u of [finance, superadmin]) expect(can(u, "admin:payments")).toBe(true);
    // Finance sees order numbers as text (no admin:orders); the superadmin gets links.
    expect(can(finance, "admin:orders")).toBe(false);
    expect(can(superadmin, "admin:orders")).toBe(true);
  });

  it("the page sends the signed-out to sign in and answers 404 to anyone without admin:payments", async () => {
    await expect(page()).rejects.toThrow("NEXT_REDIRECT");
    for (const u of [customer, vendorOwner, ops, support]) {
      caller = u;
      await expect(page()).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    caller = finance;
    await expect(page()).resolves.toBeTruthy();
  });
});
