// Every effect of every batch transition, on orders paid through the real money path
// (placeOrder → Paystack emulator → confirmPayment): lines moved through the line lifecycle,
// balances due, refunds of every paid line on cancel (exactly once, also when retried or
// raced), order events and outbox rows — all in the transaction that moves the batch.
import { describe, expect, it } from "vitest";
import { inRolledBackTransaction, prisma } from "@/lib/db";
import { arriveBatch } from "@/lib/batches/arrive-batch";
import { cancelBatch } from "@/lib/batches/cancel-batch";
import { closeBatch } from "@/lib/batches/close-batch";
import { closeDueBatches } from "@/lib/batches/close-due-batches";
import { completeBatch } from "@/lib/batches/complete-batch";
import { shipBatch } from "@/lib/batches/ship-batch";
import { transitionBatch } from "@/lib/batches/transition-batch";
import { advanceEmulatorClock } from "@/lib/integrations/paystack/emulator";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { createTestBatch } from "../factories/batches";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { deliverEmulatorWebhooks, payByCard, shopFor } from "../support/money-flows";

const key = setupOwnPaystackIntegration("batch_effects");
const ops = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const admin = { type: "ADMIN" as const, id: ops.id };
const PRE = 20_000;
const STOCK = 10_000;

/** A shop with a pre-order variant (cap 10) and an in-stock one, and an OPEN batch for its origin. */
async function shopWithBatch() {
  const s = await shopFor([
    { availability: "PRE_ORDER", batchCap: 10, priceMinor: PRE },
    { stockOnHand: 10, priceMinor: STOCK },
  ]);
  const batch = await createTestBatch({ originId: s.originId, minUnits: 2 });
  const [pre, stock] = [s.variants[0]!.id, s.variants[1]!.id];
  /** Places and pays an order of these lines (FULL unless DEPOSIT). */
  const paidOrder = async (lines: { variantId: string; quantity: number }[], plan: "FULL" | "DEPOSIT" = "FULL") => {
    const placed = await s.place(lines, { paymentPlan: plan });
    const paid = await payByCard(placed.order.number, s.shopper.id);
    expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
    return { ...placed.order, paymentReference: paid.reference };
  };
  return { s, batch, pre, stock, paidOrder };
}

const linesOf = (orderId: string) =>
  prisma.orderLine.findMany({ where: { orderId }, orderBy: { lineTotalMinor: "desc" } });
const procureAll = (batchId: string) =>
  prisma.$transaction(async (tx) => {
    const lines = await tx.orderLine.findMany({ where: { batchId, status: "CONFIRMED" }, select: { id: true } });
    for (const l of lines) await transitionLine(tx, { lineId: l.id, event: "PROCURE", actor: { type: "VENDOR" } });
  });
const outbox = (userId: string, templateKey: string) =>
  prisma.notification.findMany({ where: { userId, templateKey }, orderBy: { channel: "asc" } });

describe("close", () => {
  it("flags a batch below its minimum and says so in its event; the lines stay with the vendors", async () => {
    const { batch, pre, paidOrder } = await shopWithBatch();
    const order = await paidOrder([{ variantId: pre, quantity: 1 }]);
    const closed = await closeBatch({ batchId: batch.id, actor: admin });
    expect(closed.batch).toMatchObject({ status: "CLOSED", isBelowMinimum: true });
    const event = await prisma.batchEvent.findFirstOrThrow({ where: { batchId: batch.id, toStatus: "CLOSED" } });
    expect(event.note).toBe("Closed below minimum: 1 of 2 units.");
    expect((await linesOf(order.id))[0]).toMatchObject({ status: "CONFIRMED", batchId: batch.id });
  });
});

describe("the group-buy minimum at the cut-off", () => {
  it("with auto-cancel on, a batch under its minimum is cancelled and every paid line refunded", async () => {
    const { s, batch, pre, paidOrder } = await shopWithBatch();
    const order = await paidOrder([{ variantId: pre, quantity: 1 }]);
    const afterCutoff = new Date(batch.cutoffAt.getTime() + 1000);
    const [closed] = await closeDueBatches({ now: afterCutoff, originIds: [s.originId], autoCancelUnderMinimum: true });
    expect(closed).toMatchObject({ batchId: batch.id, isBelowMinimum: true, isCancelled: true });
    const b = await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(b).toMatchObject({ status: "CANCELLED", cancelReason: expect.stringMatching(/group-buy minimum/) });
    const refunds = await prisma.refund.findMany({ where: { orderId: order.id } });
    expect(refunds.map((r) => r.amountMinor)).toEqual([PRE]);
    expect(await outbox(s.shopper.id, "order.cancelled")).not.toHaveLength(0);
  });

  it("the cut-off job reads the platform setting (changed in /admin/settings) when not told", async () => {
    const { s, batch, pre, paidOrder } = await shopWithBatch();
    await paidOrder([{ variantId: pre, quantity: 1 }]);
    const afterCutoff = new Date(batch.cutoffAt.getTime() + 1000);
    // one rolled-back transaction: the shared settings row is never changed for other test files
    const run = (autoCancelUnderMinimum: boolean) =>
      inRolledBackTransaction(prisma, async (tx) => {
        await tx.platformSettings.upsert({
          where: { id: "platform" },
          create: { id: "platform", autoCancelUnderMinimum },
          update: { autoCancelUnderMinimum },
        });
        const [closed] = await closeDueBatches({ now: afterCutoff, originIds: [s.originId] }, tx);
        return { closed, status: (await tx.batch.findUniqueOrThrow({ where: { id: batch.id } })).status };
      });
    expect(await run(true)).toMatchObject({ closed: { isCancelled: true }, status: "CANCELLED" });
    expect(await run(false)).toMatchObject({ closed: { isBelowMinimum: true, isCancelled: false }, status: "CLOSED" });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("OPEN");
  });

  it("with auto-cancel off, it waits closed and flagged for an admin's decision", async () => {
    const { s, batch, pre, paidOrder } = await shopWithBatch();
    await paidOrder([{ variantId: pre, quantity: 1 }]);
    const afterCutoff = new Date(batch.cutoffAt.getTime() + 1000);
    const [closed] = await closeDueBatches({
      now: afterCutoff,
      originIds: [s.originId],
      autoCancelUnderMinimum: false,
    });
    expect(closed).toMatchObject({ isBelowMinimum: true, isCancelled: false });
    expect(await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: "CLOSED",
      isBelowMinimum: true,
    });
    expect(
      await prisma.refund.count({ where: { payment: { order: { lines: { some: { batchId: batch.id } } } } } }),
    ).toBe(0);
  });
});

describe("ship", () => {
  it("moves every procured line to SHIPPED, re-derives the orders and tells each customer the tracking", async () => {
    const { s, batch, pre, paidOrder } = await shopWithBatch();
    const order = await paidOrder([{ variantId: pre, quantity: 2 }]);
    await procureAll(batch.id);
    await closeBatch({ batchId: batch.id, actor: admin });
    const shipped = await shipBatch({ batchId: batch.id, actor: admin, carrier: "DHL", trackingNumber: "JD0142" });

    expect(shipped).toMatchObject({ to: "IN_TRANSIT", linesShipped: 1, ordersShipped: 1, linesRefunded: 0 });
    expect(shipped.batch).toMatchObject({ carrier: "DHL", trackingNumber: "JD0142" });
    expect((await linesOf(order.id))[0]!.status).toBe("SHIPPED");
    const o = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(o.status).toBe("IN_PROGRESS");
    expect(o.events.map((e) => e.type)).toEqual(expect.arrayContaining(["line.ship", "order.start"]));
    const sent = await outbox(s.shopper.id, "order.shipped");
    expect(sent.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(sent[0]!.data).toMatchObject({
      orderNumber: order.number,
      carrier: "DHL",
      trackingNumber: "JD0142",
      arrivalWindowStart: batch.arrivalWindowStart.toISOString(),
    });
  });

  it("refuses while lines are not procured and changes nothing; with refundUnprocured they are refunded", async () => {
    const { batch, pre, stock, paidOrder } = await shopWithBatch();
    const mixed = await paidOrder([
      { variantId: pre, quantity: 1 },
      { variantId: stock, quantity: 1 },
    ]);
    const other = await paidOrder([{ variantId: pre, quantity: 1 }]);
    await closeBatch({ batchId: batch.id, actor: admin });
    const [mixedPre] = await linesOf(mixed.id);
    await prisma.$transaction((tx) =>
      transitionLine(tx, { lineId: mixedPre!.id, event: "PROCURE", actor: { type: "VENDOR" } }),
    );

    await expect(
      shipBatch({ batchId: batch.id, actor: admin, carrier: "DHL", trackingNumber: "X1" }),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("1 line(s) of 1 order(s) are not procured yet"),
    });
    expect(await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: "CLOSED",
      carrier: null,
    });
    expect(await prisma.refund.count({ where: { orderId: { in: [mixed.id, other.id] } } })).toBe(0);

    const shipped = await shipBatch({
      batchId: batch.id,
      actor: admin,
      carrier: "DHL",
      trackingNumber: "X1",
      refundUnprocured: true,
    });
    expect(shipped).toMatchObject({ linesShipped: 1, linesRefunded: 1 });
    expect((await linesOf(other.id))[0]).toMatchObject({
      status: "UNAVAILABLE",
      unavailableReason: expect.stringContaining("Not handed over before batch"),
    });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "REFUNDED" });
    const refund = await prisma.refund.findFirstOrThrow({ where: { orderId: other.id } });
    expect(refund.amountMinor).toBe(PRE);
    expect((await linesOf(mixed.id)).map((l) => l.status)).toEqual(["SHIPPED", "CONFIRMED"]);
    expect(await prisma.refund.count({ where: { orderId: mixed.id } })).toBe(0);
  });
});

describe("arrive and complete", () => {
  it("arrival moves shipped lines, makes deposit balances due and readies paid-up orders", async () => {
    const { s, batch, pre, paidOrder } = await shopWithBatch();
    const full = await paidOrder([{ variantId: pre, quantity: 1 }]);
    const deposit = await paidOrder([{ variantId: pre, quantity: 1 }], "DEPOSIT");
    const paidDeposit = (await prisma.order.findUniqueOrThrow({ where: { id: deposit.id } })).amountPaidMinor;
    await procureAll(batch.id);
    await closeBatch({ batchId: batch.id, actor: admin });
    await shipBatch({ batchId: batch.id, actor: admin, carrier: "DHL", trackingNumber: "A1" });
    const arrived = await arriveBatch({ batchId: batch.id, actor: admin });

    expect(arrived).toMatchObject({ to: "ARRIVED", linesArrived: 2, ordersTouched: 2 });
    expect(arrived.balances).toEqual([{ orderNumber: deposit.number, balanceDueMinor: PRE - paidDeposit }]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: full.id } })).toMatchObject({
      status: "READY_FOR_DELIVERY",
      balanceDueMinor: 0,
    });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: deposit.id } })).toMatchObject({
      status: "IN_PROGRESS",
      balanceDueMinor: PRE - paidDeposit,
    });
    expect((await linesOf(full.id))[0]!.status).toBe("ARRIVED");
    expect(await outbox(s.shopper.id, "order.balance_due")).toHaveLength(2);
    // the paid-up order is ready for the door at once; the deposit order waits for its balance
    expect(await prisma.delivery.findUnique({ where: { orderId: full.id } })).toMatchObject({ status: "PENDING" });
    expect(await prisma.delivery.findUnique({ where: { orderId: deposit.id } })).toBeNull();

    await expect(completeBatch({ batchId: batch.id, actor: admin })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "2 line(s) in this batch are not delivered, refunded or returned yet.",
    });
  });
});

describe("cancel", () => {
  it("refunds every paid line of the batch once, keeps what the rest of an order needs, tells everyone", async () => {
    const { s, batch, pre, stock, paidOrder } = await shopWithBatch();
    const whole = await paidOrder([{ variantId: pre, quantity: 2 }]);
    const partial = await paidOrder([
      { variantId: pre, quantity: 1 },
      { variantId: stock, quantity: 1 },
    ]);
    const deposit = await paidOrder([{ variantId: pre, quantity: 1 }], "DEPOSIT");
    const depositPaid = (await prisma.order.findUniqueOrThrow({ where: { id: deposit.id } })).amountPaidMinor;
    await closeBatch({ batchId: batch.id, actor: admin });
    const stockBefore = (await prisma.variant.findUniqueOrThrow({ where: { id: stock } })).stockOnHand;

    const result = await cancelBatch({ batchId: batch.id, actor: admin, reason: "Supplier strike at the port" });
    expect(result).toMatchObject({ to: "CANCELLED", linesCancelled: 3, ordersTouched: 3 });
    expect(result.refundMinor).toBe(2 * PRE + PRE + depositPaid);
    expect(result.batch.cancelReason).toBe("Supplier strike at the port");

    const refundOf = async (orderId: string) =>
      (await prisma.refund.findMany({ where: { orderId } })).map((r) => r.amountMinor);
    expect(await refundOf(whole.id)).toEqual([2 * PRE]);
    expect(await refundOf(partial.id)).toEqual([PRE]);
    expect(await refundOf(deposit.id)).toEqual([depositPaid]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: whole.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: deposit.id } })).toMatchObject({
      status: "CANCELLED",
    });
    expect((await linesOf(partial.id)).map((l) => l.status)).toEqual(["CANCELLED", "CONFIRMED"]);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: stock } })).stockOnHand).toBe(stockBefore);
    expect(
      await prisma.batchAllocation.findUniqueOrThrow({
        where: { batchId_variantId: { batchId: batch.id, variantId: pre } },
      }),
    ).toMatchObject({ sold: 0, reserved: 0 });
    // Refund lines point at the cancelled lines only.
    const partialRefund = await prisma.refund.findFirstOrThrow({
      where: { orderId: partial.id },
      include: { lines: true },
    });
    expect(partialRefund.lines.map((l) => l.orderLineId)).toEqual([(await linesOf(partial.id))[0]!.id]);

    expect(await outbox(s.shopper.id, "order.cancelled")).toHaveLength(4); // 2 orders × SMS + EMAIL
    const partialNote = await outbox(s.shopper.id, "order.items_cancelled");
    expect(partialNote).toHaveLength(2);
    expect(partialNote[0]!.data).toMatchObject({ orderNumber: partial.number, refundAmount: "GH₵ 200.00" });
    expect(
      await prisma.notification.count({
        where: { templateKey: "vendor.batch_cancelled", vendorId: s.product.vendorId },
      }),
    ).toBe(1);

    // A retry (or a second admin) is refused and refunds nothing more.
    await expect(
      cancelBatch({ batchId: batch.id, actor: admin, reason: "Supplier strike at the port" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", message: "A cancelled batch cannot be cancelled." });
    expect(await prisma.refund.count({ where: { orderId: { in: [whole.id, partial.id, deposit.id] } } })).toBe(3);

    // Paystack completes the refunds; the books still balance.
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * 60_000), secretKey: key });
    for (const o of [whole, partial, deposit]) await deliverEmulatorWebhooks(o.paymentReference);
    expect(
      await prisma.refund.count({
        where: { orderId: { in: [whole.id, partial.id, deposit.id] }, status: "PROCESSED" },
      }),
    ).toBe(3);
    const ledger = await checkLedger({ orderIds: [whole.id, partial.id, deposit.id] });
    expect(ledger.problems).toEqual([]);
  });

  it("two cancels at once: one wins, every paid line is refunded exactly once", async () => {
    const { batch, pre, paidOrder } = await shopWithBatch();
    const orders = [
      await paidOrder([{ variantId: pre, quantity: 1 }]),
      await paidOrder([{ variantId: pre, quantity: 3 }]),
    ];
    const results = await Promise.allSettled(
      [1, 2].map(() => transitionBatch({ batchId: batch.id, event: "CANCEL", actor: admin, reason: "Route closed" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refunds = await prisma.refund.findMany({ where: { orderId: { in: orders.map((o) => o.id) } } });
    expect(refunds.map((r) => r.amountMinor).sort((a, b) => a - b)).toEqual([PRE, 3 * PRE]);
    expect(await prisma.batchEvent.count({ where: { batchId: batch.id, toStatus: "CANCELLED" } })).toBe(1);
  });

  it("a payment racing the cancel never lands a paid line in the cancelled batch", async () => {
    const { s, batch, pre } = await shopWithBatch();
    const placed = await s.place([{ variantId: pre, quantity: 1 }]);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    const [confirmed] = await Promise.allSettled([
      confirmPayment({ reference: paid.reference, source: "callback" }),
      cancelBatch({ batchId: batch.id, actor: admin, reason: "Route closed" }),
    ]);
    expect(confirmed.status).toBe("fulfilled");
    const line = (await linesOf(placed.order.id))[0]!;
    // Either the payment came first (the cancel refunded it) or after (nothing to join: refunded).
    expect(["CANCELLED", "RELEASED"]).toContain(line.status);
    const refunded = await prisma.refund.aggregate({
      where: { orderId: placed.order.id },
      _sum: { amountMinor: true },
    });
    expect(refunded._sum.amountMinor).toBe(PRE);
  });
});
