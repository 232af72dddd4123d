// The customer's order pages' read models: scoped to the customer, grouped by vendor and
// shipment, with milestones, plain-language activity, payments, refunds and the actions
// the page may offer — followed through a real payment and a cancellation.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { arriveBatch } from "@/lib/batches/arrive-batch";
import { closeBatch } from "@/lib/batches/close-batch";
import { shipBatch } from "@/lib/batches/ship-batch";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { getCustomerOrderOrThrow } from "@/lib/orders/get-customer-order";
import { getLatestPayableOrder, listCustomerOrders } from "@/lib/orders/list-customer-orders";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { createTestBatch } from "../factories/batches";
import { createTestShopper } from "../factories/checkout";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { CARD_DECLINED, payByCard, shopFor } from "../support/money-flows";

setupOwnPaystackIntegration("customer_orders");

describe("getCustomerOrderOrThrow", () => {
  it("is not found for another customer, exactly like a missing number", async () => {
    const s = await shopFor();
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    const stranger = await createTestShopper();
    await expect(
      getCustomerOrderOrThrow({ customerId: stranger.id, number: placed.order.number }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCustomerOrderOrThrow({ customerId: s.shopper.id, number: "LI-NOPE00" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await getCustomerOrderOrThrow({ customerId: s.shopper.id, number: placed.order.number });
    expect(own).toMatchObject({ status: "PENDING_PAYMENT", can: { pay: true, payBalance: false, cancel: false } });
  });

  it("follows an order from placed to paid to cancelled with its refund", async () => {
    const s = await shopFor([
      { stockOnHand: 5, priceMinor: 10_000 },
      { availability: "PRE_ORDER", priceMinor: 30_000 },
    ]);
    const batch = await createTestBatch({ originId: s.originId });
    const placed = await s.place([
      { variantId: s.variants[0]!.id, quantity: 2 },
      { variantId: s.variants[1]!.id, quantity: 1 },
    ]);
    const read = () => getCustomerOrderOrThrow({ customerId: s.shopper.id, number: placed.order.number });

    let o = await read();
    expect(o.itemsCount).toBe(3);
    expect(o.vendors).toHaveLength(1);
    expect(o.vendors[0]!.shipments.map((x) => x.kind).sort()).toEqual(["BATCH", "IN_STOCK"]);
    expect(o.vendors[0]!.shipments.find((x) => x.kind === "BATCH")!.batch).toMatchObject({
      code: batch.code,
      status: "OPEN",
    });
    expect(o.milestones.map((m) => [m.key, m.state])).toEqual([
      ["placed", "done"],
      ["paid", "upcoming"],
      ["procured", "upcoming"],
      ["shipped", "upcoming"],
      ["arrived", "upcoming"],
      ["out_for_delivery", "upcoming"],
      ["delivered", "upcoming"],
    ]);
    expect(o.amounts).toMatchObject({
      subtotalMinor: 50_000,
      totalMinor: 50_000,
      paidMinor: 0,
      balanceDueMinor: 50_000,
      dueOnArrivalMinor: 0,
    });

    // a declined card: visible as a failed attempt, the order stays payable
    const declined = await payByCard(placed.order.number, s.shopper.id, CARD_DECLINED);
    await confirmPayment({ reference: declined.reference, source: "callback" });
    o = await read();
    expect(o.status).toBe("PENDING_PAYMENT");
    expect(o.payments[0]).toMatchObject({ reference: declined.reference, status: "FAILED" });
    expect(o.can.pay).toBe(true);

    const paid = await payByCard(placed.order.number, s.shopper.id);
    await confirmPayment({ reference: paid.reference, source: "callback" });
    o = await read();
    expect(o.status).toBe("PAID");
    expect(o.milestones.find((m) => m.key === "paid")).toMatchObject({ state: "done", at: expect.any(String) });
    expect(o.amounts).toMatchObject({ paidMinor: 50_000, balanceDueMinor: 0 });
    expect(o.can).toEqual({ pay: false, payBalance: false, cancel: true });
    expect(o.activity.map((e) => e.text)).toEqual(
      expect.arrayContaining([
        "Order placed",
        "Payment received: GH₵ 500.00",
        expect.stringMatching(/^Payment failed/),
      ]),
    );
    expect(o.activity[0]!.at >= o.activity.at(-1)!.at).toBe(true); // newest first

    await cancelOrder({ orderNumber: o.number, customerId: s.shopper.id, reason: "Changed my mind" });
    o = await read();
    expect(o.status).toBe("CANCELLED");
    expect(o.can.cancel).toBe(false);
    expect(o.refunds).toEqual([expect.objectContaining({ amountMinor: 50_000, reason: "Changed my mind" })]);
    expect(o.milestones.map((m) => m.key)).toEqual(["placed", "paid", "cancelled", "refunded"]);
    expect(o.amounts.refundPendingMinor + o.amounts.refundedMinor).toBe(50_000);
    expect(o.activity.map((e) => e.text)).toContain("Refund of GH₵ 500.00 requested");
    expect(o.activity.find((e) => e.text === "Order cancelled")).toBeTruthy();
    expect(o.activity.some((e) => e.note === "Changed my mind")).toBe(true);
  });
});

describe("deposit orders", () => {
  it("show what falls due on arrival, then offer “Pay balance” once the batch arrived, until it is paid", async () => {
    const s = await shopFor([{ availability: "PRE_ORDER", priceMinor: 40_000 }]);
    const batch = await createTestBatch({ originId: s.originId });
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }], { paymentPlan: "DEPOSIT" });
    const read = () => getCustomerOrderOrThrow({ customerId: s.shopper.id, number: placed.order.number });
    const deposit = placed.payment!.amountMinor;
    expect((await read()).amounts).toMatchObject({ balanceDueMinor: deposit, dueOnArrivalMinor: 0 });

    const paid = await payByCard(placed.order.number, s.shopper.id);
    await confirmPayment({ reference: paid.reference, source: "callback" });
    let o = await read();
    expect(o.amounts).toMatchObject({ paidMinor: deposit, balanceDueMinor: 0, dueOnArrivalMinor: 40_000 - deposit });
    expect(o.can.payBalance).toBe(false);

    const line = (await prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id } })).id;
    await prisma.$transaction(async (tx) => {
      await transitionLine(tx, { lineId: line, event: "PROCURE", actor: { type: "VENDOR" } });
      await transitionLine(tx, { lineId: line, event: "SHIP", actor: { type: "SYSTEM" } });
    });
    await closeBatch({ batchId: batch.id, actor: { type: "ADMIN" } });
    await shipBatch({ batchId: batch.id, actor: { type: "ADMIN" }, carrier: "DHL", trackingNumber: "T1" });
    await arriveBatch({ batchId: batch.id, actor: { type: "ADMIN" } });
    o = await read();
    expect(o.amounts).toMatchObject({ balanceDueMinor: 40_000 - deposit, dueOnArrivalMinor: 0 });
    expect(o.can).toMatchObject({ pay: false, payBalance: true, cancel: false });
    expect(o.milestones.find((m) => m.key === "arrived")).toMatchObject({ state: "done" });

    const balance = await payByCard(placed.order.number, s.shopper.id, undefined, "BALANCE");
    await confirmPayment({ reference: balance.reference, source: "callback" });
    o = await read();
    expect(o.amounts).toMatchObject({ paidMinor: 40_000, balanceDueMinor: 0 });
    expect(o.can.payBalance).toBe(false);
    expect(o.activity.map((e) => e.text)).toContain(`Balance received: GH₵ ${((40_000 - deposit) / 100).toFixed(2)}`);
  });
});

describe("listCustomerOrders", () => {
  it("lists only the customer's orders, newest first, in pages by order number", async () => {
    const s = await shopFor([{ stockOnHand: 20, priceMinor: 5_000 }]);
    const numbers: string[] = [];
    for (let i = 0; i < 5; i++)
      numbers.push((await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }])).order.number);
    const other = await shopFor();
    await other.place([{ variantId: other.variants[0]!.id, quantity: 1 }]);

    const first = await listCustomerOrders({ customerId: s.shopper.id, limit: 2 });
    expect(first.items.map((o) => o.number)).toEqual([numbers[4], numbers[3]]);
    expect(first.items[0]).toMatchObject({ status: "PENDING_PAYMENT", totalMinor: 5_000, itemsCount: 1 });
    const second = await listCustomerOrders({ customerId: s.shopper.id, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((o) => o.number)).toEqual([numbers[2], numbers[1]]);
    const last = await listCustomerOrders({ customerId: s.shopper.id, limit: 2, cursor: second.nextCursor });
    expect(last).toEqual({ items: [expect.objectContaining({ number: numbers[0] })], nextCursor: null });

    // another customer's number as a cursor does not leak or shift anything
    const foreign = await listCustomerOrders({ customerId: other.shopper.id, cursor: numbers[2] });
    expect(foreign.items).toHaveLength(1);
    expect((await getLatestPayableOrder({ customerId: s.shopper.id }))?.number).toBe(numbers[4]);
  });
});
