// The unhappy timelines: reservations that lapsed, orders that expired, double payments,
// pending payments polled, and the cancel → Paystack refund → refund.processed webhook path
// (refund record, ledger journal, payment and order amounts).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { closeBatch } from "@/lib/batches/close-batch";
import { toErrorBody } from "@/lib/errors";
import { expireStaleReservations } from "@/lib/inventory/reservations";
import {
  advanceEmulatorClock,
  checkoutPayWithCard,
  decidePhonePrompt,
  listPhonePrompts,
} from "@/lib/integrations/paystack/emulator";
import { getAccountBalance } from "@/lib/ledger/get-account-balance";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { pollPendingPayments } from "@/lib/payments/poll-pending-payments";
import { startCardPayment, startMobileMoneyCharge } from "@/lib/payments/start-payment";
import { pollOpenRefunds } from "@/lib/refunds/poll-open-refunds";
import { createTestBatch } from "../factories/batches";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { deliverEmulatorWebhooks, payByCard, shopFor } from "../support/money-flows";

const key = setupOwnPaystackIntegration("money_late");

const MIN = 60_000;
/** Lets Paystack (the emulator) finish every refund of this integration, then delivers its webhooks. */
async function settleRefunds(reference: string) {
  await advanceEmulatorClock({ now: new Date(Date.now() + 5 * MIN), secretKey: key });
  return deliverEmulatorWebhooks(reference);
}

/**
 * A fresh shop with one in-stock product and its shopper's order of `quantity`, paid by card
 * on Paystack (not yet confirmed on our side).
 */
async function orderPaidByCard(opts: { stockOnHand: number; quantity: number }) {
  const s = await shopFor([{ stockOnHand: opts.stockOnHand }]);
  const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: opts.quantity }]);
  const paid = await payByCard(placed.order.number, s.shopper.id);
  return { s, placed, paid };
}

/** The order's reservations run out: their expiry is moved into the past and the expiry job runs. */
async function lapseReservations(orderId: string) {
  await prisma.reservation.updateMany({ where: { orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expireStaleReservations();
}

describe("late successes are refunded automatically", () => {
  it("a success for an EXPIRED order: recorded, refunded, refund completed by webhook", async () => {
    const s = await shopFor([{ stockOnHand: 4, priceMinor: 10_000 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 2 }]);
    const started = await startCardPayment({ orderNumber: placed.order.number, customerId: s.shopper.id });
    await prisma.order.update({ where: { id: placed.order.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await expireUnpaidOrders()).toBeGreaterThanOrEqual(1);
    const expired = await prisma.order.findUniqueOrThrow({
      where: { id: placed.order.id },
      include: { lines: { include: { reservation: true } } },
    });
    expect(expired.status).toBe("EXPIRED");
    expect(expired.lines[0]).toMatchObject({ status: "RELEASED" });
    expect(expired.lines[0]!.reservation!.status).toBe("EXPIRED");
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(0);

    await checkoutPayWithCard(started.accessCode, { number: "4084084084084081", expiry: "12/30", cvv: "408" });
    const r = await confirmPayment({ reference: started.reference, source: "callback" });
    expect(r.outcome).toBe("refunded");
    const refund = await prisma.refund.findFirstOrThrow({ where: { orderId: placed.order.id } });
    expect(refund).toMatchObject({ amountMinor: 20_000, status: "PENDING" });
    expect(refund.providerRefundId).not.toBeNull();
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toMatchObject({
      status: "EXPIRED",
      amountPaidMinor: 20_000,
      amountRefundedMinor: 0,
    });

    const events = await settleRefunds(started.reference);
    expect(events).toEqual(expect.arrayContaining(["charge.success", "refund.processed"]));
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: "PROCESSED" });
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: started.reference } })).toMatchObject({
      status: "REFUNDED",
      amountRefundedMinor: 20_000,
    });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toMatchObject({
      status: "EXPIRED",
      amountRefundedMinor: 20_000,
    });
    expect((await getAccountBalance({ account: "escrow", orderId: placed.order.id })).balanceMinor).toBe(0);
    expect(await prisma.ledgerJournal.count({ where: { refundId: refund.id, kind: "REFUND" } })).toBe(1);
  });

  it("a lapsed reservation is re-taken at payment when the stock is still there", async () => {
    const { s, placed, paid } = await orderPaidByCard({ stockOnHand: 3, quantity: 2 });
    await lapseReservations(placed.order.id);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(0);
    expect((await confirmPayment({ reference: paid.reference, source: "webhook" })).outcome).toBe("succeeded");
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).toMatchObject({
      stockOnHand: 1,
      reserved: 0,
    });
    expect((await prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id } })).status).toBe("CONFIRMED");
  });

  it("a lapsed reservation whose stock was sold meanwhile: the order is released and the payment refunded", async () => {
    const { s, placed: a, paid: aPaid } = await orderPaidByCard({ stockOnHand: 1, quantity: 1 });
    await lapseReservations(a.order.id);
    const other = await shopFor();
    const b = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }], { customerId: other.shopper.id });
    const bPaid = await payByCard(b.order.number, other.shopper.id);
    expect((await confirmPayment({ reference: bPaid.reference, source: "callback" })).outcome).toBe("succeeded");

    const r = await confirmPayment({ reference: aPaid.reference, source: "webhook" });
    expect(r.outcome).toBe("refunded");
    expect(r.note).toMatch(/sold out/);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: a.order.id } })).toMatchObject({ status: "EXPIRED" });
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).toMatchObject({
      stockOnHand: 0,
      reserved: 0,
    });
    await settleRefunds(aPaid.reference);
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: aPaid.reference } })).toMatchObject({
      status: "REFUNDED",
    });
  });

  it("two attempts both paid: the order takes one, the other is refunded", async () => {
    const { s, placed, paid: one } = await orderPaidByCard({ stockOnHand: 5, quantity: 1 });
    const two = await payByCard(placed.order.number, s.shopper.id);
    expect(two.reference).not.toBe(one.reference);
    expect((await confirmPayment({ reference: one.reference, source: "callback" })).outcome).toBe("succeeded");
    const second = await confirmPayment({ reference: two.reference, source: "webhook" });
    expect(second.outcome).toBe("refunded");
    expect(second.note).toMatch(/already paid/);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } });
    expect(order).toMatchObject({ status: "PAID", amountPaidMinor: 20_000 });
    await settleRefunds(two.reference);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toMatchObject({
      status: "PAID",
      amountPaidMinor: 20_000,
      amountRefundedMinor: 10_000,
    });
    expect((await getAccountBalance({ account: "escrow", orderId: placed.order.id })).balanceMinor).toBe(10_000);
  });
});

describe("payments.poll-pending", () => {
  it("leaves a young attempt pending and abandons an old one (holds released, order still payable)", async () => {
    const s = await shopFor([{ stockOnHand: 5 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 2 }]);
    const started = await startCardPayment({ orderNumber: placed.order.number, customerId: s.shopper.id });
    await pollPendingPayments({ now: new Date(Date.now() + 2 * MIN) });
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference: started.reference } })).status).toBe(
      "PENDING",
    );
    await pollPendingPayments({ now: new Date(Date.now() + 35 * MIN) });
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference: started.reference } })).status).toBe(
      "ABANDONED",
    );
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(0);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("finds a success whose webhook never came", async () => {
    const { placed, paid } = await orderPaidByCard({ stockOnHand: 5, quantity: 1 });
    await pollPendingPayments({ now: new Date(Date.now() + 2 * MIN) });
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference: paid.reference } })).status).toBe("SUCCEEDED");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("PAID");
  });
});

describe("cancel → refund", () => {
  it("the customer cancels a paid order: lines CANCELLED, stock back, refund processed by webhook, ledger settled", async () => {
    const s = await shopFor([
      { stockOnHand: 5, priceMinor: 10_000 },
      { availability: "PRE_ORDER", batchCap: 4, priceMinor: 20_000 },
    ]);
    const batch = await createTestBatch({ originId: s.originId });
    const placed = await s.place([
      { variantId: s.variants[0]!.id, quantity: 2 },
      { variantId: s.variants[1]!.id, quantity: 1 },
    ]);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    await confirmPayment({ reference: paid.reference, source: "callback" });
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).toMatchObject({
      stockOnHand: 3,
    });

    const stranger = await shopFor();
    expect(
      toErrorBody(
        await cancelOrder({ orderNumber: placed.order.number, customerId: stranger.shopper.id }).catch(
          (e: unknown) => e,
        ),
      ).status,
    ).toBe(404);

    const result = await cancelOrder({
      orderNumber: placed.order.number,
      customerId: s.shopper.id,
      reason: "Changed my mind",
    });
    expect(result.status).toBe("CANCELLED");
    expect(result.refunds).toHaveLength(1);
    expect(result.refunds[0]).toMatchObject({ amountMinor: 40_000, status: "PENDING" });
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: placed.order.id },
      include: { lines: true, events: true },
    });
    expect(order.status).toBe("CANCELLED");
    expect(order.cancelledAt).not.toBeNull();
    expect(order.lines.every((l) => l.status === "CANCELLED")).toBe(true);
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).toMatchObject({
      stockOnHand: 5,
      reserved: 0,
    });
    expect(
      await prisma.batchAllocation.findUniqueOrThrow({
        where: { batchId_variantId: { batchId: batch.id, variantId: s.variants[1]!.id } },
      }),
    ).toMatchObject({ sold: 0, reserved: 0 });
    expect(await prisma.refundLine.count({ where: { refundId: result.refunds[0]!.id } })).toBe(2);
    expect(order.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["line.cancel", "refund.requested", "order.cancel"]),
    );
    expect(
      toErrorBody(
        await cancelOrder({ orderNumber: placed.order.number, customerId: s.shopper.id }).catch((e: unknown) => e),
      ).status,
    ).toBe(409);

    await settleRefunds(paid.reference);
    // Replayed refund webhooks change nothing.
    await deliverEmulatorWebhooks(paid.reference);
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: result.refunds[0]!.id } })).toMatchObject({
      status: "PROCESSED",
    });
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: paid.reference } })).toMatchObject({
      status: "REFUNDED",
      amountRefundedMinor: 40_000,
    });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toMatchObject({
      status: "CANCELLED",
      amountPaidMinor: 40_000,
      amountRefundedMinor: 40_000,
    });
    expect(await prisma.ledgerJournal.count({ where: { orderId: placed.order.id, kind: "REFUND" } })).toBe(1);
    expect((await getAccountBalance({ account: "escrow", orderId: placed.order.id })).balanceMinor).toBe(0);
    expect(
      await prisma.notification.count({
        where: { userId: s.shopper.id, templateKey: { in: ["order.cancelled", "refund.processed"] } },
      }),
    ).toBe(4);
  });

  it("cannot cancel once the pre-order's batch has closed, nor an unpaid order", async () => {
    const s = await shopFor([{ availability: "PRE_ORDER", priceMinor: 20_000 }]);
    const batch = await createTestBatch({ originId: s.originId });
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    expect(
      toErrorBody(
        await cancelOrder({ orderNumber: placed.order.number, customerId: s.shopper.id }).catch((e: unknown) => e),
      ).status,
    ).toBe(409);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    await confirmPayment({ reference: paid.reference, source: "callback" });
    await closeBatch({ batchId: batch.id, actor: { type: "ADMIN" } });
    const refused = await cancelOrder({ orderNumber: placed.order.number, customerId: s.shopper.id }).catch(
      (e: unknown) => e,
    );
    expect(toErrorBody(refused).body.error.message).toMatch(/shipment for your pre-order has closed/);
  });

  it("a refund Paystack fails is FAILED, credits nothing back and leaves the ledger untouched", async () => {
    const s = await shopFor([{ stockOnHand: 5, priceMinor: 10_000 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    // Mobile Money numbers ending 3333 pay, but refunds to them fail (emulator rule).
    const charge = await startMobileMoneyCharge({
      orderNumber: placed.order.number,
      customerId: s.shopper.id,
      provider: "mtn",
      phone: "0241233333",
    });
    await decidePhonePrompt((await listPhonePrompts()).find((p) => p.reference === charge.reference)!.id, "approve");
    await confirmPayment({ reference: charge.reference, source: "poll" });
    const result = await cancelOrder({ orderNumber: placed.order.number, customerId: s.shopper.id });
    await settleRefunds(charge.reference);
    const refund = await prisma.refund.findUniqueOrThrow({ where: { id: result.refunds[0]!.id } });
    expect(refund.status).toBe("FAILED");
    expect(refund.failureReason).toBeTruthy();
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: charge.reference } })).toMatchObject({
      status: "SUCCEEDED",
      amountRefundedMinor: 0,
    });
    expect(await prisma.ledgerJournal.count({ where: { orderId: placed.order.id, kind: "REFUND" } })).toBe(0);
    expect((await getAccountBalance({ account: "escrow", orderId: placed.order.id })).balanceMinor).toBe(10_000);
  });
});

describe("refunds.poll", () => {
  /** A paid order the customer cancelled: its refund is accepted by Paystack, still PENDING here. */
  async function cancelledPaidOrder(pay: "card" | "momo-refund-fails" = "card") {
    const s = await shopFor([{ stockOnHand: 5, priceMinor: 10_000 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    let reference: string;
    if (pay === "card") {
      reference = (await payByCard(placed.order.number, s.shopper.id)).reference;
      await confirmPayment({ reference, source: "callback" });
    } else {
      const charge = await startMobileMoneyCharge({
        orderNumber: placed.order.number,
        customerId: s.shopper.id,
        provider: "mtn",
        phone: "0241233333", // pays, but its refunds fail (emulator rule)
      });
      await decidePhonePrompt((await listPhonePrompts()).find((p) => p.reference === charge.reference)!.id, "approve");
      await confirmPayment({ reference: charge.reference, source: "poll" });
      reference = charge.reference;
    }
    const { refunds } = await cancelOrder({ orderNumber: placed.order.number, customerId: s.shopper.id });
    const refund = await prisma.refund.findUniqueOrThrow({ where: { id: refunds[0]!.id } });
    expect(refund).toMatchObject({ status: "PENDING" });
    expect(refund.providerRefundId).not.toBeNull();
    return { orderId: placed.order.id, reference, refundId: refund.id };
  }

  it("completes a refund whose webhooks never came; the late webhooks then change nothing", async () => {
    const { orderId, reference, refundId } = await cancelledPaidOrder();
    // Paystack finishes the refund, but none of its webhooks reaches us.
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * MIN), secretKey: key });

    // a refund touched less than a minute ago is not asked about yet
    await pollOpenRefunds({ now: new Date() });
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: refundId } })).toMatchObject({ status: "PENDING" });

    await pollOpenRefunds({ now: new Date(Date.now() + 2 * MIN) });
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: refundId } })).toMatchObject({ status: "PROCESSED" });
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      status: "REFUNDED",
      amountRefundedMinor: 10_000,
    });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      amountRefundedMinor: 10_000,
    });
    expect((await getAccountBalance({ account: "escrow", orderId })).balanceMinor).toBe(0);

    // The webhooks turn up after all (and are replayed): one journal, one refund.processed event.
    await deliverEmulatorWebhooks(reference);
    await deliverEmulatorWebhooks(reference);
    await pollOpenRefunds({ now: new Date(Date.now() + 4 * MIN) });
    expect(await prisma.ledgerJournal.count({ where: { refundId, kind: "REFUND" } })).toBe(1);
    expect(await prisma.orderEvent.count({ where: { orderId, type: "refund.process" } })).toBe(1);
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      amountRefundedMinor: 10_000,
    });
  });

  it("leaves a refund Paystack is still working on open (asked again a minute later), and fails a failed one", async () => {
    const pending = await cancelledPaidOrder();
    const t1 = new Date(Date.now() + 2 * MIN);
    await pollOpenRefunds({ now: t1 });
    const stillOpen = await prisma.refund.findUniqueOrThrow({ where: { id: pending.refundId } });
    expect(stillOpen.status).toBe("PENDING");
    expect(stillOpen.updatedAt.getTime()).toBe(t1.getTime());

    const failing = await cancelledPaidOrder("momo-refund-fails");
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * MIN), secretKey: key });
    await pollOpenRefunds({ now: new Date(Date.now() + 6 * MIN) });
    const failed = await prisma.refund.findUniqueOrThrow({ where: { id: failing.refundId } });
    expect(failed.status).toBe("FAILED");
    expect(failed.failureReason).toBeTruthy();
    expect(await prisma.ledgerJournal.count({ where: { orderId: failing.orderId, kind: "REFUND" } })).toBe(0);
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: failing.reference } })).toMatchObject({
      status: "SUCCEEDED",
      amountRefundedMinor: 0,
    });
  });
});
