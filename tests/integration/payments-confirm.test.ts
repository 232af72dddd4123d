// Paying through the Paystack emulator (same paystack-sdk path as production): success is
// applied exactly once after verification, failures release holds, retries use new
// references, Mobile Money (prompt and OTP), deposits with the balance due on arrival, and
// a verification that disagrees is flagged and never credited.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { arriveBatch } from "@/lib/batches/arrive-batch";
import { closeBatch } from "@/lib/batches/close-batch";
import { shipBatch } from "@/lib/batches/ship-batch";
import { decidePhonePrompt, listPhonePrompts } from "@/lib/integrations/paystack/emulator";
import { percentOf } from "@/lib/money";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import {
  getPaymentStatus,
  startCardPayment,
  startMobileMoneyCharge,
  submitMobileMoneyOtp,
} from "@/lib/payments/start-payment";
import { startBalancePayment } from "@/lib/payments/start-balance-payment";
import { toErrorBody } from "@/lib/errors";
import { createTestBatch } from "../factories/batches";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { type TTestVariantSpec } from "../factories/catalog";
import { CARD_DECLINED, payByCard, shopFor } from "../support/money-flows";

setupOwnPaystackIntegration("money_confirm");

const SYSTEM = { type: "SYSTEM" as const };
const journalsOf = (paymentId: string) =>
  prisma.ledgerJournal.findMany({ where: { paymentId }, include: { lines: true }, orderBy: { kind: "asc" } });

describe("card payment", () => {
  it("success is applied exactly once, whoever confirms and however often", async () => {
    const s = await shopFor([{ stockOnHand: 10, priceMinor: 10_000 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 2 }]);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    expect(paid.authorizationUrl).toContain(paid.accessCode);

    const results = await Promise.all([
      confirmPayment({ reference: paid.reference, source: "callback" }),
      confirmPayment({ reference: paid.reference, source: "webhook" }),
      confirmPayment({ reference: paid.reference, source: "poll" }),
      confirmPayment({ reference: paid.reference, source: "webhook" }),
    ]);
    expect(results.filter((r) => r.outcome === "succeeded")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "already_succeeded")).toHaveLength(3);

    const payment = await prisma.payment.findUniqueOrThrow({ where: { reference: paid.reference } });
    expect(payment).toMatchObject({ status: "SUCCEEDED", channel: "CARD", feeMinor: percentOf(20_000, 195) });
    const journals = await journalsOf(payment.id);
    expect(journals.map((j) => j.kind)).toEqual(["PAYMENT", "PAYSTACK_FEE"]);
    const lines = Object.fromEntries(
      journals.flatMap((j) => j.lines.map((l) => [`${j.kind}:${l.account}`, l.amountMinor])),
    );
    expect(lines).toEqual({
      "PAYMENT:paystack_clearing": 20_000,
      "PAYMENT:escrow": -20_000,
      "PAYSTACK_FEE:paystack_fees": percentOf(20_000, 195),
      "PAYSTACK_FEE:paystack_clearing": -percentOf(20_000, 195),
    });

    const order = await prisma.order.findUniqueOrThrow({
      where: { id: placed.order.id },
      include: { lines: { include: { reservation: true } }, events: true },
    });
    expect(order).toMatchObject({ status: "PAID", amountPaidMinor: 20_000, balanceDueMinor: 0 });
    expect(order.paidAt).not.toBeNull();
    expect(order.lines[0]).toMatchObject({ status: "CONFIRMED" });
    expect(order.lines[0]!.reservation!.status).toBe("COMMITTED");
    expect(order.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["order.placed", "payment.start", "payment.succeed", "line.pay", "order.pay"]),
    );
    const variant = await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } });
    expect(variant).toMatchObject({ stockOnHand: 8, reserved: 0 });

    const notes = await prisma.notification.findMany({
      where: { OR: [{ userId: s.shopper.id }, { vendorId: s.vendor.id }] },
    });
    expect(notes.map((n) => `${n.templateKey}:${n.channel}`).sort()).toEqual([
      "payment.received:EMAIL",
      "payment.received:SMS",
      "vendor.order_confirmed:EMAIL",
    ]);
    expect(notes.every((n) => n.status === "QUEUED")).toBe(true);
  });

  it("a declined card fails the attempt and releases holds; a retry gets a new reference and succeeds", async () => {
    const s = await shopFor([{ stockOnHand: 3 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 3 }]);
    const first = await payByCard(placed.order.number, s.shopper.id, CARD_DECLINED);
    expect(first.reference).toBe(placed.payment!.reference); // the INITIALIZED payment of checkout is used first
    const failed = await confirmPayment({ reference: first.reference, source: "callback" });
    expect(failed.outcome).toBe("failed");
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: first.reference } })).toMatchObject({
      status: "FAILED",
      failureReason: "Insufficient Funds",
    });
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(0);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("PENDING_PAYMENT");
    expect(await prisma.notification.count({ where: { userId: s.shopper.id, templateKey: "payment.failed" } })).toBe(2);

    const retry = await payByCard(placed.order.number, s.shopper.id);
    expect(retry.reference).not.toBe(first.reference);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(3); // held again
    expect((await confirmPayment({ reference: retry.reference, source: "callback" })).outcome).toBe("succeeded");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("PAID");
    expect(await prisma.payment.count({ where: { orderId: placed.order.id } })).toBe(2);
    // A failure reported again later (replay, poll) changes nothing.
    expect((await confirmPayment({ reference: first.reference, source: "poll" })).outcome).toBe("failed");
  });

  it("a retry is refused when the stock went to someone else meanwhile", async () => {
    const s = await shopFor([{ stockOnHand: 1 }]);
    const a = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    const first = await payByCard(a.order.number, s.shopper.id, CARD_DECLINED);
    await confirmPayment({ reference: first.reference, source: "callback" });
    const other = await shopFor();
    await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }], { customerId: other.shopper.id });
    const e = await startCardPayment({ orderNumber: a.order.number, customerId: s.shopper.id }).catch(
      (x: unknown) => x,
    );
    expect(toErrorBody(e)).toMatchObject({ status: 409, body: { error: { code: "OUT_OF_STOCK" } } });
  });

  it("verification with a different amount flags the payment for review and credits nothing", async () => {
    const s = await shopFor([{ stockOnHand: 5, priceMinor: 10_000 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    // Our record says 10,001 while Paystack collected 10,000 (e.g. a tampered initialize).
    await prisma.payment.update({ where: { reference: paid.reference }, data: { amountMinor: 10_001 } });
    const r = await confirmPayment({ reference: paid.reference, source: "webhook" });
    expect(r.outcome).toBe("needs_review");
    const payment = await prisma.payment.findUniqueOrThrow({ where: { reference: paid.reference } });
    expect(payment).toMatchObject({ needsReview: true, status: "PENDING" });
    expect(payment.reviewReason).toMatch(/amount 10000 ≠ 10001/);
    expect(await journalsOf(payment.id)).toHaveLength(0);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toMatchObject({
      status: "PENDING_PAYMENT",
      amountPaidMinor: 0,
    });
    expect((await confirmPayment({ reference: paid.reference, source: "poll" })).outcome).toBe("needs_review");
  });

  it("an unknown reference is NOT_FOUND", async () => {
    const e = await confirmPayment({ reference: "LI-NOPE-PXXXX", source: "callback" }).catch((x: unknown) => x);
    expect(toErrorBody(e).status).toBe(404);
  });
});

/** A fresh shop selling one `variant`, its shopper's order of one, and a Mobile Money charge for it. */
async function mobileMoneyOrder(opts: { provider: "mtn" | "atl" | "vod"; phone: string; variant?: TTestVariantSpec }) {
  const s = await shopFor([opts.variant ?? { stockOnHand: 5 }]);
  const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
  const charge = await startMobileMoneyCharge({
    orderNumber: placed.order.number,
    customerId: s.shopper.id,
    provider: opts.provider,
    phone: opts.phone,
  });
  return { s, placed, charge };
}

describe("Mobile Money", () => {
  it("approve on the phone; the payment page's status poll sees the success", async () => {
    const { s, charge } = await mobileMoneyOrder({
      provider: "mtn",
      phone: "0241234567",
      variant: { stockOnHand: 5, priceMinor: 7_500 },
    });
    expect(charge.status).toBe("pay_offline");
    expect((await getPaymentStatus({ reference: charge.reference, customerId: s.shopper.id })).status).toBe("PENDING");
    const prompt = (await listPhonePrompts()).find((p) => p.reference === charge.reference)!;
    expect(prompt.kind).toBe("approve");
    await decidePhonePrompt(prompt.id, "approve");
    await prisma.payment.update({ where: { reference: charge.reference }, data: { lastCheckedAt: null } });
    const status = await getPaymentStatus({ reference: charge.reference, customerId: s.shopper.id });
    expect(status).toMatchObject({ status: "SUCCEEDED", orderStatus: "PAID" });
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: charge.reference } })).toMatchObject({
      channel: "MOBILE_MONEY",
      mobileMoneyProvider: "MTN",
      mobileMoneyPhone: "0241234567",
    });
    // Another customer cannot read it.
    const e = await getPaymentStatus({
      reference: charge.reference,
      customerId: (await shopFor()).shopper.id,
    }).catch((x: unknown) => x);
    expect(toErrorBody(e).status).toBe(404);
  });

  it("the OTP step, a wrong code refused, the right one pays", async () => {
    const { s, placed, charge } = await mobileMoneyOrder({ provider: "vod", phone: "0201232222" });
    expect(charge.status).toBe("send_otp");
    const otp = (await listPhonePrompts()).find((p) => p.reference === charge.reference)!.otp!;
    const wrong = await submitMobileMoneyOtp({
      reference: charge.reference,
      customerId: s.shopper.id,
      otp: otp === "000000" ? "111111" : "000000",
    });
    expect(wrong).toMatchObject({ status: "send_otp", displayText: "Incorrect OTP. Please try again." });
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference: charge.reference } })).status).toBe("PENDING");
    const ok = await submitMobileMoneyOtp({ reference: charge.reference, customerId: s.shopper.id, otp });
    expect(ok.status).toBe("success");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("PAID");
  });

  it("a network decline fails the payment at once", async () => {
    const { s, charge } = await mobileMoneyOrder({ provider: "atl", phone: "0271230000" });
    expect(charge.status).toBe("failed");
    expect(await prisma.payment.findUniqueOrThrow({ where: { reference: charge.reference } })).toMatchObject({
      status: "FAILED",
    });
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(0);
  });
});

describe("deposit plan and the balance", () => {
  it("pre-order lines go to the soonest OPEN batch; arrival makes the balance due; BALANCE payment clears it", async () => {
    const s = await shopFor([
      { stockOnHand: 5, priceMinor: 5_000 },
      { availability: "PRE_ORDER", batchCap: 10, priceMinor: 30_000 },
    ]);
    const later = await createTestBatch({
      originId: s.originId,
      cutoffAt: new Date(Date.now() + 20 * 86_400_000),
    });
    const placed = await s.place(
      [
        { variantId: s.variants[0]!.id, quantity: 1 },
        { variantId: s.variants[1]!.id, quantity: 1 },
      ],
      { paymentPlan: "DEPOSIT" },
    );
    const deposit = 5_000 + percentOf(30_000, 3000);
    expect(placed.payment).toMatchObject({ kind: "DEPOSIT", amountMinor: deposit });
    // A batch closing sooner opens before the customer pays: the paid line goes there.
    const sooner = await createTestBatch({
      originId: s.originId,
      cutoffAt: new Date(Date.now() + 3 * 86_400_000),
    });
    const paid = await payByCard(placed.order.number, s.shopper.id);
    expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
    const lines = await prisma.orderLine.findMany({
      where: { orderId: placed.order.id },
      include: { reservation: true },
    });
    const pre = lines.find((l) => l.availability === "PRE_ORDER")!;
    expect(pre).toMatchObject({ status: "CONFIRMED", batchId: sooner.id });
    expect(
      await prisma.batchAllocation.findUnique({
        where: { batchId_variantId: { batchId: sooner.id, variantId: s.variants[1]!.id } },
      }),
    ).toMatchObject({ reserved: 0, sold: 1 });
    expect(
      await prisma.batchAllocation.findUnique({
        where: { batchId_variantId: { batchId: later.id, variantId: s.variants[1]!.id } },
      }),
    ).toMatchObject({ reserved: 0, sold: 0 });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toMatchObject({
      status: "PAID",
      amountPaidMinor: deposit,
      balanceDueMinor: 0,
    });

    // Nothing to pay before arrival.
    expect(
      toErrorBody(
        await startBalancePayment({ orderNumber: placed.order.number, customerId: s.shopper.id }).catch(
          (x: unknown) => x,
        ),
      ).status,
    ).toBe(409);

    await prisma.$transaction(async (tx) => {
      await transitionLine(tx, { lineId: pre.id, event: "PROCURE", actor: { type: "VENDOR" } });
      await transitionLine(tx, { lineId: pre.id, event: "SHIP", actor: SYSTEM });
    });
    await closeBatch({ batchId: sooner.id, actor: { type: "ADMIN" } });
    await shipBatch({ batchId: sooner.id, actor: { type: "ADMIN" }, carrier: "DHL", trackingNumber: "TRACK1" });
    const arrived = await arriveBatch({ batchId: sooner.id, actor: { type: "ADMIN" } });
    expect(arrived.balances).toEqual([{ orderNumber: placed.order.number, balanceDueMinor: 35_000 - deposit }]);
    const due = await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } });
    expect(due).toMatchObject({ status: "IN_PROGRESS", balanceDueMinor: 35_000 - deposit });
    expect(await prisma.notification.count({ where: { userId: s.shopper.id, templateKey: "order.balance_due" } })).toBe(
      2,
    );
    // The balance blocks dispatch.
    const blocked = await prisma
      .$transaction((tx) => transitionLine(tx, { lineId: pre.id, event: "DISPATCH", actor: SYSTEM }))
      .catch((x: unknown) => x);
    expect(toErrorBody(blocked).body.error.code).toBe("INVALID_STATE");

    const balance = await startBalancePayment({ orderNumber: placed.order.number, customerId: s.shopper.id });
    expect(balance.amountMinor).toBe(35_000 - deposit);
    const bpaid = await payByCard(placed.order.number, s.shopper.id, undefined, "BALANCE");
    expect(bpaid.reference).toBe(balance.reference);
    expect((await confirmPayment({ reference: bpaid.reference, source: "webhook" })).outcome).toBe("succeeded");
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toMatchObject({
      status: "READY_FOR_DELIVERY",
      amountPaidMinor: 35_000,
      balanceDueMinor: 0,
    });
    expect(await prisma.ledgerJournal.count({ where: { orderId: placed.order.id, kind: "PAYMENT" } })).toBe(2);
  });
});
