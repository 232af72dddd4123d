// Earnings release: a delivered line's money leaves escrow for the vendor and the platform
// once its holdback window is over — exactly once, never while a refund or return is open,
// with the fee rounded half-up and the vendor getting the remainder.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { getAccountBalance } from "@/lib/ledger/get-account-balance";
import { vendorPayable } from "@/lib/ledger/accounts";
import { SYSTEM } from "@/lib/orders/order-events";
import { releaseDueEarnings } from "@/lib/payouts/release-due-earnings";
import { releaseJournalKey } from "@/lib/payouts/release-line-earnings";
import { advanceEmulatorClock } from "@/lib/integrations/paystack/emulator";
import { createRefund } from "@/lib/refunds/create-refund";
import { submitRefund } from "@/lib/refunds/submit-refund";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { deliverEmulatorWebhooks } from "../support/money-flows";
import { deliveredOrder, payoutShop } from "../support/payout-flows";

const key = setupOwnPaystackIntegration("earnings_release");

const journalOf = (lineId: string) =>
  prisma.ledgerJournal.findUnique({ where: { idempotencyKey: releaseJournalKey(lineId) }, include: { lines: true } });
const payable = async (vendorId: string) =>
  (await getAccountBalance({ account: vendorPayable(vendorId) })).balanceMinor;

describe("releaseDueEarnings", () => {
  it("releases a delivered line past its holdback once: escrow → vendor payable + platform revenue, event, releasedAt", async () => {
    const s = await payoutShop({ priceMinor: 10_000 });
    const { order, line } = await deliveredOrder(s, { quantity: 2, hoursAgo: 73 });

    const first = await releaseDueEarnings({ vendorId: s.vendor.id });
    expect(first.released).toBe(1);
    const again = await releaseDueEarnings({ vendorId: s.vendor.id });
    expect(again.released).toBe(0);

    const j = await journalOf(line.id);
    expect(j?.kind).toBe("RELEASE");
    expect(Object.fromEntries(j!.lines.map((l) => [l.account, l.amountMinor]))).toEqual({
      escrow: 20_000,
      [vendorPayable(s.vendor.id)]: -18_000,
      platform_revenue: -2_000,
    });
    expect(await payable(s.vendor.id)).toBe(18_000);
    const after = await prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(after.status).toBe("DELIVERED");
    expect(after.releasedAt).not.toBeNull();
    const events = await prisma.orderEvent.findMany({
      where: { orderLineId: line.id, type: "line.earnings_released" },
    });
    expect(events).toHaveLength(1);
    expect((await checkLedger({ orderIds: [order.id] })).problems).toEqual([]);
  });

  it("concurrent runs release each line exactly once", async () => {
    const s = await payoutShop({ priceMinor: 5_000 });
    const a = await deliveredOrder(s);
    const b = await deliveredOrder(s);
    const runs = await Promise.all([1, 2, 3].map(() => releaseDueEarnings({ vendorId: s.vendor.id })));
    expect(runs.reduce((n, r) => n + r.released, 0)).toBe(2);
    expect(
      await prisma.ledgerJournal.count({ where: { kind: "RELEASE", orderId: { in: [a.order.id, b.order.id] } } }),
    ).toBe(2);
    expect(await payable(s.vendor.id)).toBe(9_000);
    expect((await checkLedger({ orderIds: [a.order.id, b.order.id] })).problems).toEqual([]);
  });

  it("holdback not over (71 h of 72): nothing is released", async () => {
    const s = await payoutShop();
    const { line } = await deliveredOrder(s, { hoursAgo: 71 });
    expect((await releaseDueEarnings({ vendorId: s.vendor.id })).released).toBe(0);
    expect(await journalOf(line.id)).toBeNull();
    // the clock moves past the holdback
    expect(
      (await releaseDueEarnings({ vendorId: s.vendor.id, now: new Date(Date.now() + 2 * 3_600_000) })).released,
    ).toBe(1);
  });

  it("an open refund on the order, or an open return request on the line, holds the release", async () => {
    const s = await payoutShop();
    const refunded = await deliveredOrder(s);
    await prisma.$transaction((tx) =>
      createRefund(tx, { paymentId: refunded.payment.id, amountMinor: 1_000, reason: "damaged box", actor: SYSTEM }),
    );
    const returned = await deliveredOrder(s);
    await prisma.returnRequest.create({
      data: { orderLineId: returned.line.id, userId: s.shopper.id, type: "RETURN", reason: "wrong size" },
    });
    const r = await releaseDueEarnings({ vendorId: s.vendor.id });
    expect(r.released).toBe(0);
    expect(r.results.map((x) => (x.released ? "" : x.reason)).sort()).toEqual([
      "the line has an open return request",
      "the order has a refund in progress",
    ]);
    expect(await payable(s.vendor.id)).toBe(0);
  });

  it("fee: the vendor's own rate, rounded half-up; the vendor gets the remainder", async () => {
    // 10 004 × 12.5 % = 1 250.5 → 1 251; vendor 8 753
    const s = await payoutShop({ priceMinor: 10_004, feeBps: 1250 });
    const { line } = await deliveredOrder(s);
    expect(line.feeBps).toBe(1250);
    await releaseDueEarnings({ vendorId: s.vendor.id });
    const j = await journalOf(line.id);
    expect(Object.fromEntries(j!.lines.map((l) => [l.account, l.amountMinor]))).toEqual({
      escrow: 10_004,
      [vendorPayable(s.vendor.id)]: -8_753,
      platform_revenue: -1_251,
    });
  });

  it("a processed partial refund of the line: what is left is released, the fee recomputed half-up on it", async () => {
    const s = await payoutShop({ priceMinor: 10_000 });
    const { order, line, payment } = await deliveredOrder(s);
    const refund = await prisma.$transaction((tx) =>
      createRefund(tx, {
        paymentId: payment.id,
        amountMinor: 2_995,
        reason: "partial",
        actor: SYSTEM,
        orderLineIds: [line.id],
      }),
    );
    await submitRefund({ refundId: refund.id });
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * 60_000), secretKey: key });
    await deliverEmulatorWebhooks(payment.reference);
    expect((await prisma.refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe("PROCESSED");
    await releaseDueEarnings({ vendorId: s.vendor.id });
    const j = await journalOf(line.id);
    // 7 005 × 10 % = 700.5 → 701; vendor 6 304
    expect((await checkLedger({ orderIds: [order.id] })).problems).toEqual([]);
    expect(Object.fromEntries(j!.lines.map((l) => [l.account, l.amountMinor]))).toEqual({
      escrow: 7_005,
      [vendorPayable(s.vendor.id)]: -6_304,
      platform_revenue: -701,
    });
  });
});
