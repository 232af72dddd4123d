// A seeded random sequence of checkouts, payments (callback or webhook), declines,
// expiries, late payments, cancellations and refunds. Afterwards the ledger balances, every
// order's escrow equals what it holds, and the ledger check passes.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { advanceEmulatorClock, checkoutPayWithCard } from "@/lib/integrations/paystack/emulator";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { getAccountBalance } from "@/lib/ledger/get-account-balance";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { startCardPayment } from "@/lib/payments/start-payment";
import { createTestBatch } from "../factories/batches";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { CARD_DECLINED, CARD_OK, deliverEmulatorWebhooks, shopFor } from "../support/money-flows";
import { seededRandom } from "../support/seeded-random";

const key = setupOwnPaystackIntegration("money_random");

type TOrder = { id: string; number: string; references: string[] };

describe("a seeded random money sequence", () => {
  it("leaves a balanced ledger that passes the check", { timeout: 300_000 }, async () => {
    const rnd = seededRandom(7_2026);
    const s = await shopFor([
      { stockOnHand: 12, priceMinor: 4_990 },
      { stockOnHand: 6, priceMinor: 12_345 },
      { availability: "PRE_ORDER", batchCap: 15, priceMinor: 33_333 },
    ]);
    await createTestBatch({ originId: s.originId });
    const orders: TOrder[] = [];
    const log: string[] = [];

    const open = async () => {
      const rows = await prisma.order.findMany({
        where: { id: { in: orders.map((o) => o.id) } },
        select: { id: true, status: true },
      });
      return (status: string) => orders.filter((o) => rows.find((r) => r.id === o.id)?.status === status);
    };
    const pay = async (o: TOrder, card: typeof CARD_OK, via: "callback" | "webhook") => {
      const started = await startCardPayment({ orderNumber: o.number, customerId: s.shopper.id });
      o.references.push(started.reference);
      await checkoutPayWithCard(started.accessCode, card);
      if (via === "webhook" && card === CARD_OK) await deliverEmulatorWebhooks(started.reference);
      else await confirmPayment({ reference: started.reference, source: "callback" });
    };

    for (let step = 0; step < 45; step++) {
      const by = await open();
      const action = rnd.pick([
        "checkout",
        "checkout",
        "pay",
        "pay",
        "decline",
        "cancel",
        "expire",
        "late",
        "refunds",
        "replay",
      ] as const);
      try {
        if (action === "checkout") {
          const v = rnd.int(3);
          const plan = v === 2 && rnd.next() < 0.5 ? "DEPOSIT" : "FULL";
          const lines = [{ variantId: s.variants[v]!.id, quantity: 1 + rnd.int(2) }];
          if (rnd.next() < 0.3) lines.push({ variantId: s.variants[(v + 1) % 3]!.id, quantity: 1 });
          const placed = await s.place(lines, { paymentPlan: plan });
          orders.push({ id: placed.order.id, number: placed.order.number, references: [placed.payment!.reference] });
        } else if (action === "pay" || action === "decline") {
          const o = by("PENDING_PAYMENT")[0];
          if (o) await pay(o, action === "pay" ? CARD_OK : CARD_DECLINED, rnd.next() < 0.5 ? "webhook" : "callback");
        } else if (action === "cancel") {
          const o = rnd.shuffle(by("PAID"))[0];
          if (o) await cancelOrder({ orderNumber: o.number, customerId: s.shopper.id, reason: "random cancel" });
        } else if (action === "expire" || action === "late") {
          const o = by("PENDING_PAYMENT")[0];
          if (o) {
            const started =
              action === "late" ? await startCardPayment({ orderNumber: o.number, customerId: s.shopper.id }) : null;
            await prisma.order.update({ where: { id: o.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
            await expireUnpaidOrders();
            if (started) {
              o.references.push(started.reference);
              await checkoutPayWithCard(started.accessCode, CARD_OK);
              expect((await confirmPayment({ reference: started.reference, source: "poll" })).outcome).toBe("refunded");
            }
          }
        } else if (action === "refunds") {
          await advanceEmulatorClock({ now: new Date(Date.now() + 5 * 60_000), secretKey: key });
          for (const o of orders) for (const r of o.references) await deliverEmulatorWebhooks(r);
        } else {
          const o = rnd.pick(orders.length ? orders : [null]);
          if (o) for (const r of o.references) await deliverEmulatorWebhooks(r);
        }
        log.push(action);
      } catch (e) {
        // Sold out / not cancellable / nothing to pay are expected refusals; anything else fails.
        if (!(isAppError(e) && ["OUT_OF_STOCK", "INVALID_STATE"].includes(e.code))) throw e;
        log.push(`${action}:refused(${e.code})`);
      }
    }

    // Let Paystack finish every refund, and replay all webhooks once more.
    await advanceEmulatorClock({ now: new Date(Date.now() + 10 * 60_000), secretKey: key });
    for (const o of orders) for (const r of o.references) await deliverEmulatorWebhooks(r);

    const orderIds = orders.map((o) => o.id);
    const check = await checkLedger({ orderIds });
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    const rows = await prisma.order.findMany({ where: { id: { in: orderIds } } });
    for (const o of rows) {
      const escrow = await getAccountBalance({ account: "escrow", orderId: o.id });
      expect(escrow.balanceMinor).toBe(o.amountPaidMinor - o.amountRefundedMinor);
      if (o.status === "CANCELLED" || o.status === "EXPIRED") expect(o.amountRefundedMinor).toBe(o.amountPaidMinor);
    }
    const statuses = rows.map((o) => o.status);
    // The sequence exercised the interesting paths.
    expect(statuses).toEqual(expect.arrayContaining(["PAID", "CANCELLED", "EXPIRED"]));
    expect(await prisma.refund.count({ where: { orderId: { in: orderIds }, status: "PROCESSED" } })).toBeGreaterThan(0);
    expect(log.length).toBe(45);
  });
});
