// POST /api/webhooks/paystack through the REAL route handler: signature before parsing,
// storage under a unique key, replays and out-of-order deliveries, and 1,000 shuffled
// deliveries with 30 % duplicates crediting each payment exactly once.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { initializeTransaction, createRefund as paystackCreateRefund } from "@/lib/integrations/paystack/api";
import { advanceEmulatorClock, checkoutPayWithCard, listEmulatorWebhooks } from "@/lib/integrations/paystack/emulator";
import { signPaystackBody } from "@/lib/integrations/paystack/signature";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { SYSTEM } from "@/lib/orders/order-events";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { processWebhookEvent } from "@/lib/payments/webhooks/process-webhook-event";
import { createRefund } from "@/lib/refunds/create-refund";
import { submitRefund } from "@/lib/refunds/submit-refund";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestOrder } from "../factories/orders";
import { mapLimit, seededRandom } from "../support/seeded-random";
import {
  CARD_OK,
  deliverEmulatorWebhooks,
  payByCard,
  postWebhook,
  processStoredEvents,
  shopFor,
} from "../support/money-flows";

const key = setupOwnPaystackIntegration("money_webhooks");

const eventsFor = (reference: string) =>
  prisma.webhookEvent.findMany({
    where: {
      OR: [
        { payload: { path: ["data", "reference"], equals: reference } },
        { payload: { path: ["data", "transaction_reference"], equals: reference } },
      ],
    },
  });

describe("signature first", () => {
  it("rejects forged, missing and malformed signatures with 401 and stores nothing", async () => {
    const reference = `forged-${Date.now()}`;
    const body = JSON.stringify({
      event: "charge.success",
      data: { id: 1, reference, amount: 100, currency: "GHS", status: "success" },
    });
    expect((await postWebhook(body, signPaystackBody(body, "sk_emulator_someone_else"))).status).toBe(401);
    expect((await postWebhook(body, null)).status).toBe(401);
    expect((await postWebhook(body, "not-hex")).status).toBe(401);
    // A correct signature of a different body (tampered after signing).
    expect((await postWebhook(body.replace("100", "1"), signPaystackBody(body, key))).status).toBe(401);
    expect(await eventsFor(reference)).toHaveLength(0);
  });

  it("a signed body that is not a Paystack event is a 400", async () => {
    expect((await postWebhook("not json", signPaystackBody("not json", key))).status).toBe(400);
    const noEvent = JSON.stringify({ data: {} });
    expect((await postWebhook(noEvent, signPaystackBody(noEvent, key))).status).toBe(400);
  });
});

describe("stored once, routed", () => {
  it("a replayed charge.success answers 200, stores one event, credits once", async () => {
    const s = await shopFor([{ stockOnHand: 5 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    const [row] = await listEmulatorWebhooks({ subject: paid.reference });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await (await postWebhook(row!.body, row!.signature)).json());
    expect(answers).toEqual([
      { received: true },
      { received: true, duplicate: true },
      { received: true, duplicate: true },
    ]);
    const events = await eventsFor(paid.reference);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ provider: "paystack", eventType: "charge.success", status: "RECEIVED" });
    await processWebhookEvent({ webhookEventId: events[0]!.id });
    await processWebhookEvent({ webhookEventId: events[0]!.id });
    expect(await prisma.webhookEvent.findUniqueOrThrow({ where: { id: events[0]!.id } })).toMatchObject({
      status: "PROCESSED",
      attempts: 1,
    });
    expect(
      await prisma.ledgerJournal.count({ where: { payment: { reference: paid.reference }, kind: "PAYMENT" } }),
    ).toBe(1);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("PAID");
  });

  it("unknown references, unhandled events and transfers without a payout are IGNORED with a note", async () => {
    const stamp = Date.now();
    const bodies = [
      {
        event: "charge.success",
        data: { id: `x${stamp}`, reference: `nobody-${stamp}`, amount: 100, currency: "GHS" },
      },
      { event: "subscription.create", data: { id: `s${stamp}` } },
      {
        event: "transfer.success",
        data: { id: `t${stamp}`, reference: `payout-${stamp}`, transfer_code: `TRF_${stamp}` },
      },
    ];
    for (const b of bodies) {
      const raw = JSON.stringify(b);
      expect((await postWebhook(raw, signPaystackBody(raw, key))).status).toBe(200);
      const stored = await prisma.webhookEvent.findUniqueOrThrow({
        where: { provider_eventKey: { provider: "paystack", eventKey: `${b.event}:${b.data.id}` } },
      });
      await processWebhookEvent({ webhookEventId: stored.id });
      const done = await prisma.webhookEvent.findUniqueOrThrow({ where: { id: stored.id } });
      expect(done.status).toBe("IGNORED");
      expect(done.lastError).toBeTruthy();
    }
  });

  it("out of order: a refund.processed that beats our record of Paystack's refund id still completes the right refund", async () => {
    const s = await shopFor([{ stockOnHand: 5, priceMinor: 10_000 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    await confirmPayment({ reference: paid.reference, source: "callback" });
    const payment = await prisma.payment.findUniqueOrThrow({ where: { reference: paid.reference } });
    const refund = await prisma.$transaction((tx) =>
      createRefund(tx, { paymentId: payment.id, amountMinor: 4_000, reason: "partial goodwill", actor: SYSTEM }),
    );
    // Paystack got the request, but our answer was lost (no providerRefundId recorded).
    await paystackCreateRefund({ transaction: paid.reference, amount: 4_000 });
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * 60_000), secretKey: key });
    const rows = (await listEmulatorWebhooks({ subject: paid.reference })).filter((r) => r.event.startsWith("refund."));
    const processed = rows.find((r) => r.event === "refund.processed")!;
    const earlier = rows.filter((r) => r.event !== "refund.processed");
    // processed first, then the stale pending/processing ones
    for (const r of [processed, ...earlier]) expect((await postWebhook(r.body, r.signature)).status).toBe(200);
    await processStoredEvents(paid.reference);
    const done = await prisma.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(done.status).toBe("PROCESSED");
    expect(done.providerRefundId).not.toBeNull();
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: "PARTIALLY_REFUNDED",
      amountRefundedMinor: 4_000,
    });
    // The retry job finds nothing left to send (no second refund at Paystack).
    expect((await submitRefund({ refundId: refund.id })).status).toBe("PROCESSED");
    expect(await prisma.ledgerJournal.count({ where: { refundId: refund.id } })).toBe(1);
  });
});

describe("1,000 deliveries", () => {
  it("shuffled with 30 % duplicates credit each payment exactly once", { timeout: 600_000 }, async () => {
    const rnd = seededRandom(20261122);
    const UNIQUE = 700;
    const DELIVERIES = 1000;
    // Setup is lean on purpose (this test is about webhooks, not checkout): orders straight
    // from the factory, a Payment row, a real Paystack (emulator) transaction paid by card.
    // Spread over 20 variants so confirmation does not queue on one hot row.
    const s = await shopFor(Array.from({ length: 20 }, (_, i) => ({ stockOnHand: 200, priceMinor: 1_000 + i })));
    const t0 = Date.now();
    const payments = await mapLimit(
      Array.from({ length: UNIQUE }, (_, i) => i),
      8,
      async (i) => {
        const { order } = await createTestOrder({
          customerId: s.shopper.id,
          lines: [{ variantId: s.variants[i % 20]!.id, quantity: 1 + (i % 3) }],
        });
        const reference = `${order.number}-P${i}`;
        await prisma.payment.create({
          data: { orderId: order.id, kind: "FULL", reference, amountMinor: order.totalMinor },
        });
        const init = await initializeTransaction({ email: order.contactEmail, amount: order.totalMinor, reference });
        await checkoutPayWithCard(init.access_code, CARD_OK);
        return { orderId: order.id, reference, amountMinor: order.totalMinor };
      },
    );
    const webhookRows = await mapLimit(payments, 8, async (p) =>
      (await listEmulatorWebhooks({ subject: p.reference })).find((r) => r.event === "charge.success")!,
    );
    const duplicates = Array.from({ length: DELIVERIES - UNIQUE }, () => rnd.pick(webhookRows));
    const deliveries = rnd.shuffle([...webhookRows, ...duplicates]);

    const t1 = Date.now();
    const answers = await mapLimit(deliveries, 50, async (r) => {
      const res = await postWebhook(r.body, r.signature);
      return { status: res.status, body: (await res.json()) as { duplicate?: boolean } };
    });
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.body.duplicate)).toHaveLength(DELIVERIES - UNIQUE);

    const stored = await prisma.webhookEvent.findMany({
      where: {
        eventType: "charge.success",
        payload: { path: ["data", "reference"], string_starts_with: "LI-" },
        status: "RECEIVED",
        attempts: 0,
      },
      select: { id: true, payload: true },
    });
    const ours = new Set(payments.map((p) => p.reference));
    const mine = stored.filter((e) => ours.has((e.payload as { data: { reference: string } }).data.reference));
    expect(mine).toHaveLength(UNIQUE);
    // The worker may run a job twice (a retry after a lost ack): process 100 events twice, concurrently.
    const work = rnd.shuffle([...mine.map((e) => e.id), ...mine.slice(0, 100).map((e) => e.id)]);
    const t2 = Date.now();
    await mapLimit(work, 8, (id) => processWebhookEvent({ webhookEventId: id }));
    console.log(`[1,000 deliveries] setup ${t1 - t0} ms, deliveries ${t2 - t1} ms, processing ${Date.now() - t2} ms`);

    const orderIds = payments.map((p) => p.orderId);
    const credited = await prisma.ledgerJournal.groupBy({
      by: ["paymentId"],
      where: { orderId: { in: orderIds }, kind: "PAYMENT" },
      _count: { _all: true },
    });
    expect(credited).toHaveLength(UNIQUE);
    expect(credited.every((c) => c._count._all === 1)).toBe(true);
    expect(await prisma.payment.count({ where: { reference: { in: [...ours] }, status: "SUCCEEDED" } })).toBe(UNIQUE);
    const orders = await prisma.order.findMany({
      where: { id: { in: orderIds } },
      select: { status: true, amountPaidMinor: true, totalMinor: true },
    });
    expect(orders.every((o) => o.status === "PAID" && o.amountPaidMinor === o.totalMinor)).toBe(true);
    const check = await checkLedger({ orderIds });
    expect(check.problems).toEqual([]);
    // Replaying everything once more changes nothing.
    const again = await mapLimit(webhookRows.slice(0, 50), 25, (r) => postWebhook(r.body, r.signature));
    expect(again.every((r) => r.status === 200)).toBe(true);
    expect(await prisma.ledgerJournal.count({ where: { orderId: { in: orderIds }, kind: "PAYMENT" } })).toBe(UNIQUE);
  });
});

describe("emulator delivery end to end", () => {
  it("deliverEmulatorWebhooks helper: charge.success through the route pays the order", async () => {
    const s = await shopFor([{ stockOnHand: 5 }]);
    const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    const paid = await payByCard(placed.order.number, s.shopper.id);
    expect(await deliverEmulatorWebhooks(paid.reference)).toEqual(["charge.success"]);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("PAID");
    expect((await eventsFor(paid.reference))[0]!.status).toBe("PROCESSED");
  });
});
